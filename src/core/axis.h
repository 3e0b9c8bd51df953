// Round axis ticks for charts: 0 .. a "nice" maximum in steps of 1, 2 or 5 x 10^k.
#pragma once

#include <vector>

namespace kpi {

struct Axis {
    double max = 1.0;            // top of the axis (>= data max)
    double step = 1.0;
    std::vector<double> ticks;   // 0, step, 2*step, … max
};

// data_max <= 0 or not finite gives the axis 0..1. target_ticks is the wanted number of steps.
Axis nice_axis(double data_max, int target_ticks = 4);

} // namespace kpi
