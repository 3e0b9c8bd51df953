#include <doctest/doctest.h>

#include "core/achievement.h"
#include "core/format.h"

#include <cmath>
#include <vector>

using kpi::Direction;
using kpi::Kpi;
using kpi::Status;
using kpi::YearValue;

namespace {
Kpi kpi_with(std::vector<YearValue> years, Direction dir = Direction::Increase) {
    Kpi k;
    k.no = 1;
    k.direction = dir;
    k.years = std::move(years);
    return k;
}
} // namespace

TEST_CASE("year status follows plan and actual") {
    const Kpi k = kpi_with({});
    CHECK(kpi::year_status(k, {2020, 10.0, 12.0}) == Status::Met);
    CHECK(kpi::year_status(k, {2020, 10.0, 10.0}) == Status::Met);
    CHECK(kpi::year_status(k, {2020, 10.0, 9.0}) == Status::NotMet);
    CHECK(kpi::year_status(k, {2020, 10.0, std::nullopt}) == Status::NoActual);
    CHECK(kpi::year_status(k, {2020, std::nullopt, 6.0}) == Status::NoTarget);
    CHECK(kpi::year_status(k, {2020, std::nullopt, std::nullopt}) == Status::NoTarget);
    SUBCASE("actual of zero is a fact, not a missing value") {
        CHECK(kpi::year_status(k, {2022, 10.0, 0.0}) == Status::NotMet);
    }
}

TEST_CASE("plan of zero: met when actual >= 0, but no achievement ratio") {
    const Kpi k = kpi_with({});
    const YearValue y{2020, 0.0, 0.0};
    CHECK(kpi::year_status(k, y) == Status::Met);
    CHECK_FALSE(kpi::achievement_ratio(k, y).has_value());
    CHECK(kpi::year_status(k, {2020, 0.0, 7.0}) == Status::Met);
}

TEST_CASE("achievement ratio") {
    const Kpi k = kpi_with({});
    REQUIRE(kpi::achievement_ratio(k, {2020, 4.0, 2.0}).has_value());
    CHECK(*kpi::achievement_ratio(k, {2020, 4.0, 2.0}) == doctest::Approx(0.5));
    CHECK(*kpi::achievement_ratio(k, {2021, 9.0, 11.0}) == doctest::Approx(11.0 / 9.0));
    CHECK(*kpi::achievement_ratio(k, {2022, 32.1, 30.2}) == doctest::Approx(30.2 / 32.1));
    CHECK_FALSE(kpi::achievement_ratio(k, {2020, std::nullopt, 2.0}).has_value());
    CHECK_FALSE(kpi::achievement_ratio(k, {2020, 4.0, std::nullopt}).has_value());
}

TEST_CASE("decrease KPIs: lower is better") {
    const Kpi k = kpi_with({}, Direction::Decrease);
    CHECK(kpi::year_status(k, {2020, 10.0, 8.0}) == Status::Met);
    CHECK(kpi::year_status(k, {2020, 10.0, 12.0}) == Status::NotMet);
    CHECK(*kpi::achievement_ratio(k, {2020, 10.0, 8.0}) == doctest::Approx(1.25));
    CHECK_FALSE(kpi::achievement_ratio(k, {2020, 10.0, 0.0}).has_value());
    CHECK(kpi::year_status(k, {2020, 10.0, 0.0}) == Status::Met);
}

TEST_CASE("headline year is the latest year with an actual") {
    SUBCASE("latest actual wins even when later years have plans") {
        const Kpi k = kpi_with({{2022, 10.0, 0.0}, {2023, 100.0, std::nullopt}, {2024, 200.0, std::nullopt}});
        REQUIRE(kpi::headline_year(k) != nullptr);
        CHECK(kpi::headline_year(k)->fy == 2022);
        CHECK(kpi::headline_status(k) == Status::NotMet);
    }
    SUBCASE("no actual at all: first planned year, no actual yet") {
        const Kpi k = kpi_with({{2023, 600.0, std::nullopt}, {2024, 800.0, std::nullopt}});
        CHECK(kpi::headline_year(k)->fy == 2023);
        CHECK(kpi::headline_status(k) == Status::NoActual);
    }
    SUBCASE("actuals without plans: no target") {
        const Kpi k = kpi_with({{2019, std::nullopt, 0.0}, {2022, std::nullopt, 6.0}});
        CHECK(kpi::headline_year(k)->fy == 2022);
        CHECK(kpi::headline_status(k) == Status::NoTarget);
    }
    SUBCASE("no years") {
        const Kpi k = kpi_with({});
        CHECK(kpi::headline_year(k) == nullptr);
        CHECK(kpi::headline_status(k) == Status::NoTarget);
    }
}

