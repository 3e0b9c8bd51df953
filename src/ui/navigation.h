// View changes in one place, so that every way of moving (tap, link, Back, kiosk) does the same.
#pragma once

#include "ui/app_state.h"

namespace ui {

// Show `v`: a selected KPI is scrolled into view, any other page starts at the top. Links,
// Back/Forward and the kiosk loop come through here too.
void GoTo(AppState& app, const kpi::ViewState& v);
void OpenProject(AppState& app, const std::string& project_id, int kpi_no = 0);
void SelectKpi(AppState& app, int kpi_no);
void GoToOverview(AppState& app);
void SetMode(AppState& app, kpi::ViewMode mode);

} // namespace ui
