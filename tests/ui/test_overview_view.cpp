// The overview (ui/overview_view.cpp): the phone's first screen, its rows, the partners on a card.
// Geometry is checked on what the views really drew: the vertices of ImGui's draw data.
#include "view_fixtures.h"

#include "core/achievement.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

using namespace view_fixtures;

TEST_CASE("phone first screen (390x844): every project with its outcome; counts say what they count") {
    for (kpi::Lang lang : kpi::kLangs) {
        INFO(kpi::to_string(lang));
        HeadlessUi ui(390, 844);
        AppState app = app_with_sapporo();
        app.view.lang = lang;
        ui.frames(app, 4);
        int rows = 0;
        for (const auto& prog : app.dataset->programs)
            for (const auto& p : prog.projects) {
                const ui::SemanticNode* n = ui.find("glance:" + p.id);
                INFO(p.id);
                REQUIRE(n);
                CHECK(n->visible.h >= n->rect.h - 0.5f);           // wholly on the first screen
                CHECK(n->visible.y + n->visible.h <= 844.0f);
                CHECK(n->visible.h >= 43.5f);                      // a touch target
                CHECK(n->name.find(p.name.in(lang)) == 0);
                const kpi::StatusCounts c = kpi::count_headline(p);
                for (kpi::Status st : kpi::kAllStatuses)
                    if (c.of(st)) CHECK(n->name.find(std::string(ui::status_label(st, lang)) + " " + std::to_string(c.of(st))) != std::string::npos);
                ++rows;
            }
        CHECK(rows == 5);
        // The filter chips count projects and say so (their group, read with them, and the section title).
        app.ui.filter_sheet_open = true;
        ui.frames(app, 3);
        const ui::SemanticNode* met = ui.find("filter:status:met");
        REQUIRE(met);
        const char* counts = lang == kpi::Lang::En ? "counts projects" : lang == kpi::Lang::Easy ? "事業の 数" : "事業数";
        CHECK(met->group.find(counts) != std::string::npos);
    }
}

TEST_CASE("a row of the first screen opens its project") {
    HeadlessUi ui(390, 844);
    AppState app = app_with_sapporo();
    ui.frames(app, 4);
    REQUIRE(ui.tap(app, "glance:smart-city"));
    CHECK(app.view.project == "smart-city");
}

TEST_CASE("a joint application's card names every partner") {
    for (kpi::Lang lang : kpi::kLangs) {
        AppState app = app_with_sapporo();
        app.view.lang = lang;
        for (auto& prog : app.dataset->programs)
            for (auto& p : prog.projects)
                if (p.id == "uij-turn") {
                    p.partners.clear();
                    kpi::Text a, b;
                    a.by_lang = {{"ja", "南川村"}, {"en", "Minamikawa Village"}};
                    b.by_lang = {{"ja", "東山町"}, {"en", "Higashiyama Town"}};
                    p.partners = {a, b};
                }
        for (float width : {390.0f, 320.0f}) {
            HeadlessUi ui(width, 4000);
            ui.frames(app, 4);
            const ui::SemanticNode* card = ui.find("project:uij-turn");
            REQUIRE(card);
            INFO(card->description);
            CHECK(card->description.find(lang == kpi::Lang::En ? "Minamikawa Village" : "南川村") != std::string::npos);
            CHECK(card->description.find(lang == kpi::Lang::En ? "Higashiyama Town" : "東山町") != std::string::npos);
            CHECK(ui.output().clipped_text == 0);
        }
    }
}
