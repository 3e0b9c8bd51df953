// The URL is the single source of truth for "where am I": opening a link or going Back/Forward sets
// the view from it, and every change of view is written back (push for navigation, replace for
// filters/language) so that the address bar can always be shared.
#pragma once

#include "core/view_url.h"
#include "ui/app_state.h"

#include <string>

namespace app {

class UrlSync {
public:
    // Opening a link (initial) or Back/Forward: the URL decides the view. Returns what was decoded,
    // for the page options (data, embed, kiosk) that only the first URL sets.
    kpi::DecodedView apply(AppState& a, const std::string& query);
    // A link may name a project or KPI this dataset lacks (renamed, removed): show the overview
    // and say so, and correct the link.
    void check_against_data(AppState& a);
    // After a frame: show the current view in the address bar.
    void write_back(const AppState& a);

private:
    kpi::ViewState shown_;        // the view the address bar shows
    bool replace_next_ = false;   // the next write corrects the link: no new history entry
};

} // namespace app