TEST_CASE("status names round-trip") {
    for (Status s : {Status::Met, Status::NotMet, Status::NoActual, Status::NoTarget}) {
        REQUIRE(kpi::status_from_string(kpi::to_string(s)).has_value());
        CHECK(*kpi::status_from_string(kpi::to_string(s)) == s);
    }
    CHECK_FALSE(kpi::status_from_string("done").has_value());
}

TEST_CASE("headline counts over a project") {
    kpi::Project p;
    p.kpis.push_back(kpi_with({{2022, 10.0, 11.0}}));
    p.kpis.push_back(kpi_with({{2022, 10.0, 1.0}}));
    p.kpis.push_back(kpi_with({{2022, 10.0, std::nullopt}}));
    p.kpis.push_back(kpi_with({{2022, std::nullopt, 1.0}}));
    const auto c = kpi::count_headline(p);
    CHECK(c.met == 1);
    CHECK(c.not_met == 1);
    CHECK(c.no_actual == 1);
    CHECK(c.no_target == 1);
    CHECK(c.total() == 4);
}

TEST_CASE("StatusCounts::of matches the fields") {
    kpi::StatusCounts c;
    c.add(Status::Met);
    c.add(Status::NoTarget);
    c.add(Status::NoTarget);
    CHECK(c.of(Status::Met) == 1);
    CHECK(c.of(Status::NotMet) == 0);
    CHECK(c.of(Status::NoActual) == 0);
    CHECK(c.of(Status::NoTarget) == 2);
}

TEST_CASE("values below the format's precision are 0: subnormal and tiny plans are plans of 0") {
    // 5e-324 is printed 0.000000 (6 decimals) and 0 (0 decimals); it is judged as 0, so an actual
    // of 0 meets it (it was "not met": 0 < 5e-324) and there is no ratio (it was 0 / 5e-324 = 0 %).
    Kpi k = kpi_with({{2020, 5e-324, 0.0}, {2021, 0.0, 5e-324}, {2022, 1e-7, 1e15}});
    k.decimals = 6;
    CHECK(kpi::year_status(k, k.years[0]) == Status::Met);
    CHECK_FALSE(kpi::achievement_ratio(k, k.years[0]).has_value());
    CHECK(kpi::year_status(k, k.years[1]) == Status::Met);
    // 1e-7 rounds to 0 at 6 decimals: no ratio of 1e22.
    CHECK_FALSE(kpi::achievement_ratio(k, k.years[2]).has_value());
    // Values at or above the finest precision keep their exact value.
    Kpi small = kpi_with({{2020, 0.000001, 0.0}, {2021, 0.000002, 0.000001}});
    small.decimals = 6;
    CHECK(kpi::year_status(small, small.years[0]) == Status::NotMet);
    CHECK(*kpi::achievement_ratio(small, small.years[1]) == doctest::Approx(0.5));
    // Decrease KPIs: an actual that prints as 0 beats any plan, without an infinite ratio.
    Kpi dec = kpi_with({{2020, 5.0, 5e-324}}, Direction::Decrease);
    CHECK(kpi::year_status(dec, dec.years[0]) == Status::Met);
    CHECK_FALSE(kpi::achievement_ratio(dec, dec.years[0]).has_value());
    // Negative values keep their sign (for the status).
    Kpi neg = kpi_with({{2020, -10.0, -5.0}});
    CHECK(kpi::year_status(neg, neg.years[0]) == Status::Met);
}

