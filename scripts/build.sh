#!/usr/bin/env bash
# Release build into DIST: Trunk builds the page, styles and files; then the wasm is rebuilt with the
# `split` feature and cut by wasm-split-cli into the first-load module plus screens fetched on demand;
# finally the Content-Security-Policy and the service worker are added.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist="${1:?usage: build.sh DIST_DIR}"
name=mentoring-or-coaching

trunk build --release --dist "$dist"

# Its own target dir: the relocations flag would otherwise invalidate every other build's cache.
# wasm-split-cli needs the relocations to see which code each split point reaches.
CARGO_TARGET_DIR=target/split RUSTFLAGS="-C link-arg=--emit-relocs" \
  cargo build --locked --offline --release --target wasm32-unknown-unknown --bin "$name" --features split

work=target/split/out
rm -rf "$work" && mkdir -p "$work/split" "$work/final"
wasm-split-cli "target/split/wasm32-unknown-unknown/release/$name.wasm" "$work/split" --out-name "$name"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/final" --out-name "$name" "$work/split/$name.wasm"
cp "$work/split/__wasm_split.js" "$work/final/"
# The table and memory stay exported (--keep-lld-exports above): the screens link against them.
# The same wasm-opt settings Trunk uses for data-wasm-opt="z", for every module.
opt=(wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types
  --enable-multivalue --strip-debug --strip-producers)
# wasm-opt warns about a names subsection it does not know; the names are stripped anyway.
optimise() { { "${opt[@]}" "$1" -o "$2" 2>&1 1>&3 | { grep -v 'unknown name subsection' >&2 || true; }; } 3>&1; }
optimise "$work/final/${name}_bg.wasm" "$work/final/${name}_bg.wasm"
for f in "$work/split"/*.wasm; do
  [ "$(basename "$f")" = "$name.wasm" ] && continue
  optimise "$f" "$work/final/$(basename "$f")"
done

node scripts/split.mjs "$dist" "$work/final" "$name"
node scripts/csp.mjs "$dist"
node scripts/sw.mjs "$dist"
