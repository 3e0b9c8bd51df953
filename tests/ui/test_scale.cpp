// The views at national scale: with a thousand projects only what is near the screen is drawn
// (ui/lazy_list.h), yet scrolling passes every project, and a city-sized report is drawn whole.
#include "headless_imgui.h"
#include "../unit/query_one_off.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace {

// Sapporo's report repeated `copies` times (ids made unique): 5 x copies projects.
AppState app_with_copies(int copies) {
    AppState app = app_with_sapporo();
    kpi::Dataset big = *app.dataset;
    const std::vector<kpi::Program> programs = big.programs;
    for (int c = 1; c < copies; ++c)
        for (kpi::Program prog : programs) {
            prog.id += "-" + std::to_string(c);
            for (kpi::Project& p : prog.projects) p.id += "-" + std::to_string(c);
            big.programs.push_back(std::move(prog));
        }
    app.take_dataset(std::move(big));
    return app;
}

int count_prefix(const HeadlessUi& ui, const std::string& prefix) {
    int n = 0;
    for (const auto& node : ui.output().nodes) n += node.id.rfind(prefix, 0) == 0;
    return n;
}

std::string drawn_ids(const HeadlessUi& ui) {
    std::string ids;
    for (const auto& node : ui.output().nodes) ids += node.id + "\n";
    return ids;
}

// Scrolls down by less than a screen at a time to the end of the page (when the nodes stop
// changing), collecting every id with `prefix` drawn on the way; checks each frame draws only a few.
std::set<std::string> scroll_through(HeadlessUi& ui, AppState& app, const std::string& prefix, int max_drawn) {
    std::set<std::string> seen;
    int unchanged = 0;
    for (int step = 0; step < 5000 && unchanged < 3; ++step) {
        for (const auto& node : ui.output().nodes)
            if (node.id.rfind(prefix, 0) == 0) seen.insert(node.id);
        CHECK(count_prefix(ui, prefix) <= max_drawn);
        const std::string before = drawn_ids(ui);
        ui.scroll(app, 600);
        unchanged = drawn_ids(ui) == before ? unchanged + 1 : 0;
    }
    return seen;
}

} // namespace

TEST_CASE("a thousand projects: the overview draws what is near the screen and scrolls past every project") {
    HeadlessUi ui(390, 800);
    AppState app = app_with_copies(200);
    REQUIRE(app.dataset->project_count() == 1000);
    ui.frames(app);
    // Near the top: some glance rows, none of the last ones.
    CHECK(count_prefix(ui, "glance:") > 3);
    CHECK(count_prefix(ui, "glance:") < 60);
    CHECK_FALSE(ui.find("glance:shin-sapporo-199"));
    const std::set<std::string> rows = scroll_through(ui, app, "glance:", 60);
    CHECK(rows.size() == 1000);
    CHECK(rows.count("glance:shin-sapporo-199") == 1);
}

TEST_CASE("a thousand projects: every project card and compare row comes by when scrolling") {
    HeadlessUi ui(1280, 800);   // wide: no glance list, the cards come first
    AppState app = app_with_copies(200);
    ui.frames(app);
    std::set<std::string> cards = scroll_through(ui, app, "project:", 40);
    CHECK(cards.size() == 1000);

    AppState compare = app_with_copies(200);
    compare.view.mode = kpi::ViewMode::Compare;
    HeadlessUi ui2(1280, 800);
    ui2.frames(compare);
    std::set<std::string> rows = scroll_through(ui2, compare, "compare:", 80);
    CHECK(rows.size() == 13 * 200);   // every KPI of every project
}

TEST_CASE("a city-sized report is drawn whole: every card is in the accessibility tree") {
    HeadlessUi ui(390, 500);
    AppState app = app_with_copies(20);   // 100 projects
    ui.frames(app);
    CHECK(count_prefix(ui, "project:") == 100);
    CHECK(count_prefix(ui, "glance:") == 100);
}

TEST_CASE("a search over a thousand projects: the list, its count and the filter counts agree") {
    HeadlessUi ui(1280, 800);
    AppState app = app_with_copies(200);
    ui.frames(app);
    ui.type(app, "search", "Smart");
    ui.frames(app);
    const kpi::FilterResult& r = app.filtered();
    const AppState one = app_with_sapporo();
    const int per_copy = query_test::count_visible(*one.dataset, app.view.filters);
    REQUIRE(per_copy > 0);
    REQUIRE(per_copy < 5);
    CHECK(r.visible.size() == static_cast<size_t>(200 * per_copy));
    const std::set<std::string> cards = scroll_through(ui, app, "project:", 40);
    CHECK(cards.size() == r.visible.size());
    for (const kpi::Project* p : r.visible) CHECK(cards.count("project:" + p->id) == 1);
}
