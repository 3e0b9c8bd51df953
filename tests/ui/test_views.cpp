// The views, run natively in a headless ImGui: what they draw (their tap targets) and what a tap
// does to the AppState. The browser tests check the same through the real page; these are fast
// and show which view broke.
#include "headless_imgui.h"

#include "ui/frame_fingerprint.h"
#include "ui/navigation.h"
#include "ui/widgets.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <vector>

namespace {

std::vector<std::string> project_cards(const HeadlessUi& ui) {
    std::vector<std::string> ids;
    for (const auto& t : ui.output().nodes)
        if (t.id.rfind("project:", 0) == 0 && t.visible.w > 0) ids.push_back(t.id.substr(8));
    return ids;
}

} // namespace

TEST_CASE("phone overview: cards in report order, filter button beside the tabs, no side panel") {
    HeadlessUi ui(390, 2400);   // tall, so every card is on screen
    AppState app = app_with_sapporo();
    ui.frames(app);
    CHECK(project_cards(ui) == std::vector<std::string>{"uij-turn", "digital-innovation", "ishikari-lifestyle",
                                                         "smart-city", "shin-sapporo"});
    CHECK(ui.visible("tab:filters"));
    CHECK_FALSE(ui.visible("filter:clear"));   // the panel is a sheet on phones, closed
    for (const auto& n : ui.output().nodes) {
        if (n.visible.w <= 0) continue;
        const ui::SemRect& t = n.visible;
        INFO(n.id);
        CHECK(t.x >= 0);
        CHECK(t.x + t.w <= 390.5f);             // nothing sideways off the screen
    }
}

TEST_CASE("tapping a card opens the project; a KPI heading selects it; Back returns") {
    HeadlessUi ui(390, 4000);   // tall: selecting a KPI scrolls it to the top, Back stays in view
    AppState app = app_with_sapporo();
    ui.frames(app);
    REQUIRE(ui.tap(app, "project:uij-turn"));
    CHECK(app.view.project == "uij-turn");
    CHECK(app.view.kpi == 0);
    REQUIRE(ui.tap(app, "kpi:1"));
    CHECK(app.view.kpi == 1);
    REQUIRE(ui.tap(app, "back"));
    CHECK(app.view.project.empty());
}

TEST_CASE("touch targets are at least 44 px high") {
    HeadlessUi ui(390, 2400);
    AppState app = app_with_sapporo();
    app.ui.filter_sheet_open = true;
    ui.frames(app);
    int checked = 0;
    for (const auto& n : ui.output().nodes) {
        const std::string& id = n.id;
        if (n.visible.w <= 0) continue;
        if (id.rfind("filter:", 0) != 0 && id.rfind("tab:", 0) != 0 && id != "lang" && id != "share") continue;
        INFO(id);
        CHECK(n.visible.h >= 43.5f);
        ++checked;
    }
    CHECK(checked > 10);
}

TEST_CASE("wide screen: filter side panel; chips narrow the list") {
    HeadlessUi ui(1920, 3000);
    AppState app = app_with_sapporo();
    ui.frames(app);
    REQUIRE(ui.visible("filter:clear"));
    REQUIRE(ui.tap(app, "filter:app:joint"));
    CHECK(app.view.filters.application == kpi::Application::Joint);
    ui.frames(app);
    CHECK(project_cards(ui) == std::vector<std::string>{"uij-turn", "ishikari-lifestyle"});
    REQUIRE(ui.tap(app, "filter:clear"));
    ui.frames(app);
    CHECK(project_cards(ui).size() == 5);
}

TEST_CASE("the language control offers three languages, each named in its own, and switches") {
    HeadlessUi ui(320, 640);
    AppState app = app_with_sapporo();
    ui.frames(app);
    const ui::SemanticNode* button = ui.find("lang");
    REQUIRE(button);
    CHECK(button->name == "言語");
    CHECK((button->flags & ui::kSemHasPopup) != 0);
    CHECK_FALSE(ui.find("lang:easy"));
    REQUIRE(ui.tap(app, "lang"));
    CHECK(app.ui.lang_open);
    const char* const ids[] = {"lang:ja", "lang:easy", "lang:en"};
    const char* const names[] = {"日本語", "やさしい にほんご", "English"};
    const char* const langs[] = {"ja", "ja", "en"};
    for (int i = 0; i < 3; ++i) {
        const ui::SemanticNode* n = ui.find(ids[i]);
        REQUIRE(n);
        CHECK(n->name == names[i]);
        CHECK(n->lang == langs[i]);
        CHECK(n->role == ui::Role::Toggle);
        CHECK(!n->group.empty());   // one group: arrow keys move among the three
        CHECK(((n->flags & ui::kSemSelected) != 0) == (i == 0));
    }
    REQUIRE(ui.tap(app, "lang:easy"));
    CHECK(app.view.lang == kpi::Lang::Easy);
    CHECK(app.view.era == kpi::EraStyle::Western);   // 西暦 first in easy Japanese
    CHECK_FALSE(app.ui.lang_open);
    ui.frames(app, 2);
    CHECK(ui.output().lang == "ja");                 // <html lang> stays ja
    CHECK(ui.output().clipped_text == 0);
    REQUIRE(ui.find("lang"));
    CHECK(ui.find("lang")->name == "ことば");
    REQUIRE(ui.tap(app, "lang"));
    ui.escape(app);
    CHECK_FALSE(app.ui.lang_open);
    REQUIRE(ui.tap(app, "lang"));
    REQUIRE(ui.tap(app, "lang:en"));
    CHECK(app.view.lang == kpi::Lang::En);
}

