// Round axis ticks for charts: a "nice" range in steps of 1, 2, 2.5 or 5 x 10^k that always
// contains 0 (so bars can start at the zero line, above it or below it).
#pragma once

#include <vector>

namespace kpi {

struct Axis {
    double max = 1.0;            // top of the axis (>= data max)
    double step = 1.0;
    std::vector<double> ticks;   // min, min+step, … 0 …, max (0 is always one of them)
    double min = 0.0;            // bottom of the axis (<= data min, <= 0)
};

// Spans smaller than this are treated as no span (the format's finest precision is 1e-6), so a
// subnormal such as 5e-324 cannot make a step of 0 and a tick count of infinity.
constexpr double kMinAxisSpan = 1e-9;

// 0 .. data_max. data_max <= kMinAxisSpan or not finite gives the axis 0..1. target_ticks is the
// wanted number of steps.
Axis nice_axis(double data_max, int target_ticks = 4);

// data_min .. data_max widened to include 0 (negative values get ticks below the zero line).
// Non-finite bounds are ignored; an empty span gives 0..1. At most about 2 x target_ticks steps.
Axis nice_axis_range(double data_min, double data_max, int target_ticks = 4);

} // namespace kpi
