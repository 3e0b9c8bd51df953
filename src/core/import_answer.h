// The importer's answer as one JSON text: how the importer module (src/tools/import_module.cpp,
// its own wasm, fetched only by publish mode) hands an ImportResult to the viewer, which does not
// carry the importer's code. The dataset travels as the kpi-report/1 JSON that is saved.
//   {"dataset": "<kpi-report/1 JSON>" | null,
//    "errors":   [{"line": 12, "message": "…"}, …],
//    "warnings": [{"line": 0,  "message": "…"}, …]}
#pragma once

#include "import_report.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

// The answer for `r` (its dataset written by dataset_to_json).
std::string import_answer_json(const ImportResult& r);

struct ImportAnswer {
    std::optional<std::string> dataset_json;   // set only when the import succeeded
    std::vector<ImportIssue> errors;
    std::vector<ImportIssue> warnings;
    std::string malformed;                     // "" or what is wrong with the answer itself
};

// Reads an answer. One that is not the shape above is `malformed` (with its JSON path), never
// half-read: a malformed answer has no dataset, errors or warnings.
ImportAnswer parse_import_answer(std::string_view json);

} // namespace kpi
