// Chart geometry (src/core/chart_layout.h): negatives, zero, missing, subnormal and huge values.
#include <doctest/doctest.h>

#include "core/chart_layout.h"

#include <cmath>
#include <limits>

using kpi::PlanActual;

namespace {
void check_inside(const kpi::BarChartLayout& l) {
    for (const auto* bars : {&l.plan, &l.actual})
        for (const auto& b : *bars) {
            CHECK(b.top >= 0.0f);
            CHECK(b.bottom <= l.plot_height);
            CHECK(b.top <= b.bottom);
        }
    CHECK(l.zero_y >= 0.0f);
    CHECK(l.zero_y <= l.plot_height);
}
} // namespace

TEST_CASE("positive values: zero line at the bottom, bars grow up to their value") {
    const auto l = kpi::layout_bar_chart({{100.0, 50.0}, {200.0, std::nullopt}}, 400);
    CHECK(l.axis.min == 0.0);
    CHECK(l.axis.max >= 200.0);
    CHECK(l.zero_y == doctest::Approx(400));
    REQUIRE(l.plan.size() == 2);
    CHECK(l.plan[0].present);
    CHECK(l.plan[0].bottom == doctest::Approx(400));
    CHECK(l.plan[0].top == doctest::Approx(400 - 400 * 100.0 / l.axis.max));
    CHECK(l.actual[0].top > l.plan[0].top);   // 50 is lower than 100
    CHECK_FALSE(l.actual[1].present);
    REQUIRE(l.tick_y.size() == l.axis.ticks.size());
    CHECK(l.tick_y.front() == doctest::Approx(400));   // ticks from the bottom (min) up
    CHECK(l.tick_y.back() == doctest::Approx(0));
    check_inside(l);
}

TEST_CASE("negative values hang below the zero line and stay inside the plot") {
    const auto l = kpi::layout_bar_chart({{30.0, -12.0}, {-5.0, 10.0}}, 300);
    CHECK(l.axis.min <= -12.0);
    CHECK(l.axis.max >= 30.0);
    CHECK(l.zero_y > 0.0f);
    CHECK(l.zero_y < 300.0f);
    const auto& neg = l.actual[0];
    CHECK(neg.negative);
    CHECK(neg.top == doctest::Approx(l.zero_y));
    CHECK(neg.bottom > l.zero_y);
    CHECK(neg.bottom == doctest::Approx(l.y_of(-12.0)));
    const auto& pos = l.plan[0];
    CHECK_FALSE(pos.negative);
    CHECK(pos.bottom == doctest::Approx(l.zero_y));
    CHECK(pos.top < l.zero_y);
    // The tick at 0 is at the zero line.
    for (size_t i = 0; i < l.axis.ticks.size(); ++i)
        if (l.axis.ticks[i] == 0.0) CHECK(l.tick_y[i] == doctest::Approx(l.zero_y));
    check_inside(l);

    const auto all_neg = kpi::layout_bar_chart({{-40.0, -10.0}}, 200);
    CHECK(all_neg.zero_y == doctest::Approx(0));   // zero line at the top
    CHECK(all_neg.plan[0].bottom <= 200.0f);
    CHECK(all_neg.plan[0].bottom > all_neg.actual[0].bottom);
    check_inside(all_neg);
}

TEST_CASE("zero, subnormal, missing and non-finite values") {
    const double inf = std::numeric_limits<double>::infinity();
    const auto l = kpi::layout_bar_chart({{0.0, 5e-324}, {-5e-324, std::nullopt}, {std::nan(""), inf}}, 100);
    CHECK(l.axis.min == 0.0);
    CHECK(l.axis.max == doctest::Approx(1));   // no data span: a plain 0..1 axis, not a step of 0
    CHECK(l.axis.ticks.size() <= 10);
    CHECK(l.plan[0].zero);
    CHECK(l.actual[0].zero);                    // 5e-324 is drawn as the 0 it is shown as
    CHECK(l.actual[0].top == doctest::Approx(l.zero_y));
    CHECK(l.plan[1].zero);
    CHECK_FALSE(l.actual[1].present);
    CHECK_FALSE(l.plan[2].present);
    CHECK_FALSE(l.actual[2].present);
    check_inside(l);
    const auto empty = kpi::layout_bar_chart({}, 0);
    CHECK(empty.plot_height == 0.0f);
    CHECK(empty.zero_y == 0.0f);
}

TEST_CASE("KPI chart: the baseline is on the axis") {
    kpi::Kpi k;
    k.baseline_plan = -50.0;
    k.years = {{2020, 10.0, 20.0}};
    const auto l = kpi::layout_kpi_chart(k, 200);
    CHECK(l.axis.min <= -50.0);
    REQUIRE(l.baseline_y.has_value());
    CHECK(*l.baseline_y == doctest::Approx(l.y_of(-50.0)));
    CHECK(*l.baseline_y > l.zero_y);
    k.baseline_plan.reset();
    CHECK_FALSE(kpi::layout_kpi_chart(k, 200).baseline_y.has_value());
}

