# The two commands of the README: `make run` and `make test`.
SWIFT ?= swift
PORT ?= 8080

.PHONY: run build test release format lint check-api browser-test fuzz bench clean check-deploy manifests verify-image

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
	$(SWIFT) build --build-tests  # the tests start the accord binary too (crash and replica tests)
	$(SWIFT) test --skip ReplicaTests
	$(SWIFT) test --filter ReplicaTests  # times the replicas' convergence, so it runs with nothing else beside it

## The live API against its OpenAPI document (schemathesis) and HTTP caching rules (redbot)
check-api: build
	scripts/check-api

## The dashboard in headless Chromium against a live server (installs Chromium and Playwright when missing)
browser-test: build
	scripts/browser-test

## hadolint on the Dockerfile; the Kubernetes manifests built with kustomize, validated against Kubernetes 1.30 and checked by checkov
check-deploy:
	scripts/check-manifests

## Copy Config/ into deploy/kubernetes/base/config (after changing Config/)
manifests:
	scripts/check-manifests --sync

## Build the image's runtime stage with podman on a debootstrap root and check it running (as root)
verify-image:
	scripts/verify-image

## libFuzzer on the request parser and the document reader (SECONDS each, default 60)
fuzz:
	scripts/fuzz $(SECONDS)

## Extraction throughput, query latency, growth with the store, and HTTP against its peers (release builds)
bench:
	scripts/bench extract
	scripts/bench query
	scripts/bench scale
	scripts/bench http

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks/ExtractionBenchmark Benchmarks/QueryBenchmark Benchmarks/Peers/Package.swift Benchmarks/Peers/Sources Fuzz/Package.swift Fuzz/Sources

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Benchmarks/ExtractionBenchmark Benchmarks/QueryBenchmark Benchmarks/Peers/Package.swift Benchmarks/Peers/Sources Fuzz/Package.swift Fuzz/Sources

clean:
	rm -rf .build
