// The share panel (ui/share_panel.cpp).
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

TEST_CASE("share panel: the selected chart's embed code, copied through a request") {
    HeadlessUi ui(390, 2400);
    AppState app = app_with_sapporo();
    app.frame.share_url = "https://example.invalid/?project=smart-city&kpi=2";
    app.view.project = "smart-city";
    app.view.kpi = 2;
    app.ui.share_open = true;
    ui.frames(app, 4);
    CHECK(app.frame.embed_code.rfind("<iframe src=\"https://example.invalid/?project=smart-city&amp;kpi=2&amp;embed=1\"", 0) == 0);
    CHECK(app.frame.embed_code.find("title=\"") != std::string::npos);
    CHECK(has_text(ui, app.frame.embed_code));
    CHECK(ui.output().clipped_text == 0);   // the long snippet wraps
    REQUIRE(ui.tap(app, "share:embed"));
    CHECK(ui.raised().copy_embed);
    // Without a selected KPI there is nothing to embed.
    app.view.kpi = 0;
    app.frame.share_url = "https://example.invalid/?project=smart-city";
    ui.frames(app, 3);
    CHECK(app.frame.embed_code.empty());
    REQUIRE(ui.tap(app, "share:embed"));
    CHECK_FALSE(ui.raised().copy_embed);
}
