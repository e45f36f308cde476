#!/usr/bin/env bash
# Installs whatever is missing for `make test` on top of the build's set-up: Chromium and
# ChromeDriver, nginx (the hosting check) and the Node test packages. Fast when all is there.
# apt runs only when a package is missing, through sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*"; }

# The Node packages for tests (Playwright, axe, the workflow linter) come with the build's.
NPM_SET=all bash scripts/setup-build.sh

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "[setup] root is needed to run: $* (install the packages first, or run as root)" >&2
    exit 1
  fi
}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# nginx sits in /usr/sbin, which a normal user's PATH may lack.
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  # Installing nginx must not start the system's nginx on port 80: policy-rc.d answering 101
  # ("not allowed") stops the package's service start; RUNLEVEL=1 does the same for older scripts.
  # A policy-rc.d that was already there (containers have one) is left alone.
  own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    as_root sh -c 'printf "#!/bin/sh\nexit 101\n" >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
    own_policy=1
  fi
  status=0
  as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || status=$?
  [ -z "$own_policy" ] || as_root rm -f /usr/sbin/policy-rc.d
  [ "$status" = 0 ] || exit "$status"
fi

log "ready to test"
