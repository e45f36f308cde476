# The three commands the README gives: serve, test, dist. Each installs what is missing first:
# serve and dist only what building needs, test everything (Chromium, nginx, the test packages).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup setup-build serve test dist bench clean

setup:
	@bash scripts/setup.sh

setup-build:
	@bash scripts/setup-build.sh

serve: setup-build
	trunk serve

test: setup
	@bash scripts/test.sh

dist: setup-build
	@bash scripts/build.sh dist

# Numbers, not tests: cold loads, typing latency and a Lighthouse mobile run, on the release build.
bench: setup dist
	@if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then \
		cd bench && npm ci --no-audit --no-fund --loglevel=error; fi
	node bench/run.mjs dist 20

clean:
	rm -rf dist target/e2e-site target/nginx
