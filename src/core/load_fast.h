// The loader's fast path (load_fast.cpp): reads a well-formed dataset straight from its bytes into
// the model, projects without any JSON tree, or gives the whole file back to the streaming loader
// (load_stream.cpp) the moment it meets anything it is not certain about. When it answers, the
// answer is the one the streaming and whole-document loaders give (model and warnings); it never
// answers with an error: every error comes from those loaders. Internal to src/core and the tests.
#pragma once

#include "load.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace kpi {
namespace load_fast {

// What the fast path did with one input (tests check that it really ran).
struct Stats {
    size_t projects_fast = 0;       // projects read straight into the model
    size_t projects_tree = 0;       // projects it was not sure of, read by the schema readers as a tree
    const char* gave_up = nullptr;  // why it gave the whole file back, or nullptr when it answered
    size_t gave_up_at = 0;          // byte offset (of the body) where it did
};

// `body`: the input without its byte order mark, at most kMaxDatasetBytes. The model and warnings,
// or nothing (then the pre-checks and the streaming loader must run). It answers only for bytes
// that pass load_schema::precheck (valid UTF-8, no NUL, nesting bounded), which it checks itself
// on the way (strings as it reads them, and every byte range it gives to nlohmann is parsed by it
// and has its depth counted), so the pre-checks need not run first.
std::optional<LoadResult> read(std::string_view body, Stats* stats = nullptr);

// The same from the file's bytes (BOM and size as load_dataset handles them). For tests.
std::optional<LoadResult> try_load(std::string_view bytes, Stats* stats = nullptr);

} // namespace load_fast
} // namespace kpi
