#include "ui/navigation.h"

namespace ui {

void OpenProject(AppState& app, const std::string& project_id, int kpi_no) {
    app.view.project = project_id;
    app.view.kpi = kpi_no;
    app.reset_scroll = kpi_no == 0;
    app.scroll_to_kpi = kpi_no != 0 ? 3 : 0;
}

void SelectKpi(AppState& app, int kpi_no) {
    app.view.kpi = kpi_no;
    app.scroll_to_kpi = 3;
}

void GoToOverview(AppState& app) {
    app.view.project.clear();
    app.view.kpi = 0;
    app.reset_scroll = true;
}

void SetMode(AppState& app, kpi::ViewMode mode) {
    app.view.mode = mode;
    app.view.project.clear();
    app.view.kpi = 0;
    app.reset_scroll = true;
}

} // namespace ui
