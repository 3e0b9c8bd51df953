// Importing a municipality's published KPI report into a Dataset: the report's text layout
// (tab-separated, as copied out of the PDF/Word report) or the CSV that `kpi-tool csv` writes
// (after editing it in Excel). Pure core code, shared by `kpi-tool import` and the wasm viewer.
//
// The importer takes UTF-8 text. Callers that read bytes first call detect_text_encoding():
// natively the CLI converts CP932 with iconv, in the browser TextDecoder(encoding_label(…)) does.
// Accepted layouts, CSV columns and the id rule: data/FORMAT.md, section "Importing a report".
//
// [SECTION] Encoding     detect_text_encoding, encoding_label
// [SECTION] Options      ImportOptions, parse_import_map (the --ids MAP.json file)
// [SECTION] Import       import_report, detect_import_format
// (The result is written as JSON by dataset_to_json, core/load.h.)
#pragma once

#include "load.h"   // dataset_to_json, for the result
#include "model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

//-----------------------------------------------------------------------------
// [SECTION] Encoding
//-----------------------------------------------------------------------------
enum class TextEncoding { Utf8, Utf8Bom, Cp932 };

// Valid UTF-8 (with or without a BOM) is UTF-8; anything else is taken as CP932 (Shift_JIS as
// Japanese Excel writes it).
TextEncoding detect_text_encoding(std::string_view bytes);
// The WHATWG label for TextDecoder: "utf-8" or "shift_jis".
const char* encoding_label(TextEncoding e);

//-----------------------------------------------------------------------------
// [SECTION] Options
//-----------------------------------------------------------------------------
struct ImportOptions {
    // Report-level fields that the report's body does not carry.
    Text title;                    // empty: "<publisher> 地方創生関連交付金事業のKPI"
    Text publisher;                // required (the import fails without it)
    std::string as_of;             // YYYY-MM-DD, required
    std::vector<Text> notes;       // added before the notes found at the top of the report
    std::string source_url;        // "" when unknown
    // Id overrides so links stay stable year to year: generated id (or, for projects, the
    // Japanese project name) -> id to use.
    std::map<std::string, std::string> program_ids;
    std::map<std::string, std::string> project_ids;
};

// Reads a MAP.json file into `opt` (fields present in the file replace those in `opt`):
//   {"programs": {"fy2022-suishin": "fy2022-suishin"},
//    "projects": {"地域のデジタル改革によるスマートシティ推進事業": "smart-city", "p-1a2b3c": "x"},
//    "report": {"title": "…", "publisher": "札幌市", "as_of": "2026-11-29", "notes": ["…"],
//               "source_url": "https://…"}}
// Returns "" on success, else a message naming the problem.
std::string parse_import_map(std::string_view json_text, ImportOptions& opt);

//-----------------------------------------------------------------------------
// [SECTION] Import
//-----------------------------------------------------------------------------
enum class ImportFormat { Auto, ReportText, Csv };

struct ImportIssue {
    long line = 0;          // 1-based line of the input (0: not tied to a line)
    std::string message;    // "expected …, found …"
    // "FILE:LINE: message" ("FILE: message" when line is 0).
    std::string describe(std::string_view file) const;
};

struct ImportResult {
    std::optional<Dataset> dataset;        // set only when there are no errors
    std::vector<ImportIssue> errors;       // every problem found, in input order
    std::vector<ImportIssue> warnings;     // the dataset is usable, but read these
    bool ok() const { return dataset.has_value(); }
};

// The input's layout: the CSV of `kpi-tool csv` when its first line is that CSV's header.
ImportFormat detect_import_format(std::string_view utf8);

// `utf8`: the whole input (a leading BOM is skipped; CRLF or LF). The result has passed the
// dataset loader (load_dataset) — the import fails rather than return an invalid dataset.
ImportResult import_report(std::string_view utf8, const ImportOptions& opt,
                           ImportFormat format = ImportFormat::Auto);

} // namespace kpi
