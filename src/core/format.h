// Display formatting: Japanese eras for fiscal years, numbers with thousands separators and the
// KPI's decimals, units. Pure functions; the UI and the CSV export use the same ones.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace kpi {

// Text for HTML (element content or a quoted attribute): & " < > escaped.
std::string html_escape(std::string_view s);

enum class EraStyle { Japanese, Western };

struct Era {
    const char* name_ja;   // 令和
    const char* letter;    // R
    int year;              // 1-based year in the era
};

// The era a fiscal year (April start) belongs to: FY2019 = 令和1 (元), FY1989 = 平成1.
Era era_of_fy(int fy);

// "R4" / "2022"
std::string fy_short(int fy, EraStyle style);
// ja: "令和4年度" ("令和元年度" for year 1), easy: "2022年度（令和4年度）", en: "FY2022"
std::string fy_long(int fy, Lang lang);
// "令和4年度（2022）" / easy "2022年度（令和4年度）" / "FY2022 (R4)"
std::string fy_both(int fy, Lang lang);

// v rounded to `decimals` places (clamped to 0..6), half away from zero, -0 made 0: the value a
// reader sees. 5e-324 is 0 at any precision (shown "0.000000"); achievement.h judges it as 0 too.
double round_to_decimals(double v, int decimals);

// 1234567.5 with 2 decimals -> "1,234,567.50"; empty -> "—" (U+2014). Rounds half away from 0.
std::string format_number(std::optional<double> v, int decimals);
// Number followed by its unit: "600人", "31.20%", en: "600 people", "31.20%".
std::string format_value(std::optional<double> v, const Kpi& kpi, Lang lang);
// Achievement ratio as a percentage with no decimals: 0.875 -> "88%"; empty -> "—".
std::string format_percent(std::optional<double> ratio);

// How far a year's target was missed, in the viewer's and the document's words: 「計画まで あと
// 18,680件」 / "18,680 short of plan"; a KPI in per cent falls short by percentage points
// (「あと 1.90ポイント」 / "1.90 points short of plan"). "" where the year did not miss its target.
std::string shortfall_text(const Kpi& k, const YearValue& y, Lang lang, bool marked = false);   // marked: with easy Japanese's readings (strings.h tr_marked)

// "KPI① name" as the report numbers its KPIs (①..⑩, then plain digits).
std::string kpi_title(const Kpi& k, Lang lang);

// An ISO date ("2024-03-31") in words: 「2024年3月31日」 / "31 March 2024"; anything else as it is.
std::string format_date(const std::string& iso, Lang lang);

extern const char* const kMissing;   // "—"

} // namespace kpi
