# Thin wrapper over CMake for people who don't use it. Every target sets up what it needs first.
#   make run    set up, build the site, serve it at http://127.0.0.1:$(PORT)/
#   make test   set up, build, run every test (unit tests via ctest, then browser tests)
#   make tools  native CLI at build/native/kpi-tool
#   make site   deployable static site in build/site/
#   make bench  size / speed / idle-frame figures of the site, on Sapporo and at national scale
#   make fuzz   each libFuzzer target for $(FUZZ_SECONDS) s (clang-14 comes with emscripten)
PORT ?= 8000
# The dataset the site opens with (data/$(DATASET).json); others open with ?data=NAME.
DATASET ?= sapporo
JOBS ?= $(shell nproc)
# emscripten's JS optimiser finds acorn only here (the machine's node is not Debian's).
export NODE_PATH := /usr/share/nodejs

.PHONY: all setup setup-native tools native-test site web-test test run bench fuzz fuzz-build clean
FUZZ_SECONDS ?= 60

all: site tools

setup:
	@bash scripts/setup.sh all

setup-native:
	@bash scripts/setup.sh native

build/native/CMakeCache.txt: | setup-native
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release

tools: setup-native build/native/CMakeCache.txt
	cmake --build build/native -j $(JOBS)

# Re-configure first: the views' native tests join once setup has fetched Dear ImGui.
native-test: setup
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release
	cmake --build build/native -j $(JOBS)
	ctest --test-dir build/native --output-on-failure

build/web/CMakeCache.txt: | setup
	emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release

# kpi-tool (native) validates every dataset and writes the site's catalog (data/index.json).
site: setup tools build/web/CMakeCache.txt
	cmake --build build/web -j $(JOBS)
	bash scripts/make-site.sh build/web build/site $(DATASET)

web-test: site
	node --test --test-concurrency=1 tests/e2e/

test: setup native-test web-test

run: site
	node scripts/serve.mjs build/site $(PORT)

# First pixels on Sapporo's data, then scale on a generated nationwide-size dataset (never committed).
bench: site
	node scripts/bench.mjs build/site
	node scripts/bench-scale.mjs build/site

# libFuzzer + ASan/UBSan, built by CMake in build/fuzz (-DKPI_FUZZ=ON). Each target runs for
# FUZZ_SECONDS; its corpus grows in build/fuzz/corpus/NAME, seeded from real inputs (read only).
# The targets, their -max_len and seed folders: tests/fuzz/targets.txt (the one list; cmake reads
# it too, and `make test` replays every seed corpus through ctest). One target at a time: they
# share the machine's cores.
FUZZ_TARGETS := $(shell awk '/^[a-z]/ {print $$1}' tests/fuzz/targets.txt)

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz-run-$$t || exit 1; done

fuzz-build: setup
	CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -DKPI_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build/fuzz -j $(JOBS)

fuzz-run-%:
	@mkdir -p build/fuzz/corpus/$* build/fuzz/artifacts/$*
	@echo "== fuzz_$* for $(FUZZ_SECONDS) s"
	build/fuzz/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -max_len=$$(awk '$$1 == "$*" {print $$2}' tests/fuzz/targets.txt) \
	  -artifact_prefix=build/fuzz/artifacts/$*/ build/fuzz/corpus/$* \
	  $$(awk '$$1 == "$*" {for (i = 3; i <= NF; i++) printf "%s ", $$i}' tests/fuzz/targets.txt)

clean:
	rm -rf build
