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
	trunk build --release
	@bash scripts/post-build.sh dist

bench: dist
	node bench/load.mjs

clean:
	rm -rf dist target/e2e-site
