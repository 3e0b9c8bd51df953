// The KPI chart (ui/kpi_chart.cpp): negative values inside the plot, a tooltip that belongs to its
// chart, a missed target said with its shortfall.
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

TEST_CASE("negative values: bars on both sides of the zero line, all inside the plot (phone)") {
    HeadlessUi ui(390, 4000);
    AppState app = app_with_negatives();
    app.view.project = "digital-innovation";
    ui.frames(app, 4);
    const ui::SemanticNode* chart = ui.find("chart:1");
    REQUIRE(chart);
    const ui::SemRect c = chart->rect;
    // The plot ends above the fiscal-year labels (a font line and a gap at the bottom of the chart).
    const float plot_bottom = c.y + c.h - ImGui::GetFontSize() - 10.0f;
    const ui::SemanticNode* next_card = ui.find("kpi:2");   // the next KPI card has its own legend swatches
    REQUIRE(next_card);
    int in_chart = 0;
    float lowest = -1e9f;
    for (const ImVec2& v : vertices_in({theme::kActual, theme::kPlan, theme::kPlanEdge})) {
        if (v.x < c.x - 1 || v.x > c.x + c.w + 1 || v.y < c.y || v.y >= next_card->rect.y) continue;   // this chart's column
        ++in_chart;
        INFO("vertex at y " << v.y << ", plot " << c.y << ".." << plot_bottom);
        CHECK(v.y <= plot_bottom + 0.5f);   // never over the year labels or below the chart
        lowest = std::max(lowest, v.y);
    }
    CHECK(in_chart > 20);
    // The negative bars reach well below the middle of the plot (they hang from the zero line).
    CHECK(lowest > c.y + c.h * 0.6f);
}

TEST_CASE("phone: a tooltip belongs to its chart (swipe, scroll, tap elsewhere)") {
    HeadlessUi ui(390, 2600);
    AppState app = app_with_sapporo();
    app.view.project = "smart-city";
    ui.frames(app, 4);
    Finger f{ui, app};
    const ui::SemanticNode* year = ui.find("chart:2:2023");
    REQUIRE(year);
    REQUIRE(ui.visible("chart:2:2023"));
    const ImVec2 c = centre_of(year);

    SUBCASE("a tap pins the year's tooltip; a tap on a blank area closes it") {
        f.tap(c.x, c.y);
        CHECK(ui.output().tooltip == "chart:2:2023");
        f.tap(3.0f, c.y);   // the page margin beside the card
        CHECK(ui.output().tooltip == "");
    }
    SUBCASE("a swipe that starts on a chart leaves no tooltip") {
        f.down(c.x, c.y);
        f.swipe(c.x, c.y + 10, -300);
        f.up(c.x, c.y - 300, true);
        CHECK(ui.output().tooltip == "");
        ui.frames(app, 3);
        CHECK(ui.output().tooltip == "");
    }
    SUBCASE("a pinned tooltip never outlives a scroll") {
        f.tap(c.x, c.y);
        REQUIRE(ui.output().tooltip == "chart:2:2023");
        ImGui::GetIO().AddMouseWheelEvent(0.0f, -1.0f);
        ui.frames(app, 3);
        CHECK(ui.output().tooltip == "");
    }
    SUBCASE("a tap on another chart moves the one tooltip there (never two)") {
        f.tap(c.x, c.y);
        const ui::SemanticNode* other = ui.find("chart:3:2022");
        REQUIRE(other);
        const ImVec2 o = centre_of(other);
        f.tap(o.x, o.y);
        CHECK(ui.output().tooltip == "chart:3:2022");
        const ui::SemanticNode* first = ui.find("chart:2:2023");
        REQUIRE(first);
        CHECK((first->flags & ui::kSemSelected) == 0);
    }
}

TEST_CASE("a missed target says by how much; English shows western years by default") {
    HeadlessUi ui(390, 4000);
    AppState app = app_with_sapporo();
    app.view.project = "smart-city";
    ui.frames(app, 4);
    CHECK(has_text(ui, "計画まで あと 18,680件"));
    const ui::SemanticNode* year = ui.find("chart:2:2022");
    REQUIRE(year);
    CHECK(year->name.find("計画まで あと 18,680件") != std::string::npos);
    // The language control: English with 2022-style years (the reader chose no era).
    REQUIRE(ui.tap(app, "lang"));
    REQUIRE(ui.tap(app, "lang:en"));
    CHECK(app.view.lang == kpi::Lang::En);
    CHECK(app.view.era == kpi::EraStyle::Western);
    ui.frames(app, 3);
    CHECK(has_text(ui, "18,680 short of plan"));
    REQUIRE(ui.tap(app, "lang"));
    REQUIRE(ui.tap(app, "lang:ja"));
    CHECK(app.view.era == kpi::EraStyle::Japanese);
}
