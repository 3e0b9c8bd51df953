# Thin wrapper over CMake for people who don't use it. Every target sets up what it needs first.
#   make run    set up, build the site, serve it at http://127.0.0.1:$(PORT)/
#   make test   set up, build, run every test (unit tests via ctest, then browser tests)
#   make tools  native CLI at build/native/kpi-tool
#   make site   deployable static site in build/site/
#   make bench  size / speed / idle-frame figures of the site
#   make fuzz   libFuzzer on the dataset loader for $(FUZZ_SECONDS) s (clang-14 comes with emscripten)
PORT ?= 8000
# The dataset the site opens with (data/$(DATASET).json); others open with ?data=NAME.
DATASET ?= sapporo
JOBS ?= $(shell nproc)
# emscripten's JS optimiser finds acorn only here (the machine's node is not Debian's).
export NODE_PATH := /usr/share/nodejs

.PHONY: all setup setup-native tools native-test site web-test test run bench fuzz clean
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

site: setup build/web/CMakeCache.txt
	cmake --build build/web -j $(JOBS)
	bash scripts/make-site.sh build/web build/site $(DATASET)

web-test: site
	node --test --test-concurrency=1 tests/e2e/

test: setup native-test web-test

run: site
	node scripts/serve.mjs build/site $(PORT)

bench: site
	node scripts/bench.mjs build/site

fuzz: setup
	mkdir -p build/fuzz/corpus
	clang++-14 -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
	  tests/fuzz/fuzz_load.cpp src/core/load.cpp src/core/model.cpp -o build/fuzz/fuzz_load
	build/fuzz/fuzz_load -max_total_time=$(FUZZ_SECONDS) -max_len=8192 build/fuzz/corpus data tests/e2e/fixtures

clean:
	rm -rf build
