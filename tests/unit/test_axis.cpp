#include <doctest/doctest.h>

#include "core/axis.h"

#include <algorithm>
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

TEST_CASE("nice axis range: negatives get ticks below zero, and 0 is always a tick") {
    const kpi::Axis a = kpi::nice_axis_range(-12, 30, 4);
    CHECK(a.min <= -12);
    CHECK(a.max >= 30);
    CHECK(a.min < 0);
    CHECK(std::find(a.ticks.begin(), a.ticks.end(), 0.0) != a.ticks.end());
    CHECK(a.ticks.front() == doctest::Approx(a.min));
    CHECK(a.ticks.back() == doctest::Approx(a.max));
    CHECK(a.ticks.size() <= 10);
    const kpi::Axis neg = kpi::nice_axis_range(-40, -5, 4);   // all negative: 0 stays at the top
    CHECK(neg.max == 0.0);
    CHECK(neg.min <= -40);
    CHECK(neg.ticks.back() == 0.0);
}

TEST_CASE("nice axis: subnormal and tiny maxima do not make a zero step") {
    for (double tiny : {5e-324, 1e-310, 1e-20}) {
        const kpi::Axis a = kpi::nice_axis(tiny, 4);
        CHECK(a.step > 0);
        CHECK(a.max == doctest::Approx(1));
        CHECK(a.ticks.size() <= 10);
        const kpi::Axis r = kpi::nice_axis_range(-tiny, tiny, 4);
        CHECK(r.ticks.size() <= 10);
    }
    const kpi::Axis m = kpi::nice_axis(0.000004, 4);   // the finest precision the format has
    CHECK(m.max >= 0.000004);
    CHECK(m.ticks.size() <= 6);
}
