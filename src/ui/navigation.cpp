#include "ui/navigation.h"

namespace ui {

void GoTo(AppState& app, const kpi::ViewState& v) {
    app.view = v;
    app.ui.reset_scroll = v.kpi == 0;
    app.ui.keep_kpi_in_view = v.kpi != 0;
}

void OpenProject(AppState& app, const std::string& project_id, int kpi_no) {
    kpi::ViewState v = app.view;
    v.project = project_id;
    v.kpi = kpi_no;
    GoTo(app, v);
}

void SelectKpi(AppState& app, int kpi_no) { OpenProject(app, app.view.project, kpi_no); }

void GoToOverview(AppState& app) { OpenProject(app, "", 0); }

void SetMode(AppState& app, kpi::ViewMode mode) {
    kpi::ViewState v = app.view;
    v.mode = mode;
    v.project.clear();
    v.kpi = 0;
    GoTo(app, v);
}

} // namespace ui
