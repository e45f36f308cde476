#!/usr/bin/env bash
# Finishes a Trunk release build for hosting: adds the Content-Security-Policy with the hash of Trunk's inline loader.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/csp.mjs "${1:?usage: post-build.sh DIST_DIR}"
