// What a citizen sees (issue 10): charts with negative values, tooltips that belong to their chart,
// the first phone screen, status explanations, out-of-period years, nothing cut at the right edge.
// Geometry is checked on what the views really drew: the vertices of ImGui's draw data.
#include "headless_imgui.h"

#include "core/achievement.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

namespace {

bool same_rgb(ImU32 a, ImU32 b) { return (a & 0x00FFFFFFu) == (b & 0x00FFFFFFu); }

// Every vertex drawn this frame in one of `colours` (alpha ignored: anti-aliasing fringes count).
std::vector<ImVec2> vertices_in(const std::vector<ImU32>& colours) {
    std::vector<ImVec2> out;
    ImDrawData* dd = ImGui::GetDrawData();
    if (!dd) return out;
    for (ImDrawList* dl : dd->CmdLists)
        for (const ImDrawVert& v : dl->VtxBuffer)
            for (ImU32 c : colours)
                if (same_rgb(v.col, c) && (v.col >> 24) != 0) { out.push_back(v.pos); break; }
    return out;
}

kpi::Kpi* find_kpi(AppState& app, const std::string& project, int no) {
    for (auto& prog : app.dataset->programs)
        for (auto& p : prog.projects)
            if (p.id == project)
                for (auto& k : p.kpis)
                    if (k.no == no) return &k;
    return nullptr;
}

// A net-migration-like KPI: △ values (negative plans and actuals) beside positive ones.
AppState app_with_negatives() {
    AppState app = app_with_sapporo();
    kpi::Kpi* k = find_kpi(app, "digital-innovation", 1);
    REQUIRE(k);
    k->years = {{2020, -40.0, -120.0}, {2021, 100.0, -67.0}, {2022, 50.0, 10.0}};
    return app;
}

} // namespace

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

namespace {

// Touch input as src/platform/web_backend.cpp delivers it: a press; a drag past the threshold
// releases the press off-item and scrolls with wheel events; a lifted finger leaves no hover.
struct Finger {
    HeadlessUi& ui;
    AppState& app;
    void down(float x, float y) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(0, true);
        ui.frames(app, 2);
    }
    void swipe(float x, float y, float dy) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        io.AddMouseButtonEvent(0, false);
        io.AddMousePosEvent(x, y);
        ui.frames(app, 1);
        for (int i = 0; i < 4; ++i) {
            io.AddMouseWheelEvent(0.0f, dy / 4 / (5.0f * ImGui::GetStyle().FontSizeBase));
            ui.frames(app, 1);
        }
    }
    void up(float x, float y, bool scrolled) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        if (!scrolled) {
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(0, false);
            ui.frames(app, 1);
        }
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        ui.frames(app, 3);
    }
    void tap(float x, float y) { down(x, y); up(x, y, false); }
};

ImVec2 centre_of(const ui::SemanticNode* n) { return ImVec2(n->visible.x + n->visible.w / 2, n->visible.y + n->visible.h / 2); }

} // namespace

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
        CHECK(met->group.find(lang == kpi::Lang::En ? "counts projects" : "事業数") != std::string::npos);
    }
}

TEST_CASE("a row of the first screen opens its project") {
    HeadlessUi ui(390, 844);
    AppState app = app_with_sapporo();
    ui.frames(app, 4);
    REQUIRE(ui.tap(app, "glance:smart-city"));
    CHECK(app.view.project == "smart-city");
}

namespace {
bool has_text(const HeadlessUi& ui, const std::string& text) {
    for (const auto& n : ui.output().nodes)
        if (n.role == ui::Role::Text && n.name == text) return true;
    return false;
}
} // namespace

TEST_CASE("status explanations open from each legend item and badge (tap or Enter)") {
    HeadlessUi ui(390, 2400);
    AppState app = app_with_sapporo();
    ui.frames(app, 4);
    const std::vector<std::pair<std::string, int>> legend = {
        {"met", 0}, {"not-met", 1}, {"no-actual", 2}, {"no-target", 3}, {"achievement", ui::kTermAchievement}};
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
    CHECK(has_text(ui, ui::term_explanation(1, kpi::Lang::Ja)));   // KPI② was not met in its latest year
    REQUIRE(ui.activate(app, "status:kpi:2:close"));
    CHECK(app.ui.explain_id.empty());
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

TEST_CASE("the kiosk names the project on every KPI step (its heading is scrolled above the screen)") {
    AppState app = app_with_sapporo();
    app.kiosk.active = true;
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
    app.kiosk.active = false;   // the ordinary project page has the name in its heading only
    HeadlessUi ui(1280, 800);
    ui.frames(app, 3);
    CHECK_FALSE(has_text(ui, "事業：" + app.dataset->find_project(app.view.project)->name.in(kpi::Lang::Ja)));
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

TEST_CASE("a missed target says by how much; English shows western years by default") {
    HeadlessUi ui(390, 4000);
    AppState app = app_with_sapporo();
    app.view.project = "smart-city";
    ui.frames(app, 4);
    CHECK(has_text(ui, "計画まで あと 18,680件"));
    const ui::SemanticNode* year = ui.find("chart:2:2022");
    REQUIRE(year);
    CHECK(year->name.find("計画まで あと 18,680件") != std::string::npos);
    // The language button: English with 2022-style years (the reader chose no era).
    REQUIRE(ui.tap(app, "lang"));
    CHECK(app.view.lang == kpi::Lang::En);
    CHECK(app.view.era == kpi::EraStyle::Western);
    ui.frames(app, 3);
    CHECK(has_text(ui, "18,680 short of plan"));
    REQUIRE(ui.tap(app, "lang"));
    CHECK(app.view.era == kpi::EraStyle::Japanese);
}

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

TEST_CASE("kiosk: no filter side panel; it says the screen can be touched") {
    HeadlessUi ui(1920, 1080);
    AppState app = app_with_sapporo();
    app.kiosk.active = true;
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
