#include <doctest/doctest.h>

#include "core/axis.h"

#include <cmath>

TEST_CASE("nice axis: round steps covering the data") {
    const kpi::Axis a = kpi::nice_axis(16, 4);
    CHECK(a.step == doctest::Approx(5));
    CHECK(a.max == doctest::Approx(20));
    REQUIRE(a.ticks.size() == 5);
    CHECK(a.ticks.back() == doctest::Approx(20));

    const kpi::Axis b = kpi::nice_axis(67000, 4);
    CHECK(b.step == doctest::Approx(20000));
    CHECK(b.max == doctest::Approx(80000));
    CHECK(b.max >= 67000);

    const kpi::Axis c = kpi::nice_axis(33.0, 4);
    CHECK(c.max >= 33.0);
    CHECK(c.step == doctest::Approx(10));

    const kpi::Axis d = kpi::nice_axis(10, 4);  // exact fit stays
    CHECK(d.max == doctest::Approx(10));
    CHECK(d.step == doctest::Approx(2.5));
}

TEST_CASE("nice axis: degenerate inputs") {
    CHECK(kpi::nice_axis(0).max == doctest::Approx(1));
    CHECK(kpi::nice_axis(-5).max == doctest::Approx(1));
    CHECK(kpi::nice_axis(std::nan("")).max == doctest::Approx(1));
    CHECK(kpi::nice_axis(0.3, 3).max >= 0.3);
    CHECK(kpi::nice_axis(0.3, 3).ticks.size() >= 2);
}
