#include "format.h"

#include "achievement.h"
#include "strings.h"

#include <cmath>
#include <cstdio>

namespace kpi {

const char* const kMissing = "\xE2\x80\x94";  // — U+2014, as the report prints a missing value

Era era_of_fy(int fy) {
    // A fiscal year starts in April; each era below began before April of its first fiscal year
    // label as municipalities use it (FY2019 = 令和元年度 although 令和 began on 1 May 2019).
    if (fy >= 2019) return {"令和", "R", fy - 2018};
    if (fy >= 1989) return {"平成", "H", fy - 1988};
    if (fy >= 1926) return {"昭和", "S", fy - 1925};
    if (fy >= 1912) return {"大正", "T", fy - 1911};
    return {"明治", "M", fy - 1867};
}

std::string fy_short(int fy, EraStyle style) {
    if (style == EraStyle::Western) return std::to_string(fy);
    const Era e = era_of_fy(fy);
    return std::string(e.letter) + std::to_string(e.year);
}

namespace {
std::string era_year(int fy) {
    const Era e = era_of_fy(fy);
    return std::string(e.name_ja) + (e.year == 1 ? std::string("元") : std::to_string(e.year)) + "年度";
}
} // namespace

std::string fy_long(int fy, Lang lang) {
    if (lang == Lang::En) return "FY" + std::to_string(fy);
    // Easy Japanese: the Western year first, the era after it (the guideline's 2022年（令和4年）).
    if (lang == Lang::Easy) return std::to_string(fy) + "年度（" + era_year(fy) + "）";
    return era_year(fy);
}

std::string fy_both(int fy, Lang lang) {
    if (lang == Lang::En) return "FY" + std::to_string(fy) + " (" + fy_short(fy, EraStyle::Japanese) + ")";
    if (lang == Lang::Easy) return fy_long(fy, lang);
    return fy_long(fy, lang) + "（" + std::to_string(fy) + "）";
}

double round_to_decimals(double v, int decimals) {
    if (!std::isfinite(v)) return v;
    if (decimals < 0) decimals = 0;
    if (decimals > 6) decimals = 6;
    // Round half away from zero on the decimal value (printf would round 0.125 to even).
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(std::fabs(v) * scale + 1e-9) / scale;
    return r == 0.0 ? 0.0 : (v < 0 ? -r : r);
}

std::string format_number(std::optional<double> v, int decimals) {
    if (!v || !std::isfinite(*v)) return kMissing;
    if (decimals < 0) decimals = 0;
    if (decimals > 6) decimals = 6;
    const double rounded = round_to_decimals(*v, decimals);
    const double r = std::fabs(rounded);
    // Room for any finite double: up to 309 integer digits, the point and 6 decimals.
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, r);
    std::string digits(buf);
    const size_t dot = digits.find('.');
    std::string int_part = digits.substr(0, dot);
    const std::string frac = dot == std::string::npos ? "" : digits.substr(dot);
    std::string grouped;
    const int n = static_cast<int>(int_part.size());
    for (int i = 0; i < n; ++i) {
        grouped += int_part[i];
        const int left = n - 1 - i;
        if (left > 0 && left % 3 == 0) grouped += ',';
    }
    const bool negative = rounded < 0;
    return (negative ? "-" : "") + grouped + frac;
}

std::string format_value(std::optional<double> v, const Kpi& kpi, Lang lang) {
    std::string n = format_number(v, kpi.decimals);
    if (!v) return n;
    const std::string& unit = kpi.unit.in(lang);
    if (unit.empty()) return n;
    // Symbols and Japanese units attach directly; English words take a space.
    const bool attach = is_japanese(lang) || unit == "%" || static_cast<unsigned char>(unit[0]) >= 0x80;
    return attach ? n + unit : n + " " + unit;
}

std::string format_percent(std::optional<double> ratio) {
    if (!ratio || !std::isfinite(*ratio)) return kMissing;
    return format_number(*ratio * 100.0, 0) + "%";
}

std::string html_escape(std::string_view s) {
    std::string o;
    o.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': o += "&amp;"; break;
        case '"': o += "&quot;"; break;
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        default: o += c;
        }
    }
    return o;
}

std::string kpi_title(const Kpi& k, Lang lang) {
    static const char* const kCircled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
    const std::string no = (k.no >= 1 && k.no <= 10) ? kCircled[k.no - 1] : std::to_string(k.no);
    return "KPI" + no + " " + k.name.in(lang);
}

std::string shortfall_text(const Kpi& k, const YearValue& y, Lang lang, bool marked) {
    const auto gap = shortfall(k, y);
    if (!gap) return {};
    // Japanese with its unit (件); English as the plain number ("18,680 short of plan"). A KPI in
    // per cent falls short by percentage points: 「あと 1.90ポイント」.
    const std::string unit = k.unit.in(Lang::Ja);
    const bool percent = unit == "%" || unit == tr(Str::PercentFullWidth, Lang::Ja);
    std::string amount = lang == Lang::En || percent ? format_number(gap, k.decimals) : format_value(gap, k, lang);
    if (percent) amount = tr_fill(Str::PointsFmt, amount, lang);
    return marked ? tr_fill_marked(Str::ShortfallFmt, amount, lang) : tr_fill(Str::ShortfallFmt, amount, lang);
}

std::string format_date(const std::string& iso, Lang lang) {
    int y = 0, m = 0, d = 0;
    if (iso.size() == 10 && std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        if (is_japanese(lang)) return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
        static const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                              "August", "September", "October", "November", "December"};
        return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
    }
    return iso;
}

} // namespace kpi