TEST_CASE("a data error shows Retry, and Retry asks for the data again") {
    HeadlessUi ui(390, 844);
    AppState app;
    app.phase = LoadPhase::Failed;
    app.data_error = ui::Message::verbatim("data/x.json: at /programs/0/id: expected a slug");
    ui.frames(app);
    REQUIRE(ui.tap(app, "retry"));
    CHECK(app.retry_requested);
}

TEST_CASE("kiosk: QR card and pause control, no search field and no share button") {
    HeadlessUi ui(1920, 1080);
    AppState app = app_with_sapporo();
    app.mode = PageMode::Kiosk;
    app.frame.share_url = "https://example.invalid/?project=smart-city";
    ui.frames(app);
    CHECK(ui.output().nodes.end() != std::find_if(ui.output().nodes.begin(), ui.output().nodes.end(), [](const ui::SemanticNode& n) { return n.role == ui::Role::Image && n.visible.w > 0; }));
    CHECK(ui.visible("kiosk:pause"));
    CHECK_FALSE(ui.visible("search"));
    CHECK_FALSE(ui.visible("share"));
    CHECK_FALSE(ui.raised().kiosk_toggle_pause);
    REQUIRE(ui.tap(app, "kiosk:pause"));
    // The view only asks; src/app carries it out (core/kiosk.h decides).
    CHECK(ui.raised().kiosk_toggle_pause);
}

TEST_CASE("share panel: copy and CSV are requests to the platform; PNG needs a selected KPI") {
    HeadlessUi ui(390, 1400);
    AppState app = app_with_sapporo();
    app.frame.share_url = "https://example.invalid/";
    ui.frames(app);
    REQUIRE(ui.tap(app, "share"));
    CHECK(app.ui.share_open);
    REQUIRE(ui.tap(app, "share:copy"));
    CHECK(ui.raised().copy_link);
    REQUIRE(ui.tap(app, "share:csv"));
    CHECK(ui.raised().download_csv);
    REQUIRE(ui.tap(app, "share:png"));
    CHECK_FALSE(ui.raised().save_chart_png);   // disabled: no KPI selected
}

TEST_CASE("embed: one chart and the link to the full view, no app chrome") {
    HeadlessUi ui(600, 400);
    AppState app = app_with_sapporo();
    app.mode = PageMode::Embed;
    app.view.project = "smart-city";
    app.view.kpi = 3;
    ui.frames(app);
    CHECK(ui.visible("chart:3"));
    CHECK(ui.visible("embed:open"));
    CHECK_FALSE(ui.visible("lang"));
    CHECK_FALSE(ui.visible("tab:overview"));
    app.ui.keep_kpi_in_view = true;   // as a link with kpi= sets it: the picture must still settle
    ui.frames(app, 4);
    const std::uint64_t settled = ui::FrameFingerprint(ImGui::GetDrawData());
    ui.frames(app, 1);
    CHECK(ui::FrameFingerprint(ImGui::GetDrawData()) == settled);
}

TEST_CASE("a linked KPI is held in view while the page settles, and let go when the reader scrolls") {
    HeadlessUi ui(390, 844);
    AppState app = app_with_sapporo();
    ui::GoTo(app, [&] { kpi::ViewState v = app.view; v.project = "smart-city"; v.kpi = 3; return v; }());
    ui.frames(app, 6);
    REQUIRE(app.ui.keep_kpi_in_view);
    const ui::SemanticNode* k = ui.find("kpi:3");
    REQUIRE(k);
    CHECK(k->visible.h > 0);
    CHECK(k->rect.y < 844 / 2);
    const float held_at = k->rect.y;
    ui.scroll(app, -300);   // the reader scrolls up
    CHECK_FALSE(app.ui.keep_kpi_in_view);
    ui.frames(app, 3);
    REQUIRE(ui.find("kpi:3"));
    CHECK(ui.find("kpi:3")->rect.y > held_at + 200);   // not pulled back
}

TEST_CASE("text layout is cached: a frame like the last one breaks no line again") {
    HeadlessUi ui(390, 2400);
    AppState app = app_with_sapporo();
    ui.frames(app, 3);
    const ui::TextLayoutStats before = ui::TextLayoutCacheStats();
    ui.frames(app, 2);
    const ui::TextLayoutStats after = ui::TextLayoutCacheStats();
    CHECK(after.misses == before.misses);   // nothing new to break
    CHECK(after.hits > before.hits);
    // Another width is another layout.
    HeadlessUi wide(1280, 2400);
    wide.frames(app, 1);
    CHECK(ui::TextLayoutCacheStats().misses > after.misses);
}
