#include <doctest/doctest.h>

#include "core/format.h"

#include <cmath>

using kpi::EraStyle;

TEST_CASE("Japanese eras of fiscal years") {
    CHECK(kpi::fy_short(2019, EraStyle::Japanese) == "R1");
    CHECK(kpi::fy_short(2022, EraStyle::Japanese) == "R4");
    CHECK(kpi::fy_short(2025, EraStyle::Japanese) == "R7");
    CHECK(kpi::fy_short(2018, EraStyle::Japanese) == "H30");
    CHECK(kpi::fy_short(1989, EraStyle::Japanese) == "H1");
    CHECK(kpi::fy_short(1988, EraStyle::Japanese) == "S63");
    CHECK(kpi::fy_short(2022, EraStyle::Western) == "2022");
    CHECK(kpi::fy_long(2019, kpi::Lang::Ja) == "令和元年度");
    CHECK(kpi::fy_long(2020, kpi::Lang::Ja) == "令和2年度");
    CHECK(kpi::fy_long(2018, kpi::Lang::Ja) == "平成30年度");
    CHECK(kpi::fy_long(2022, kpi::Lang::En) == "FY2022");
    CHECK(kpi::fy_both(2022, kpi::Lang::Ja) == "令和4年度（2022）");
    CHECK(kpi::fy_both(2022, kpi::Lang::En) == "FY2022 (R4)");
    // Easy Japanese: the Western year first, the era after it (the guideline's 2022年（令和4年）).
    CHECK(kpi::fy_long(2022, kpi::Lang::Easy) == "2022年度（令和4年度）");
    CHECK(kpi::fy_long(2019, kpi::Lang::Easy) == "2019年度（令和元年度）");
    CHECK(kpi::fy_both(2022, kpi::Lang::Easy) == "2022年度（令和4年度）");
}

TEST_CASE("numbers: thousands separators and decimals") {
    CHECK(kpi::format_number(0.0, 0) == "0");
    CHECK(kpi::format_number(999.0, 0) == "999");
    CHECK(kpi::format_number(1000.0, 0) == "1,000");
    CHECK(kpi::format_number(57600.0, 0) == "57,600");
    CHECK(kpi::format_number(1234567.0, 0) == "1,234,567");
    CHECK(kpi::format_number(31.2, 2) == "31.20");
    CHECK(kpi::format_number(30.2, 2) == "30.20");
    CHECK(kpi::format_number(1234.5, 1) == "1,234.5");
    CHECK(kpi::format_number(-1234.0, 0) == "-1,234");
    CHECK(kpi::format_number(0.125, 2) == "0.13");   // half away from zero
    CHECK(kpi::format_number(2.5, 0) == "3");
    CHECK(kpi::format_number(-0.001, 0) == "0");     // no "-0"
    CHECK(kpi::format_number(std::nullopt, 0) == "—");
}

TEST_CASE("values with units") {
    kpi::Kpi k;
    k.unit.by_lang = {{"ja", "人"}, {"en", "people"}};
    CHECK(kpi::format_value(600.0, k, kpi::Lang::Ja) == "600人");
    CHECK(kpi::format_value(1200.0, k, kpi::Lang::En) == "1,200 people");
    CHECK(kpi::format_value(std::nullopt, k, kpi::Lang::Ja) == "—");
    kpi::Kpi pct;
    pct.decimals = 2;
    pct.unit.by_lang = {{"ja", "%"}};
    CHECK(kpi::format_value(31.2, pct, kpi::Lang::En) == "31.20%");
    CHECK(kpi::format_percent(0.875) == "88%");
    CHECK(kpi::format_percent(11.0 / 9.0) == "122%");
    CHECK(kpi::format_percent(std::nullopt) == "—");
}

TEST_CASE("subnormal and huge numbers") {
    CHECK(kpi::format_number(5e-324, 6) == "0.000000");
    CHECK(kpi::format_number(-5e-324, 0) == "0");          // no "-0"
    CHECK(kpi::round_to_decimals(5e-324, 6) == 0.0);
    CHECK_FALSE(std::signbit(kpi::round_to_decimals(-5e-324, 6)));
    CHECK(kpi::round_to_decimals(0.0000005, 6) == doctest::Approx(0.000001));
    CHECK(kpi::round_to_decimals(-2.5, 0) == -3.0);
    // Every digit of a large number, not a buffer-truncated string.
    const std::string big = kpi::format_number(1e100, 0);
    CHECK(big.size() == 101 + 33);   // 101 digits, 33 separators
    CHECK(big.substr(0, 2) == "10");
    CHECK(kpi::format_percent(1e21) == kpi::format_number(1e23, 0) + "%");
}

TEST_CASE("shortfall_text: a missed target's gap in words, the same for the viewer and the document") {
    kpi::Kpi k;
    k.unit.by_lang = {{"ja", "件"}, {"en", "cases"}};
    k.years = {{2022, 23000.0, 4320.0}, {2023, 100.0, 120.0}, {2024, 10.0, std::nullopt}};
    CHECK(kpi::shortfall_text(k, k.years[0], kpi::Lang::Ja) == "計画まで あと 18,680件");
    CHECK(kpi::shortfall_text(k, k.years[0], kpi::Lang::En) == "18,680 short of plan");
    CHECK(kpi::shortfall_text(k, k.years[1], kpi::Lang::Ja).empty());   // met
    CHECK(kpi::shortfall_text(k, k.years[2], kpi::Lang::Ja).empty());   // no actual
    // A KPI in per cent falls short by percentage points, not per cent (the document used to say
    // 「あと 1.90%」): both spellings of the unit.
    for (const char* pct : {"%", "％"}) {
        kpi::Kpi p;
        p.unit.by_lang = {{"ja", pct}};
        p.decimals = 2;
        p.years = {{2022, 31.2, 29.3}};
        CHECK(kpi::shortfall_text(p, p.years[0], kpi::Lang::Ja) == "計画まで あと 1.90ポイント");
        CHECK(kpi::shortfall_text(p, p.years[0], kpi::Lang::En) == "1.90 points short of plan");
        CHECK(kpi::shortfall_text(p, p.years[0], kpi::Lang::Easy) == "目標まで あと 1.90ポイント");
    }
}
