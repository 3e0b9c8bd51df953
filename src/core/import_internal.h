// Helpers shared by the two import readers (import_text.cpp, import_csv.cpp); not a public API.
#pragma once

#include "import_report.h"

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
// Text shown in a message: quoted, cut to about 40 characters.
std::string shown(std::string_view s);

// A number cell: "1,200", "31.20", "△5", "▲0.5", "-3"; missing: "", "—", "－", "―", "-", "‐".
struct Number {
    std::optional<double> value;
    int decimals = 0;   // digits printed after the decimal point
};
// Returns nullopt when the cell is not a number or a missing-value mark.
std::optional<Number> parse_number(std::string_view cell);

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

// Applies ids, report-level options, de-duplicates generated ids, then checks the result with
// the dataset loader. Fills result.dataset on success.
void finish(Dataset ds, const ImportOptions& opt, const std::vector<bool>& project_id_given,
            ImportResult& result);

ImportResult import_text_layout(std::string_view utf8, const ImportOptions& opt);
ImportResult import_csv(std::string_view utf8, const ImportOptions& opt);

} // namespace kpi::import_detail
