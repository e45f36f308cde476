#!/usr/bin/env bash
# Installs whatever is missing for building and testing (`make setup`); fast when all is there.
# `make dist` runs only scripts/setup-build.sh.
set -euo pipefail
exec bash "$(dirname "$0")/setup-test.sh"
