# The two commands of the README: `make run` and `make test`.
SWIFT ?= swift
PORT ?= 8080

.PHONY: run build test release format lint clean

## Build in release mode and serve the seeds on http://127.0.0.1:$(PORT)
run: release
	.build/release/accord serve --port $(PORT)

release:
	@scripts/require-system-packages
	$(SWIFT) build -c release --product accord

build:
	@scripts/require-system-packages
	$(SWIFT) build

## The whole test suite (what CI runs)
test:
	@scripts/require-system-packages
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build
