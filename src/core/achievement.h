// Achievement maths: how far an actual went towards its plan, and the status of a KPI-year.
//
// Rules (tested in tests/unit/test_achievement.cpp):
//  - achievement exists only where plan and actual are both numbers;
//  - a value whose magnitude is below the format's finest precision (decimals <= 6, so
//    |v| < 0.0000005) is judged as exactly 0, as format_number prints it: a plan of 5e-324
//    (subnormal) is a plan of 0 (an actual of 0 meets it, and there is no ratio), instead of
//    "0.000000 vs 0: not met" and ratios of 1e300 or inf. Other values are judged as they are;
//  - ratio = actual / plan (Increase) or plan / actual (Decrease), and only where it measures
//    progress: a plan <= 0 has no ratio (0: division by zero; negative: −15 / −10 = 150 % would
//    call a worse result an over-achievement), nor has a Decrease KPI whose actual is <= 0. Such a
//    year still has its status (met / not met), which compares the two values directly;
//  - plan 0 (Increase): the year is met when actual >= 0;
//  - status: plan missing -> NoTarget; else actual missing -> NoActual; else Met / NotMet
//    (Met when actual >= plan for Increase, actual <= plan for Decrease).
#pragma once

#include "model.h"

#include <optional>

namespace kpi {

enum class Status { Met, NotMet, NoActual, NoTarget };
// Every status, in the order the viewer lists them (legend, filters, counts).
constexpr Status kAllStatuses[] = {Status::Met, Status::NotMet, Status::NoActual, Status::NoTarget};

const char* to_string(Status s);   // "met" / "not-met" / "no-actual" / "no-target"
std::optional<Status> status_from_string(std::string_view s);

Status year_status(const Kpi& kpi, const YearValue& y);

// actual/plan as a fraction (1.0 = 100 %), or empty when it does not exist.
std::optional<double> achievement_ratio(const Kpi& kpi, const YearValue& y);
// How far a missed target was missed, as a positive amount in the KPI's unit (plan - actual, or
// actual - plan for a KPI meant to go down); empty unless the year's status is NotMet.
std::optional<double> shortfall(const Kpi& kpi, const YearValue& y);

// The year a KPI is judged by in an overview: the latest year with an actual value; when no
// year has an actual, the first year that has a plan; when neither, the last listed year.
// nullptr when the KPI has no years.
const YearValue* headline_year(const Kpi& kpi);
Status headline_status(const Kpi& kpi);

struct StatusCounts {
    int met = 0, not_met = 0, no_actual = 0, no_target = 0;
    int total() const { return met + not_met + no_actual + no_target; }
    int of(Status s) const;
    void add(Status s);
};

StatusCounts count_headline(const Project& p);
StatusCounts count_headline(const Dataset& d);

} // namespace kpi
