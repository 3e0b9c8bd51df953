// Shared widgets (ui/widgets.cpp): the status explanations.
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

TEST_CASE("status explanations open from each legend item and badge (tap or Enter)") {
    HeadlessUi ui(390, 2400);
    AppState app = app_with_sapporo();
    ui.frames(app, 4);
    const std::vector<std::pair<std::string, ui::Term>> legend = {
        {"met", ui::Term::Met}, {"not-met", ui::Term::NotMet}, {"no-actual", ui::Term::NoActual}, {"no-target", ui::Term::NoTarget}, {"achievement", ui::Term::Achievement}};
    for (const auto& [key, term] : legend) {
        INFO(key);
        const std::string id = "legend:" + key;
        REQUIRE(ui.visible(id));
        REQUIRE(ui.tap(app, id));
        CHECK(has_text(ui, ui::term_explanation(term, kpi::Lang::Ja)));
        CHECK(ui.visible(id + ":close"));
        REQUIRE(ui.activate(app, id));   // Enter on the same item closes it
        CHECK_FALSE(has_text(ui, ui::term_explanation(term, kpi::Lang::Ja)));
    }
    // A KPI's own status badge on the project page.
    app.view.project = "smart-city";
    ui.frames(app, 4);
    REQUIRE(ui.find("status:kpi:2"));
    REQUIRE(ui.activate(app, "status:kpi:2"));
    CHECK(has_text(ui, ui::term_explanation(ui::Term::NotMet, kpi::Lang::Ja)));   // KPI② was not met in its latest year
    REQUIRE(ui.activate(app, "status:kpi:2:close"));
    CHECK(app.ui.explain_id.empty());
}