TEST_CASE("compare bars: zero at the left, or in the middle when a ratio is negative") {
    const auto a = kpi::compare_axis({0.5, std::nullopt, 1.2}, 300);
    CHECK(a.zero_x == doctest::Approx(0));
    CHECK(a.hundred_x == doctest::Approx(200));   // 100 % of a 150 % track
    const auto half = kpi::compare_bar(a, 0.75);
    CHECK(half.present);
    CHECK(half.x0 == doctest::Approx(0));
    CHECK(half.x1 == doctest::Approx(150));
    const auto big = kpi::compare_bar(a, 1e300);
    CHECK(big.x1 == doctest::Approx(300));
    CHECK(big.clipped_high);
    CHECK(kpi::compare_bar(a, std::numeric_limits<double>::infinity()).x1 == doctest::Approx(300));
    CHECK_FALSE(kpi::compare_bar(a, std::nullopt).present);
    CHECK_FALSE(kpi::compare_bar(a, std::nan("")).present);

    const auto n = kpi::compare_axis({0.5, -0.25}, 300);
    CHECK(n.zero_x == doctest::Approx(150));
    CHECK(n.hundred_x == doctest::Approx(250));
    const auto neg = kpi::compare_bar(n, -0.75);
    CHECK(neg.x0 == doctest::Approx(75));
    CHECK(neg.x1 == doctest::Approx(150));
    const auto very_neg = kpi::compare_bar(n, -std::numeric_limits<double>::infinity());
    CHECK(very_neg.x0 == doctest::Approx(0));
    CHECK(very_neg.clipped_low);
    const auto pos = kpi::compare_bar(n, 0.5);
    CHECK(pos.x0 == doctest::Approx(150));
    CHECK(pos.x1 == doctest::Approx(200));
}

TEST_CASE("year labels: the % clears a short bar's zero or missing mark label, and the bars") {
    const float line_h = 20, gap = 4, min_y = -24;
    // Sapporo's KPI ① in R4: plan 10 on an axis to 200, actual 0 (a flat mark labelled "0").
    const auto l = kpi::layout_bar_chart({{10.0, 0.0}, {100.0, std::nullopt}, {200.0, 150.0}}, 300);
    REQUIRE(l.actual[0].zero);
    for (size_t i = 0; i < 3; ++i) {
        const auto y = kpi::place_year_labels(l, i, line_h, gap, min_y);
        CHECK(y.mark_y + line_h <= l.zero_y);   // the mark's label sits above the zero line
        if (y.percent_y > min_y) {
            CHECK(y.percent_y + line_h <= l.plan[i].top);   // above the plan bar
            if (!l.actual[i].present || l.actual[i].zero)
                CHECK(y.percent_y + line_h <= y.mark_y);     // and above the "0" / "—" label
            else
                CHECK(y.percent_y + line_h <= l.actual[i].top);
        }
    }
    // The short plan bar's top is lower than the mark's label: the % goes above the label.
    CHECK(l.plan[0].top > kpi::place_year_labels(l, 0, line_h, gap, min_y).mark_y);
}

TEST_CASE("year labels: no room above the zero line puts the mark label below it; the % stops at its limit") {
    const auto l = kpi::layout_bar_chart({{-50.0, 0.0}}, 300);   // everything at or below zero
    REQUIRE(l.zero_y == doctest::Approx(0));
    const auto y = kpi::place_year_labels(l, 0, 20, 4, -24);
    CHECK(y.mark_y == doctest::Approx(4));   // below the line
    CHECK(y.percent_y == doctest::Approx(-24));
    // An index past the data is harmless (no bars: the % sits above the zero line).
    CHECK(kpi::place_year_labels(l, 7, 20, 4, -24).percent_y == doctest::Approx(-24));
}

TEST_CASE("bar columns: one group per year, plan left and actual right of its centre, bars capped in width") {
    const kpi::BarColumns c = kpi::layout_bar_columns(4, 400);
    CHECK(c.group_width == doctest::Approx(100));
    CHECK(c.bar_width == doctest::Approx(32));
    CHECK(c.centre_x(1) == doctest::Approx(150));
    CHECK(c.plan_x(1) + c.bar_width + c.gap == doctest::Approx(150));
    CHECK(c.actual_x(1) == doctest::Approx(152));
    CHECK(c.plan_x(1) + c.bar_width < c.actual_x(1));   // the two bars never overlap
    const kpi::BarColumns wide = kpi::layout_bar_columns(1, 1000, 2.0f);
    CHECK(wide.bar_width == doctest::Approx(kpi::kBarMaxWidth * 2));
    CHECK(wide.gap == doctest::Approx(kpi::kBarGap * 2));
    const kpi::BarColumns none = kpi::layout_bar_columns(0, -5);
    CHECK(none.group_width == 0);
    CHECK(none.bar_width == 0);
}
