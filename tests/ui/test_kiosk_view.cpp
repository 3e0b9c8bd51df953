// The kiosk overlay and its views (ui/kiosk_view.cpp).
// Geometry is checked on what the views really drew: the vertices of ImGui's draw data.
#include "view_fixtures.h"

#include "core/achievement.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

using namespace view_fixtures;

TEST_CASE("the kiosk names the project on every KPI step (its heading is scrolled above the screen)") {
    AppState app = app_with_sapporo();
    app.mode = PageMode::Kiosk;
    for (const auto& prog : app.dataset->programs)
        for (const auto& p : prog.projects)
            for (const auto& k : p.kpis) {
                INFO(p.id << " KPI " << k.no);
                app.view.project = p.id;
                app.view.kpi = k.no;
                HeadlessUi ui(1920, 1080);
                ui.frames(app, 3);
                CHECK(has_text(ui, "事業：" + p.name.in(kpi::Lang::Ja)));
            }
    app.mode = PageMode::Normal;   // the ordinary project page has the name in its heading only
    HeadlessUi ui(1280, 800);
    ui.frames(app, 3);
    CHECK_FALSE(has_text(ui, "事業：" + app.dataset->find_project(app.view.project)->name.in(kpi::Lang::Ja)));
}

TEST_CASE("kiosk: no filter side panel; it says the screen can be touched") {
    HeadlessUi ui(1920, 1080);
    AppState app = app_with_sapporo();
    app.mode = PageMode::Kiosk;
    app.frame.share_url = "https://example.invalid/";
    ui.frames(app, 4);
    CHECK_FALSE(ui.visible("filter:clear"));
    CHECK_FALSE(ui.visible("filter:status:met"));
    bool hint = false;
    for (const auto& n : ui.output().nodes)
        if (n.role == ui::Role::Heading && n.name == tr(Str::KioskTouchHint, kpi::Lang::Ja) && n.visible.w > 0) hint = true;
    CHECK(hint);
    // Filters open in place (no dialog) from 「絞り込み」 beside the view tabs, and close again.
    REQUIRE(ui.tap(app, "tab:filters"));
    CHECK(app.ui.filter_sheet_open);
    CHECK(ui.output().dialog.empty());
    REQUIRE(ui.tap(app, "filter:app:joint"));
    CHECK(app.view.filters.application == kpi::Application::Joint);
    REQUIRE(ui.tap(app, "tab:filters"));
    CHECK_FALSE(app.ui.filter_sheet_open);
    app.view.filters = kpi::Filters{};
    ui.frames(app, 3);
    // The content column starts at the left, where the side panel was.
    const ui::SemanticNode* first = ui.find("glance:uij-turn");
    REQUIRE(first);
    CHECK(first->rect.x < 400);
}
