#!/usr/bin/env bash
# Installs whatever is missing for a release build (`make dist`, `make serve`), nothing for tests;
# fast when everything is already there. Needs no root.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than these machines have; 0.21.14 is the pinned version.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk 0.21.14" ]; then
  log "installing Trunk 0.21.14 (about 17 minutes on 2 cores)"
  cargo install --locked trunk --version 0.21.14
fi

# The CLI must match the wasm-bindgen version that Cargo.lock resolved. The same crate brings the
# test runner, so the build installs it too.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wbg_version" ]; then
  echo "[setup] could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  log "installing wasm-bindgen-cli $wbg_version (about 5 minutes)"
  # No --locked: its lockfile pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi

# Splits the release wasm so the first visit downloads only the welcome screen (scripts/build.sh).
if ! cargo install --list | grep -qx 'wasm_split_cli_support v0.2.4:'; then
  log "installing wasm-split-cli 0.2.4 (about 1 minute)"
  cargo install --locked wasm_split_cli_support --version 0.2.4 --features build-binary
fi

# The build needs only package.json's "dependencies" (wasm-opt from binaryen, esbuild); the test
# set-up asks for the devDependencies too (NPM_SET=all). A stamp says which set is in node_modules,
# so npm ci runs only when the lockfile changed or the set there is not enough.
want=${NPM_SET:-build}
stamp=node_modules/.installed-set
have=$(cat "$stamp" 2>/dev/null || true)
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ -z "$have" ] || { [ "$want" = all ] && [ "$have" != all ]; }; then
  if [ "$want" = all ]; then
    log "installing Node packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  else
    log "installing the Node packages the build needs (npm ci --omit=dev)"
    npm ci --omit=dev --no-audit --no-fund --loglevel=error
  fi
  echo "$want" >"$stamp"
fi

# Trunk builds offline, so every crate must be in the local cache first.
cargo fetch --quiet
cargo fetch --quiet --target wasm32-unknown-unknown

log "ready to build"
