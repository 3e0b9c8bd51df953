// The one parse boundary: bytes in, either a validated Dataset or an error that says where
// (a JSON pointer such as /programs/0/projects/2/kpis/1/years/3/plan) and what was expected.
// Nothing throws out of here and nothing aborts, whatever the input.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

struct LoadError {
    std::string pointer;   // JSON pointer of the offending value ("" = the whole document)
    std::string message;   // what was wrong / expected, in English
    long line = 0;         // 1-based line for syntax errors (0 when not a syntax error)
    long column = 0;

    std::string describe() const;  // "at /programs/0/id: expected a slug …" (one line)
};

// A field the format does not define. The loader ignores it (a newer file still opens in an older
// viewer), but says so: kpi-tool validate rejects the file, the viewer can mention it once.
struct LoadWarning {
    std::string pointer;      // JSON pointer of the field, e.g. /programs/0/projects/1/partner
    std::string field;        // its name, e.g. "partner"
    std::string suggestion;   // the known field it is probably a typo of ("partners"), or ""

    std::string describe() const;  // "at /programs/0/projects/1/partner: unknown field \"partner\" (did you mean \"partners\"?)"
};

struct LoadResult {
    std::optional<Dataset> dataset;
    std::optional<LoadError> error;
    std::vector<LoadWarning> warnings;   // unknown fields (objects in document order, keys sorted); only with a dataset
    bool ok() const { return dataset.has_value(); }
};

// Limits that keep hostile input cheap. Documented in data/FORMAT.md.
constexpr size_t kMaxDatasetBytes = 16 * 1024 * 1024;
constexpr int kMaxNestingDepth = 64;
// Any string in the file (a text in any language, a URL) is at most this many characters
// (Unicode code points). Rationale in data/FORMAT.md.
constexpr size_t kMaxTextChars = 10000;

// Reads the bytes as a stream straight into the model: no document tree of the whole file, so a
// large file needs little more memory than its bytes and its model. A well-formed file is read by
// the fast path (core/load_fast.cpp); any other, and one the fast path is not sure of, by the
// streaming loader (core/load_stream.cpp), which gives every error and warning.
LoadResult load_dataset(std::string_view bytes);
// The streaming loader alone, without the fast path (the tests check both against the oracle).
LoadResult load_dataset_stream(std::string_view bytes);
LoadResult load_dataset_file(const std::string& path);
// The same answers from a whole-document tree (nlohmann's DOM; core/load.cpp): the oracle the
// streaming loader is tested against (tests/unit/test_load_stream.cpp, the load fuzz target).
// Nothing ships it: it takes several times the file's size in memory.
LoadResult load_dataset_dom(std::string_view bytes);

bool is_slug(std::string_view s);  // ^[a-z0-9]+(-[a-z0-9]+)*$, 1..64 chars

// The writer, load_dataset's inverse (core/dataset_writer.cpp): the dataset as kpi-report/1 JSON
// (2-space indent, fields in the order of data/FORMAT.md, integral numbers without ".0"), ending
// with a newline.
std::string dataset_to_json(const Dataset& d);

} // namespace kpi
