#include "achievement.h"

#include <cmath>

#include "format.h"

namespace kpi {

const char* to_string(Status s) {
    switch (s) {
    case Status::Met: return "met";
    case Status::NotMet: return "not-met";
    case Status::NoActual: return "no-actual";
    case Status::NoTarget: return "no-target";
    }
    return "no-target";
}

std::optional<Status> status_from_string(std::string_view s) {
    for (Status st : kAllStatuses)
        if (s == to_string(st)) return st;
    return std::nullopt;
}

namespace {
// A value as judged: below the finest printable precision (6 decimals) it is 0. A value of at
// least 1e-6 in size never rounds to 0 there, so it skips the rounding (its pow and round were
// most of a nationwide file's status work: ~26,000 KPIs, each judged on every count).
double judged(const Kpi&, double v) {
    if (std::fabs(v) >= 1e-6) return v;
    return round_to_decimals(v, 6) == 0.0 ? 0.0 : v;
}
} // namespace

Status year_status(const Kpi& kpi, const YearValue& y) {
    if (!y.plan) return Status::NoTarget;
    if (!y.actual) return Status::NoActual;
    const double plan = judged(kpi, *y.plan), actual = judged(kpi, *y.actual);
    const bool met = kpi.direction == Direction::Increase ? actual >= plan : actual <= plan;
    return met ? Status::Met : Status::NotMet;
}

std::optional<double> achievement_ratio(const Kpi& kpi, const YearValue& y) {
    if (!y.plan || !y.actual) return std::nullopt;
    // For "increase" KPIs the ratio is actual/plan; for "decrease" KPIs (lower is better) it is
    // plan/actual (an actual of 0 beats any plan). A ratio only measures progress towards a
    // positive plan: with a plan <= 0 (or, going down, an actual <= 0) the quotient's size says
    // nothing about how well it went (plan −10, actual −15 would be "150 %" though it was missed).
    const double plan = judged(kpi, *y.plan), actual = judged(kpi, *y.actual);
    if (plan <= 0.0) return std::nullopt;
    if (kpi.direction == Direction::Decrease && actual <= 0.0) return std::nullopt;
    return kpi.direction == Direction::Increase ? actual / plan : plan / actual;
}

std::optional<double> shortfall(const Kpi& kpi, const YearValue& y) {
    if (year_status(kpi, y) != Status::NotMet) return std::nullopt;
    const double gap = kpi.direction == Direction::Increase ? *y.plan - *y.actual : *y.actual - *y.plan;
    if (!std::isfinite(gap) || gap <= 0) return std::nullopt;
    return gap;
}

const YearValue* headline_year(const Kpi& kpi) {
    if (kpi.years.empty()) return nullptr;
    for (auto it = kpi.years.rbegin(); it != kpi.years.rend(); ++it)
        if (it->actual) return &*it;
    for (const auto& y : kpi.years)
        if (y.plan) return &y;
    return &kpi.years.back();
}

Status headline_status(const Kpi& kpi) {
    const YearValue* y = headline_year(kpi);
    return y ? year_status(kpi, *y) : Status::NoTarget;
}

void StatusCounts::add(Status s) {
    switch (s) {
    case Status::Met: ++met; break;
    case Status::NotMet: ++not_met; break;
    case Status::NoActual: ++no_actual; break;
    case Status::NoTarget: ++no_target; break;
    }
}

int StatusCounts::of(Status s) const {
    switch (s) {
    case Status::Met: return met;
    case Status::NotMet: return not_met;
    case Status::NoActual: return no_actual;
    case Status::NoTarget: return no_target;
    }
    return 0;
}

StatusCounts count_headline(const Project& p) {
    StatusCounts c;
    for (const auto& k : p.kpis) c.add(headline_status(k));
    return c;
}

StatusCounts count_headline(const Dataset& d) {
    StatusCounts c;
    for (const auto& prog : d.programs)
        for (const auto& p : prog.projects)
            for (const auto& k : p.kpis) c.add(headline_status(k));
    return c;
}

} // namespace kpi
