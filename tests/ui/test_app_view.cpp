// The page frame (ui/app_view.cpp): nothing cut at the right edge, the clipped-text counter, the top bar's title.
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

TEST_CASE("nothing is cut at the right edge: no clipped text in any view at 390 and 320 px") {
    for (float width : {390.0f, 320.0f})
        for (kpi::Lang lang : kpi::kLangs) {
            AppState app = app_with_sapporo();
            app.view.lang = lang;
            std::vector<std::string> pages = {"", "compare"};
            for (const auto& prog : app.dataset->programs)
                for (const auto& p : prog.projects) pages.push_back(p.id);
            for (const std::string& page : pages) {
                INFO(width << " px, " << kpi::to_string(lang) << ", " << (page.empty() ? "overview" : page));
                HeadlessUi ui(width, 9000);   // tall: everything drawn at once
                app.view.project = page == "compare" ? "" : page;
                app.view.mode = page == "compare" ? kpi::ViewMode::Compare : kpi::ViewMode::Overview;
                ui.frames(app, 4);
                CHECK(ui.output().clipped_text == 0);
            }
        }
}

TEST_CASE("the clipped-text counter sees text cut at the screen's edge") {
    HeadlessUi ui(390, 844);
    ui::FrameInput in;
    ui::FrameOutput out;
    int counted = 0;
    for (int frame = 0; frame < 3; ++frame) {   // a new window is hidden in its first frame
        ImGui::NewFrame();
        {
            ui::FrameScope scope(in, out);
            ImGui::SetNextWindowPos(ImVec2(300, 10));
            ImGui::SetNextWindowSize(ImVec2(400, 100));
            ImGui::Begin("##wide", nullptr, ImGuiWindowFlags_NoDecoration);
            ImGui::TextUnformatted("A line far too long to fit in the ninety pixels left of the screen");
            ImGui::End();
            counted = ui::CountClippedText();
        }
        ImGui::Render();
    }
    // ImGui leaves out the glyphs wholly beyond the clip: the one cut across is what is seen.
    CHECK(counted >= 1);
}

TEST_CASE("the top bar's title is never cut silently: smaller type first, then 「…」, counted as clipped") {
    for (float width : {320.0f, 390.0f, 1280.0f}) {
        INFO(width << " px");
        AppState app = app_with_sapporo();
        app.view.lang = kpi::Lang::En;
        HeadlessUi ui(width, 800);
        ui.frames(app, 3);
        CHECK(ui.output().clipped_text == 0);   // the real title fits (four lines in smaller type at 320 px)
        std::string endless;
        for (int i = 0; i < 12; ++i) endless += "A title far too long for any top bar ";
        app.dataset->title.by_lang["en"] = endless;
        ui.frames(app, 3);
        CHECK(ui.output().clipped_text >= 1);   // cut at the bar's last line: counted
    }
}
