# The three commands the README gives: serve, test, dist. Each installs what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve test dist bench clean

setup:
	@bash scripts/setup.sh

serve: setup
	trunk serve

test: setup
	@bash scripts/test.sh

dist: setup
	@bash scripts/build.sh dist

# Numbers, not tests: cold loads, typing latency and a Lighthouse mobile run, on the release build.
bench: dist
	@if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then \
		cd bench && npm ci --no-audit --no-fund --loglevel=error; fi
	node bench/run.mjs dist 20

clean:
	rm -rf dist target/e2e-site
