#!/usr/bin/env bash
# Release build into DIST: Trunk builds the page, styles and files; the static first screen is
# rendered natively from the app's components (render-welcome, `ssr` feature); then the wasm is
# rebuilt with the `split` feature and cut by wasm-split-cli into the first-load module plus screens
# fetched on demand; finally scripts/finish.mjs puts the first screen in, then the split build, then
# adds the Content-Security-Policy and the service worker, in that order. Any rewrite that does not
# find what it expects stops the build.
# The wasm is compiled twice (Trunk's build is thrown away): Trunk's wasm step comes from the
# <link data-trunk rel="rust"> in index.html, which also serves `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist="${1:?usage: build.sh DIST_DIR}"
name=mentoring-or-coaching

trunk build --release --dist "$dist"

work=target/split/out
rm -rf "$work" && mkdir -p "$work/split" "$work/final"

# The static first screen. A native debug build in its own target dir: Leptos with `ssr` shares
# nothing with the wasm builds, and the plain `cargo test` never compiles it.
started=$SECONDS
CARGO_TARGET_DIR=target/ssr cargo run --locked --offline --quiet --features ssr --bin render-welcome \
  >"$work/first-screen.html"
echo "first screen: rendered in $((SECONDS - started)) s"

# Its own target dir: the relocations flag would otherwise invalidate every other build's cache.
# wasm-split-cli needs the relocations to see which code each split point reaches.
# Panic messages carry source paths; shortening the machine's own prefixes keeps them out of the download.
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src/"
CARGO_TARGET_DIR=target/split \
  RUSTFLAGS="-C link-arg=--emit-relocs --remap-path-prefix=$registry= --remap-path-prefix=$PWD/=" \
  cargo build --locked --offline --release --target wasm32-unknown-unknown --bin "$name" --features split

wasm-split-cli "target/split/wasm32-unknown-unknown/release/$name.wasm" "$work/split" --out-name "$name"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/final" --out-name "$name" "$work/split/$name.wasm"
cp "$work/split/__wasm_split.js" "$work/final/"
# Leptos's server-function client exports stream classes this app never makes; without the exports
# wasm-opt drops their code from the first download.
node scripts/unused-exports.mjs "$work/final/${name}_bg.wasm" "$work/final/$name.js"
# The table and memory stay exported (--keep-lld-exports above): the screens link against them.
# One owner for the optimisation level: data-wasm-opt in index.html, which Trunk reads too.
# The features are the ones Trunk 0.21 enables; the modules would not validate without them.
level=$(grep -o 'data-wasm-opt="[0-9sz]*"' index.html | sed 's/.*="\(.*\)"/\1/' || true)
if [ "$(printf '%s\n' "$level" | grep -c .)" != 1 ]; then
  echo "build stopped: index.html: expected exactly 1 data-wasm-opt=\"LEVEL\" on the rust link, found: ${level:-none}" >&2
  exit 1
fi
opt=(wasm-opt "-O$level" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types
  --enable-multivalue --strip-debug --strip-producers)
# wasm-opt warns about a names subsection it does not know; the names are stripped anyway.
optimise() { { "${opt[@]}" "$1" -o "$2" 2>&1 1>&3 | { grep -v 'unknown name subsection' >&2 || true; }; } 3>&1; }
optimise "$work/final/${name}_bg.wasm" "$work/final/${name}_bg.wasm"
for f in "$work/split"/*.wasm; do
  [ "$(basename "$f")" = "$name.wasm" ] && continue
  optimise "$f" "$work/final/$(basename "$f")"
done

node scripts/finish.mjs "$dist" "$work/final" "$name" "$work/first-screen.html"
