#include "axis.h"

#include <cmath>

namespace kpi {
namespace {

double nice_step(double span, int target_ticks) {
    const double raw = span / target_ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= raw * (1 - 1e-12)) return m * mag;
    return 10.0 * mag;
}

} // namespace

Axis nice_axis(double data_max, int target_ticks) { return nice_axis_range(0.0, data_max, target_ticks); }

Axis nice_axis_range(double data_min, double data_max, int target_ticks) {
    Axis a;
    if (!std::isfinite(data_min) || data_min > 0) data_min = 0;
    if (!std::isfinite(data_max) || data_max < 0) data_max = 0;
    if (data_max - data_min <= kMinAxisSpan) {
        data_min = 0;
        data_max = 1.0;
    }
    if (target_ticks < 1) target_ticks = 1;
    const double step = nice_step(data_max - data_min, target_ticks);
    a.step = step;
    // Whole steps below and above zero (the tolerance keeps an exact fit from adding a step).
    const int below = data_min < 0 ? static_cast<int>(std::ceil(-data_min / step - 1e-9)) : 0;
    int above = data_max > 0 ? static_cast<int>(std::ceil(data_max / step - 1e-9)) : 0;
    if (below + above < 1) above = 1;
    a.min = below == 0 ? 0.0 : -step * below;
    a.max = step * above;
    for (int i = -below; i <= above; ++i) a.ticks.push_back(i == 0 ? 0.0 : step * i);
    return a;
}

} // namespace kpi
