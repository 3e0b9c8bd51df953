// What the user is looking at, as one plain struct. It is the single source of truth for
// "where am I": share links, Back/Forward, kiosk rotation and tests all go through it.
#pragma once

#include "format.h"
#include "lang.h"
#include "query.h"

#include <optional>
#include <string>

namespace kpi {

enum class ViewMode { Overview, Compare };   // project list / cross-project achievement chart

struct ViewState {
    Lang lang = Lang::Ja;
    EraStyle era = EraStyle::Japanese;
    // The era was chosen (era= in the link, or the year-format chips), so it stays in links and
    // does not follow the language. Not part of ==: it says how `era` came about, not what is shown.
    bool era_chosen = false;
    ViewMode mode = ViewMode::Overview;
    std::string project;                     // "" = no project open
    int kpi = 0;                             // KPI "no" in the open project; 0 = none selected
    std::optional<int> compare_fy;           // fiscal year of the Compare chart (empty = latest)
    Filters filters;

    bool operator==(const ViewState& o) const {
        return lang == o.lang && era == o.era && mode == o.mode && project == o.project &&
               kpi == o.kpi && compare_fy == o.compare_fy && filters == o.filters;
    }
    bool operator!=(const ViewState& o) const { return !(*this == o); }
};

} // namespace kpi
