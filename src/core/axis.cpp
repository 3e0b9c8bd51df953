#include "axis.h"

#include <cmath>

namespace kpi {

Axis nice_axis(double data_max, int target_ticks) {
    Axis a;
    if (!(data_max > 0) || !std::isfinite(data_max)) data_max = 1.0;
    if (target_ticks < 1) target_ticks = 1;
    const double raw = data_max / target_ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * mag;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * mag >= raw * (1 - 1e-12)) { step = m * mag; break; }
    }
    a.step = step;
    const int n = static_cast<int>(std::ceil(data_max / step - 1e-9));
    a.max = step * (n < 1 ? 1 : n);
    for (int i = 0; i <= (n < 1 ? 1 : n); ++i) a.ticks.push_back(step * i);
    return a;
}

} // namespace kpi