TEST_CASE("the judged value's shortcut (no rounding from 1e-6 up) agrees with rounding at 6 decimals") {
    // A plan of v against an actual of 0 is met exactly when v is judged 0 or below, i.e. when it
    // rounds to 0 at 6 decimals; checked around both edges (5e-7 rounds up, 1e-6 is the shortcut's).
    std::vector<double> values;
    for (double edge : {5e-7, 1e-6, 1.5e-6}) {
        for (int k = -50; k <= 50; ++k) values.push_back(edge * (1 + k * 1e-4));
        double below = edge, above = edge;
        for (int k = 0; k < 4; ++k) values.push_back(below = std::nextafter(below, 0.0)), values.push_back(above = std::nextafter(above, 1.0));
    }
    for (double e = -12; e <= 3; e += 0.01) values.push_back(std::pow(10.0, e));
    for (double v : std::vector<double>(values)) values.push_back(-v);
    for (double v : values) {
        const Kpi k = kpi_with({{2020, v, 0.0}});
        const bool judged_zero_or_below = kpi::round_to_decimals(v, 6) == 0.0 || v < 0;
        CHECK_MESSAGE(kpi::year_status(k, k.years[0]) == (judged_zero_or_below ? Status::Met : Status::NotMet), v);
    }
}

TEST_CASE("a plan <= 0 has no achievement ratio (no upside-down rate), but keeps its status") {
    // A net out-migration KPI: plan −10, actual −15 was missed; −15 / −10 would read "150 %".
    const Kpi k = kpi_with({{2020, -10.0, -15.0}, {2021, -10.0, -5.0}, {2022, -10.0, 3.0}, {2023, 0.0, 4.0}, {2024, 10.0, -5.0}});
    CHECK(kpi::year_status(k, k.years[0]) == Status::NotMet);
    CHECK(kpi::year_status(k, k.years[1]) == Status::Met);
    CHECK(kpi::year_status(k, k.years[2]) == Status::Met);
    CHECK(kpi::year_status(k, k.years[3]) == Status::Met);
    for (int i = 0; i < 4; ++i) CHECK_FALSE(kpi::achievement_ratio(k, k.years[i]).has_value());
    // A positive plan keeps its ratio, negative actuals included (−50 %: below nothing achieved).
    REQUIRE(kpi::achievement_ratio(k, k.years[4]).has_value());
    CHECK(*kpi::achievement_ratio(k, k.years[4]) == doctest::Approx(-0.5));
    CHECK(*kpi::shortfall(k, k.years[0]) == doctest::Approx(5.0));
    // Lower is better: plan 20, actual 10 -> 200 %; plan −5 or an actual <= 0 -> no ratio.
    const Kpi down = kpi_with({{2020, 20.0, 10.0}, {2021, -5.0, -8.0}, {2022, 20.0, -1.0}}, Direction::Decrease);
    CHECK(*kpi::achievement_ratio(down, down.years[0]) == doctest::Approx(2.0));
    CHECK_FALSE(kpi::achievement_ratio(down, down.years[1]).has_value());
    CHECK(kpi::year_status(down, down.years[1]) == Status::Met);
    CHECK_FALSE(kpi::achievement_ratio(down, down.years[2]).has_value());
}

TEST_CASE("shortfall: how far a missed target was missed, only where it was missed") {
    const Kpi k = kpi_with({{2022, 23000.0, 4320.0}, {2023, 100.0, 120.0}, {2024, 10.0, std::nullopt}, {2025, std::nullopt, 5.0}});
    REQUIRE(kpi::shortfall(k, k.years[0]));
    CHECK(*kpi::shortfall(k, k.years[0]) == doctest::Approx(18680.0));
    CHECK_FALSE(kpi::shortfall(k, k.years[1]));   // met
    CHECK_FALSE(kpi::shortfall(k, k.years[2]));   // no actual
    CHECK_FALSE(kpi::shortfall(k, k.years[3]));   // no target
    const Kpi down = kpi_with({{2022, 50.0, 80.0}, {2023, 50.0, 40.0}}, Direction::Decrease);
    REQUIRE(kpi::shortfall(down, down.years[0]));
    CHECK(*kpi::shortfall(down, down.years[0]) == doctest::Approx(30.0));
    CHECK_FALSE(kpi::shortfall(down, down.years[1]));
    const Kpi neg = kpi_with({{2022, 10.0, -67.0}});
    CHECK(*kpi::shortfall(neg, neg.years[0]) == doctest::Approx(77.0));
}
