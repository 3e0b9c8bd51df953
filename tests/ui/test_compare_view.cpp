// The compare view (ui/compare_view.cpp): bars inside their track, no rate where a plan is 0 or below,
// years outside a project's period.
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

TEST_CASE("negative values: compare bars stay inside their track, a -67 % bar runs left of the zero line") {
    for (float width : {390.0f, 1920.0f}) {
        INFO("width " << width);
        HeadlessUi ui(width, 6000);
        AppState app = app_with_negatives();
        app.view.mode = kpi::ViewMode::Compare;
        app.view.compare_fy = 2021;
        ui.frames(app, 4);
        const auto tracks = vertices_in({IM_COL32(0xF0, 0xF3, 0xF6, 255)});
        REQUIRE(!tracks.empty());
        float tx0 = 1e9f, tx1 = -1e9f;
        for (const ImVec2& v : tracks) { tx0 = std::min(tx0, v.x); tx1 = std::max(tx1, v.x); }
        const auto bars = vertices_in({theme::kMet, theme::kNotMet});
        int checked = 0;
        for (const ImVec2& v : bars) {
            // status colours are also text (badges elsewhere): only what lies on a track's rows
            bool on_track_row = false;
            for (const ImVec2& t : tracks)
                if (std::abs(t.y - v.y) < 0.01f) on_track_row = true;
            if (!on_track_row) continue;
            ++checked;
            CHECK(v.x >= tx0 - 0.5f);
            CHECK(v.x <= tx1 + 0.5f);
        }
        CHECK(checked > 0);
        // The KPI row whose ratio is negative says so.
        const ui::SemanticNode* row = ui.find("compare:digital-innovation:1");
        REQUIRE(row);
        CHECK(row->name.find("67%") != std::string::npos);
    }
}

TEST_CASE("negative plan: the compare view gives no rate and no bar (plan -40, actual -120 is not 300 %)") {
    HeadlessUi ui(390, 6000);
    AppState app = app_with_negatives();
    app.view.mode = kpi::ViewMode::Compare;
    app.view.compare_fy = 2020;
    ui.frames(app, 4);
    const ui::SemanticNode* row = ui.find("compare:digital-innovation:1");
    REQUIRE(row);
    INFO(row->name);
    CHECK(row->name.find("300") == std::string::npos);
    CHECK(row->name.find("%") == std::string::npos);
    CHECK(row->name.find("未達成") != std::string::npos);
}

TEST_CASE("compare view: years outside a project's period are called so, never 目標なし") {
    for (kpi::Lang lang : kpi::kLangs) {
        INFO(kpi::to_string(lang));
        HeadlessUi ui(390, 6000);
        AppState app = app_with_sapporo();
        app.view.lang = lang;
        app.view.mode = kpi::ViewMode::Compare;
        app.view.compare_fy = 2023;   // UIJ ran 2019-2022
        ui.frames(app, 4);
        const ui::SemanticNode* uij = ui.find("compare:uij-turn:1");
        REQUIRE(uij);
        CHECK(uij->name.find(tr(Str::OutOfPeriod, lang)) != std::string::npos);
        CHECK(uij->name.find(lang == kpi::Lang::En ? "no target" : "目標なし") == std::string::npos);
        app.view.compare_fy = 2022;   // shin-sapporo was adopted in 2023
        ui.frames(app, 3);
        const ui::SemanticNode* shin = ui.find("compare:shin-sapporo:1");
        REQUIRE(shin);
        CHECK(shin->name.find(tr(Str::OutOfPeriod, lang)) != std::string::npos);
        CHECK(ui.find("compare-legend:no-target"));
    }
}
