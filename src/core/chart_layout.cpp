#include "chart_layout.h"

#include "format.h"

#include <algorithm>
#include <cmath>

namespace kpi {
namespace {

// A value as charted: missing when not finite, 0 when it prints as 0 at the finest precision.
std::optional<double> charted(std::optional<double> v) {
    if (!v || !std::isfinite(*v)) return std::nullopt;
    return round_to_decimals(*v, 6) == 0.0 ? 0.0 : *v;
}

} // namespace

float BarChartLayout::y_of(double v) const {
    if (!std::isfinite(v)) return zero_y;
    const double span = axis.max - axis.min;
    const double t = (axis.max - v) / span;   // 0 at the top, 1 at the bottom
    const double y = std::clamp(t, 0.0, 1.0) * plot_height;
    return static_cast<float>(y);
}

BarChartLayout layout_bar_chart(const std::vector<PlanActual>& values, float plot_height,
                                const std::vector<std::optional<double>>& extra, int target_ticks) {
    BarChartLayout l;
    l.plot_height = std::isfinite(plot_height) && plot_height > 0 ? plot_height : 0.0f;
    double lo = 0, hi = 0;
    auto widen = [&](std::optional<double> v) {
        if (auto c = charted(v)) {
            lo = std::min(lo, *c);
            hi = std::max(hi, *c);
        }
    };
    for (const auto& pa : values) {
        widen(pa.plan);
        widen(pa.actual);
    }
    for (const auto& v : extra) widen(v);
    l.axis = nice_axis_range(lo, hi, target_ticks);
    l.zero_y = l.y_of(0.0);
    for (double t : l.axis.ticks) l.tick_y.push_back(l.y_of(t));
    auto bar = [&](std::optional<double> v) {
        BarSpan b;
        const auto c = charted(v);
        if (!c) return b;
        b.present = true;
        if (*c == 0.0) {
            b.zero = true;
            b.top = b.bottom = l.zero_y;
            return b;
        }
        const float y = l.y_of(*c);
        b.negative = *c < 0;
        b.top = std::min(y, l.zero_y);
        b.bottom = std::max(y, l.zero_y);
        return b;
    };
    for (const auto& pa : values) {
        l.plan.push_back(bar(pa.plan));
        l.actual.push_back(bar(pa.actual));
    }
    return l;
}

BarChartLayout layout_kpi_chart(const Kpi& kpi, float plot_height, int target_ticks) {
    std::vector<PlanActual> values;
    for (const auto& y : kpi.years) values.push_back({y.plan, y.actual});
    BarChartLayout l = layout_bar_chart(values, plot_height, {kpi.baseline_plan, kpi.baseline_actual}, target_ticks);
    if (const auto b = charted(kpi.baseline_actual ? kpi.baseline_actual : kpi.baseline_plan))
        l.baseline_y = l.y_of(*b);
    return l;
}

YearLabels place_year_labels(const BarChartLayout& l, size_t year, float line_h, float gap, float percent_min_y) {
    YearLabels out;
    const bool room_above = l.zero_y - line_h - gap >= 0.0f;
    out.mark_y = room_above ? l.zero_y - line_h - gap : l.zero_y + gap;
    float highest = l.zero_y;
    for (const auto* bars : {&l.plan, &l.actual}) {
        if (year >= bars->size()) continue;
        const BarSpan& b = (*bars)[year];
        if (b.present && !b.zero) highest = std::min(highest, b.top);
        else if (room_above) highest = std::min(highest, out.mark_y);   // the mark's label
    }
    out.percent_y = std::max(percent_min_y, highest - line_h - gap);
    return out;
}

BarColumns layout_bar_columns(size_t years, float plot_width, float scale) {
    BarColumns c;
    const float w = std::isfinite(plot_width) && plot_width > 0 ? plot_width : 0.0f;
    c.group_width = years > 0 ? w / static_cast<float>(years) : w;
    c.bar_width = std::min(c.group_width * kBarShare, kBarMaxWidth * scale);
    c.gap = kBarGap * scale;
    return c;
}

float CompareAxis::x_of(double ratio) const {
    if (std::isnan(ratio)) return zero_x;
    const double t = (std::clamp(ratio, lo, hi) - lo) / (hi - lo);
    return static_cast<float>(t * track_width);
}

CompareAxis compare_axis(const std::vector<std::optional<double>>& ratios, float track_width, double max_ratio) {
    CompareAxis a;
    a.track_width = std::isfinite(track_width) && track_width > 0 ? track_width : 0.0f;
    a.hi = std::isfinite(max_ratio) && max_ratio > 0 ? max_ratio : 1.5;
    const bool negatives = std::any_of(ratios.begin(), ratios.end(),
                                       [](const std::optional<double>& r) { return r && *r < 0; });
    a.lo = negatives ? -a.hi : 0.0;
    a.zero_x = a.x_of(0.0);
    a.hundred_x = a.x_of(1.0);
    return a;
}

HBar compare_bar(const CompareAxis& axis, std::optional<double> ratio) {
    HBar b;
    if (!ratio || std::isnan(*ratio)) return b;
    b.present = true;
    const float x = axis.x_of(*ratio);
    b.x0 = std::min(x, axis.zero_x);
    b.x1 = std::max(x, axis.zero_x);
    b.clipped_low = *ratio < axis.lo;
    b.clipped_high = *ratio > axis.hi;
    return b;
}

} // namespace kpi
