// Helpers shared by the two import readers (import_text.cpp, import_csv.cpp); not a public API.
#pragma once

#include "import_report.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::import_detail {

// Full-width ASCII letters and digits -> ASCII; a space between an era letter and a digit
// ("R 5") removed; leading/trailing spaces (ASCII, U+3000) and tabs trimmed. Nothing else changes.
std::string fold_text(std::string_view s);
std::string trim(std::string_view s);
// Splits on '\t' (cells folded with fold_text), trailing empty cells removed.
std::vector<std::string> split_cells(std::string_view line);
// Splits on '\t' (cells folded with fold_text), keeping every cell (an empty one at the end too).
std::vector<std::string> split_all_cells(std::string_view line);
// Text shown in a message: quoted, cut to about 40 characters.
std::string shown(std::string_view s);

// A number cell: "1,200", "31.20", "△5", "▲0.5", "-3"; missing: "", "—", "－", "―", "-", "‐".
// A value is only ever read from its own cell: a space inside it ("2 11", "1,2 00") is never
// deleted (two cells pasted with a space instead of a TAB would merge and shift every later year).
struct Number {
    std::optional<double> value;
    int decimals = 0;     // digits printed after the decimal point
    std::string suffix;   // text written after the number ("120人", "80.0%"): accepted only when it
                          // is the KPI's unit (the caller checks, and says so in a warning)
    bool ambiguous_point = false;   // "1.200": one thousand two hundred, or 1.2 with 3 decimals?
};
// Returns nullopt when the cell is not a number or a missing-value mark; `why` (when given) then
// says what is wrong and what to write instead.
std::optional<Number> parse_number(std::string_view cell, std::string* why = nullptr);
// Checks a parsed cell's suffix against its KPI's unit: "" when it is fine (no suffix, or the
// unit itself, or "%" on a % KPI), else the error; `notice` gets the warning for an accepted suffix.
// The error for an ambiguous "1.200" (see Number::ambiguous_point).
std::string ambiguous_point_message(std::string_view cell);
std::string check_suffix(const Number& n, std::string_view cell, std::string_view unit, std::string* notice);

// A fiscal year label: "R5", "R 5", "Ｒ５", "令和5", "令和元", "H30", "平成30", "R5年度", "2023".
// `error` is set (and nullopt returned) for an unknown era or a year out of range;
// nullopt with an empty error means "not a year label at all".
std::optional<int> parse_fiscal_year(std::string_view label, std::string* error);
// Like parse_fiscal_year but only the era + year prefix; `rest` receives what follows "年度".
std::optional<int> parse_fy_prefix(std::string_view s, std::string* rest, std::string* error);

// Circled number ①..⑳ (or "1".."999", "(1)") at the start of s; `len` = bytes consumed.
std::optional<int> parse_kpi_marker(std::string_view s, size_t* len);

// Program id from year and grant name: fy2022-suishin, fy2023-digiden, else fy2024-grant.
std::string program_slug(int fy, std::string_view name_ja);
// Project id from its Japanese name: ASCII words + 6 hex digits of FNV-1a ("uij-0c1f2e"),
// "p-0c1f2e" when the name has no ASCII words.
std::string project_slug(std::string_view name_ja);

Text ja(std::string s);

// Where each part of the dataset came from: JSON pointer ("/programs/0/projects/1/kpis/0/years/2/plan")
// -> line of the input. A problem the loader finds is reported at the line of the longest pointer
// here that begins its own, so staff are sent to their file, not to a JSON pointer.
using SourceLines = std::map<std::string, long>;

// Applies ids, report-level options, de-duplicates generated ids, then checks the result with
// the dataset loader. Fills result.dataset on success.
void finish(Dataset ds, const ImportOptions& opt, const SourceLines& lines, ImportResult& result);

ImportResult import_text_layout(std::string_view utf8, const ImportOptions& opt);
ImportResult import_csv(std::string_view utf8, const ImportOptions& opt);

} // namespace kpi::import_detail
