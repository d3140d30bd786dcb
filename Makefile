# Thin wrapper around CMake.
#   make        install what building and running need when it is missing
#               (.ci/deps.sh), build, and run the main job on the bundled
#               sample letters (writes graphs/seeds.graphml, prints the ten
#               most-cited instruments; graphs/corpus.graphml holds the
#               samples and the English test letters together)
#   make install  the program, its man page, completions for bash, zsh and
#               fish, the library with citegraph.h, citegraph.pc and a CMake
#               package, under PREFIX (/usr/local) inside DESTDIR;
#               make uninstall removes what it installed
#   make test   install what the tests need too, build, run every test (also
#               under AddressSanitizer + UndefinedBehaviorSanitizer), then fuzz
#   make report-bundle  src/report/bundle.js again from the lock file
#               (npm; docs/report.md)
#   make bench  the benchmark of docs/performance.md (tests/bench/run.sh,
#               BENCH_ARGS to pass it options, e.g. BENCH_ARGS="--patho";
#               corpora and outputs go to BENCH_DIR, /var/tmp/citegraph-bench)
#   make fuzz   build the libFuzzer targets with clang (build-fuzz) and run
#               each for FUZZ_SECONDS (60) from its seed corpus
#               (docs/fuzzing.md)
BUILD ?= build
PREFIX ?= /usr/local
DESTDIR ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60
# a fixed seed: CI explores the same inputs first on every run (FUZZ_ARGS=
# for a random one, as when hunting for new bugs)
FUZZ_ARGS ?= -seed=20261123
export FUZZ_ARGS

.PHONY: all deps test-deps bench-deps build graphs install uninstall test test-release test-asan js-deps report-bundle fuzz bench clean

all: graphs

deps:
	@sh .ci/deps.sh build

test-deps:
	@sh .ci/deps.sh test

bench-deps:
	@sh .ci/deps.sh bench

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD)

uninstall:
	@if [ -f $(BUILD)/install_manifest.txt ]; then xargs -d '\n' rm -fv < $(BUILD)/install_manifest.txt; \
	else echo "citegraph: nothing to uninstall ($(BUILD)/install_manifest.txt not found)" >&2; fi

graphs: build
	@mkdir -p graphs
	./$(BUILD)/citegraph build tests/corpus/seeds -o graphs/seeds.graphml
	./$(BUILD)/citegraph build -q tests/corpus -o graphs/corpus.graphml
	./$(BUILD)/citegraph top -g graphs/seeds.graphml -n 10

test: test-release test-asan fuzz

test-release: test-deps js-deps
	cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCITEGRAPH_WERROR=ON >/dev/null
	cmake --build build-test -j $(JOBS)
	ctest --test-dir build-test --output-on-failure

test-asan: test-deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCITEGRAPH_WERROR=ON -DCITEGRAPH_SANITIZE=ON >/dev/null
	cmake --build build-asan -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure

# the readers behind Gephi Lite (graphology), for the export tests, and
# puppeteer-core, which drives chromium for the report's browser test
# (tests/js); the report's own packages (src/report), pinned by its lock
# file, for the test that makes src/report/bundle.js again
js-deps:
	@if command -v npm >/dev/null 2>&1; then cd tests/js && npm ci --no-audit --no-fund --silent && \
	cd ../../src/report && npm ci --no-audit --no-fund --silent; \
	else echo "citegraph: npm not found: the graphology, browser and bundle tests will be skipped" >&2; fi

# src/report/bundle.js from app.js and the packages src/report/package-lock.json
# pins (docs/report.md); commit it: building citegraph needs no node
report-bundle:
	cd src/report && npm ci --no-audit --no-fund --silent && node build.mjs

# The fuzz option brings its own sanitizer flags (tests/fuzz/CMakeLists.txt).
fuzz: test-deps
	CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCITEGRAPH_FUZZ=ON -DCITEGRAPH_SANITIZE=OFF >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target fuzzers
	bash tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

# not a test: minutes of measurement on a quiet machine
BENCH_ARGS ?=
bench: bench-deps build
	bash tests/bench/run.sh --build $(BUILD) $(BENCH_ARGS)

clean:
	rm -rf $(BUILD) build-test build-asan build-fuzz
