# The two commands a fresh machine needs: `make serve` and `make test`.
# Both run scripts/setup.sh first, which installs whatever is missing (registries only).

export PATH := /usr/local/bin:$(HOME)/.cargo/bin:$(PATH)
# offline = true in Trunk.toml does not stop trunk asking crates.io for its own updates.
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: setup serve build test lint native-test wasm-test e2e screenshots bench bench-page bench-corpus fuzz

setup:
	scripts/setup.sh

## Serve the page on http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	trunk serve --offline

## Build the static site into dist/ (any static host serves it).
build: setup
	trunk build --release --offline

## Every test: formatting, clippy (native and wasm), native tests, browser tests, end to end.
test: setup lint native-test wasm-test build e2e

lint:
	cargo fmt --all --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features ui --lib --bins --locked -- -D warnings

native-test:
	cargo test --locked --features schema

wasm-test:
	cargo test --locked --target wasm32-unknown-unknown --features ui --test web

e2e:
	cd tests/e2e && node --test --test-concurrency=1

## Desktop, phone, dark and print-preview screenshots of a coded readout, for review
## (target/screenshots/; needs a build).
screenshots:
	cd tests/e2e && node screenshots.mjs

## Benchmarks (not part of `make test`): parser throughput, the CLI on a generated corpus,
## then the page in Chromium.
bench: bench-page bench-corpus
	cargo bench --bench parse

## `readout parse --jsonl` and `convert --to parquet` on 1,000 and 10,000 generated readouts:
## files/s and MB/s on one core and on all, peak memory, growth (BENCH_SIZES to change).
BENCH_SIZES ?= 1000 10000
bench-corpus:
	cargo build --release --locked --bin readout
	scripts/bench-corpus.py $${CARGO_TARGET_DIR:-target}/release/readout $(BENCH_SIZES)

bench-page: build
	cd tests/e2e && node bench.mjs

## Exploration, not part of `make test`: every property test and fuzz target draws FUZZ_CASES
## inputs from a fresh random seed (`make test` replays a fixed seed). `make fuzz FUZZ_CASES=N`.
FUZZ_CASES ?= 100000
PROPERTY_TESTS := fuzz readout_props export_parsed export_roundtrip export_writers \
	annotation_proptest schema
fuzz:
	FUZZ_CASES=$(FUZZ_CASES) cargo test --release --locked --features schema --no-fail-fast \
		$(addprefix --test ,$(PROPERTY_TESTS)) -- --nocapture
