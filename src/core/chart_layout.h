// Chart geometry as pure functions (no ImGui), so negative, zero, missing, subnormal and huge
// values are handled and tested once; src/ui only draws the rectangles it gets.
//
// KPI chart (vertical bars, plan and actual per fiscal year):
//   layout_bar_chart() takes the values and the plot height and returns the axis (nice ticks from
//   axis.h, always including 0), the y of the zero line and of each tick, and for each value the
//   top and bottom of its bar. y is measured in pixels DOWN from the top of the plot rectangle
//   (0 = top, plot_height = bottom), as ImGui does. A positive value's bar runs from its y up to
//   the zero line, a negative value's bar from the zero line down to its y; both stay inside
//   [0, plot_height]. A value that prints as 0 (|v| < 0.0000005, subnormals included) has
//   top == bottom == zero_y and `zero` set: draw a flat mark there, not a missing mark.
// Compare view (horizontal achievement bars):
//   compare_axis() chooses the track's scale for all ratios shown together: the zero at the left,
//   or in the middle when some ratio is negative; compare_bar() gives the bar of one ratio,
//   clamped inside the track (ratios can be anything from -inf to inf).
#pragma once

#include "axis.h"
#include "model.h"

#include <optional>
#include <vector>

namespace kpi {

struct PlanActual {
    std::optional<double> plan, actual;
};

struct BarSpan {
    bool present = false;   // false: no value (draw the "—" mark)
    bool zero = false;      // the value prints as 0: a flat mark at the zero line
    bool negative = false;  // the bar hangs below the zero line
    float top = 0, bottom = 0;   // y from the top of the plot, top <= bottom
};

struct BarChartLayout {
    Axis axis;                    // axis.min <= 0 <= axis.max, ticks include 0
    float plot_height = 0;
    float zero_y = 0;             // the zero line
    std::vector<float> tick_y;    // y of each axis.ticks[i]
    std::vector<BarSpan> plan, actual;   // one per input value
    std::optional<float> baseline_y;     // the baseline line (baseline actual, else baseline plan)

    // y of a value on this axis, clamped into [0, plot_height]; non-finite -> zero_y.
    float y_of(double v) const;
};

// `values`: one plan/actual pair per fiscal year. `extra`: other values that must fit on the
// axis (the baseline). Non-finite values are treated as missing.
BarChartLayout layout_bar_chart(const std::vector<PlanActual>& values, float plot_height,
                                const std::vector<std::optional<double>>& extra = {}, int target_ticks = 4);
// The KPI's fiscal years, with its baseline on the axis and as baseline_y.
BarChartLayout layout_kpi_chart(const Kpi& kpi, float plot_height, int target_ticks = 4);

// Where one year's labels go (top of the text, same y as the layout), for text line_h tall:
// mark_y: the "0" or "—" of a flat or missing mark, just above the zero line (below it when the plot
//   has no room above);
// percent_y: the achievement %, above everything the year draws (its bars and its mark labels, so
//   a small plan bar's % never lands on its "0" actual), but not higher than percent_min_y.
struct YearLabels {
    float mark_y = 0, percent_y = 0;
};
YearLabels place_year_labels(const BarChartLayout& l, size_t year, float line_h, float gap, float percent_min_y);

// Where each fiscal year's two bars go across a plot `plot_width` wide (x from the plot's left edge):
// one group per year, a bar a share of its group up to max_bar_width, the plan bar left and the
// actual bar right of the group's centre with `gap` either side of it. The canvas (ui/kpi_chart.cpp)
// and the document's SVG (chart_svg.h) place bars with the same numbers.
struct BarColumns {
    float group_width = 0, bar_width = 0, gap = 0;
    float group_x(size_t year) const { return group_width * static_cast<float>(year); }
    float centre_x(size_t year) const { return group_x(year) + group_width * 0.5f; }
    float plan_x(size_t year) const { return centre_x(year) - bar_width - gap; }
    float actual_x(size_t year) const { return centre_x(year) + gap; }
};
constexpr float kBarShare = 0.32f;     // a bar's width: this share of its year's group...
constexpr float kBarMaxWidth = 56;     // ... up to this (CSS px at scale 1)
constexpr float kBarGap = 2;           // either side of a year's centre, between its plan and actual bars
BarColumns layout_bar_columns(size_t years, float plot_width, float scale = 1.0f);

struct CompareAxis {
    double lo = 0, hi = 1.5;   // ratio at the left and right end of the track (lo = -hi or 0)
    float track_width = 0;
    float zero_x = 0;          // x of 0 % from the left of the track
    float hundred_x = 0;       // x of the 100 % line
    float x_of(double ratio) const;   // clamped into [0, track_width]; NaN -> zero_x
};

struct HBar {
    bool present = false;        // false: no ratio (say why instead)
    float x0 = 0, x1 = 0;        // x0 <= x1, inside [0, track_width]
    bool clipped_low = false;    // the ratio is below the track's left end
    bool clipped_high = false;   // the ratio is beyond the right end (the label says how far)
};

// `ratios`: every ratio shown on the same chart. max_ratio: the right end (1.5 = 150 %).
CompareAxis compare_axis(const std::vector<std::optional<double>>& ratios, float track_width,
                         double max_ratio = 1.5);
HBar compare_bar(const CompareAxis& axis, std::optional<double> ratio);

} // namespace kpi
