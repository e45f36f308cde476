#!/usr/bin/env bash
# Finishes a Trunk release build for hosting: the Content-Security-Policy (with the hash of Trunk's
# inline loader), then the service worker, whose version covers the final files.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:?usage: post-build.sh DIST_DIR}"
node scripts/csp.mjs "$dist"
node scripts/sw.mjs "$dist"
