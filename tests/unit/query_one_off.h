// One-off forms of kpi::FilterIndex::evaluate for tests: each builds an index for one question.
// (Only tests ask these; the viewer keeps one index per dataset in AppState.)
#pragma once

#include "core/query.h"

namespace query_test {

inline int count_visible(const kpi::Dataset& d, const kpi::Filters& f) {
    return static_cast<int>(kpi::FilterIndex(d).evaluate(f).visible.size());
}
inline std::vector<kpi::FyChoice> fy_choices(const kpi::Dataset& d, const kpi::Filters& f) { return kpi::FilterIndex(d).evaluate(f).fy; }
inline std::vector<kpi::AppChoice> app_choices(const kpi::Dataset& d, const kpi::Filters& f) { return kpi::FilterIndex(d).evaluate(f).app; }
inline std::vector<kpi::StatusChoice> status_choices(const kpi::Dataset& d, const kpi::Filters& f) { return kpi::FilterIndex(d).evaluate(f).status; }
inline std::vector<kpi::UnitChoice> unit_choices(const kpi::Dataset& d, const kpi::Filters& f) { return kpi::FilterIndex(d).evaluate(f).unit; }

} // namespace query_test
