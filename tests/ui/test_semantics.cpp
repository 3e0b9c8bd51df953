// The views' semantic output (ui/semantics.h): what the keyboard and screen readers get, and what
// activating a node does. The browser tests check the same through the real DOM twins.
#include "headless_imgui.h"

#include "ui/announcer.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

int count_role(const HeadlessUi& ui, ui::Role r) {
    const auto& n = ui.output().nodes;
    return static_cast<int>(std::count_if(n.begin(), n.end(), [&](const ui::SemanticNode& x) { return x.role == r; }));
}

} // namespace

TEST_CASE("every interactive node has an id and a name; reading order starts with the title") {
    HeadlessUi ui(1280, 800);
    AppState app = app_with_sapporo();
    ui.frames(app);
    const auto& nodes = ui.output().nodes;
    REQUIRE(nodes.size() > 20);
    CHECK(nodes.front().role == ui::Role::Heading);
    CHECK(nodes.front().level == 1);
    int interactive = 0;
    for (const auto& n : nodes) {
        if (!ui::is_interactive(n.role)) continue;
        ++interactive;
        INFO(n.id);
        CHECK_FALSE(n.id.empty());
        CHECK_FALSE(n.name.empty());
    }
    CHECK(interactive > 15);
    // Off-screen cards are still in the list (Tab can reach them), with no visible part.
    HeadlessUi small(390, 500);
    AppState app2 = app_with_sapporo();
    small.frames(app2);
    const ui::SemanticNode* last = small.find("project:shin-sapporo");
    REQUIRE(last);
    CHECK(last->visible.w == 0);
    CHECK(last->role == ui::Role::Link);
    CHECK(last->value == "?project=shin-sapporo");
}

TEST_CASE("activating nodes from the keyboard does what a tap does") {
    HeadlessUi ui(1280, 800);
    AppState app = app_with_sapporo();
    ui.frames(app);
    REQUIRE(ui.activate(app, "project:smart-city"));   // even while off-screen
    CHECK(app.view.project == "smart-city");
    REQUIRE(ui.activate(app, "kpi:2"));
    CHECK(app.view.kpi == 2);
    CHECK(count_role(ui, ui::Role::Table) == 3);
    REQUIRE(ui.activate(app, "lang"));
    REQUIRE(ui.activate(app, "lang:en"));
    CHECK(app.view.lang == kpi::Lang::En);
    REQUIRE(ui.activate(app, "back"));
    CHECK(app.view.project.empty());
    REQUIRE(ui.activate(app, "filter:app:joint"));
    CHECK(app.view.filters.application == kpi::Application::Joint);
    const ui::SemanticNode* chip = ui.find("filter:app:joint");
    REQUIRE(chip);
    CHECK(chip->role == ui::Role::Toggle);
    CHECK((chip->flags & ui::kSemSelected) != 0);
    CHECK(chip->group == "Application (counts projects)");   // the group says what its counts count
}

TEST_CASE("a dialog hides what is behind it; Escape closes it") {
    HeadlessUi ui(1280, 800);
    AppState app = app_with_sapporo();
    ui.frames(app);
    REQUIRE(ui.activate(app, "share"));
    CHECK(app.ui.share_open);
    CHECK(ui.output().dialog == "この表示を共有");
    CHECK(ui.find("share:copy"));
    CHECK_FALSE(ui.find("lang"));          // behind the dialog
    CHECK_FALSE(ui.find("project:uij-turn"));
    ui.escape(app);
    CHECK_FALSE(app.ui.share_open);
    CHECK(ui.output().dialog.empty());
    CHECK(ui.find("lang"));
}

TEST_CASE("focus scrolls a node into view and is reported for the ring") {
    HeadlessUi ui(390, 600);
    AppState app = app_with_sapporo();
    ui.frames(app);
    REQUIRE(ui.find("project:shin-sapporo"));
    CHECK_FALSE(ui.visible("project:shin-sapporo"));
    ui.focus(app, "project:shin-sapporo");
    CHECK(ui.visible("project:shin-sapporo"));
    CHECK(ui.output().focused == "project:shin-sapporo");
}

TEST_CASE("search: composing text is drawn but filters only when committed") {
    HeadlessUi ui(1280, 800);
    AppState app = app_with_sapporo();
    ui.frames(app);
    ui.focus(app, "search");
    ui.type(app, "search", "すまーと", 0, 12);   // all twelve bytes still composing
    CHECK(app.view.filters.query.empty());
    CHECK(ui.output().preedit == "すまーと");
    ui.type(app, "search", "スマート");
    CHECK(app.view.filters.query == "スマート");
    CHECK(ui.output().preedit.empty());
    CHECK(ui.find("search")->value == "スマート");
}

TEST_CASE("announcer: filters, copy feedback, notices and errors; a change of page, language or explanation once") {
    AppState app = app_with_sapporo();
    ui::Announcer a;
    CHECK(a.update(app).empty());   // the page as it opens is read in place
    app.view.project = "smart-city";
    CHECK(a.update(app) == std::vector<std::string>{"地域のデジタル改革によるスマートシティ推進事業を表示しています"});
    CHECK(a.update(app).empty());   // said once
    app.view.kpi = 2;
    CHECK(a.update(app).empty());   // a KPI selected on the same page is not a new page
    app.view.lang = kpi::Lang::En;
    CHECK(a.update(app) == std::vector<std::string>{"Now in English"});
    app.ui.explain_id = "status:kpi:2";
    app.ui.explain_term = ui::Term::NotMet;
    auto said = a.update(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0].rfind("Not met: ", 0) == 0);
    app.view.lang = kpi::Lang::Ja;
    app.ui.explain_id.clear();
    app.view.project.clear();
    app.view.kpi = 0;
    CHECK(a.update(app).size() == 2);   // the list, in Japanese
    app.view.filters.application = kpi::Application::Joint;
    auto out = a.update(app);
    REQUIRE(out.size() == 1);
    CHECK(out[0] == "2件の事業を表示中（全5件）");
    app.ui.share_feedback = ui::Message(Str::LinkCopied);
    CHECK(a.update(app) == std::vector<std::string>{"リンクをコピーしました。"});
    CHECK(a.update(app).empty());   // said once
    app.notices.push_back(ui::Message::verbatim("x"));
    CHECK(a.update(app).size() == 1);
    app.data_error = ui::Message::verbatim("at /programs/0: expected an object");
    CHECK(a.update(app).size() == 1);
    app.kiosk.seconds_to_reset = 19.5;
    out = a.update(app);
    REQUIRE(out.size() == 1);
    CHECK(out[0].find("20秒") != std::string::npos);
}

TEST_CASE("announcer: publish mode says what became of a file once, when the importer's answer is in") {
    AppState app = app_with_sapporo();   // (the preview's dataset, as after a good file)
    app.mode = PageMode::Publish;
    ui::Announcer a;
    CHECK(a.update(app).empty());
    AppState::Publish& p = app.publish;
    p.file_name = "report.txt";
    p.encoding = "utf-8";
    p.import_seq = 1;
    p.importing = true;                 // the importer is at work: nothing yet
    CHECK(a.update(app).empty());
    p.importing = false;
    p.problems = {"report.txt:12: 計画値の列に数字がありません"};
    auto said = a.update(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0] == "report.txt を読み込めませんでした（問題 1件）：report.txt:12: 計画値の列に数字がありません");
    CHECK(a.update(app).empty());       // said once
    p.import_seq = 2;                   // the same file again, now good
    p.problems.clear();
    p.json = "{}";
    said = a.update(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0].rfind("report.txt（utf-8）を読み込みました：事業 5件・KPI 13件。", 0) == 0);
    CHECK(a.update(app).empty());
}

TEST_CASE("notices and errors are kept as messages and follow a language switch") {
    HeadlessUi ui(1280, 800);
    AppState app = app_with_sapporo();
    app.notices.push_back(ui::Message(Str::ProjectNotFoundFmt, {"no-such-project"}));
    app.data_error = ui::Message(Str::FetchFailedFmt, {"data/x.json", "HTTP 500"});
    auto texts = [&] {
        std::string all;
        for (const auto& n : ui.output().nodes) all += n.name + "\n";
        return all;
    };
    ui.frames(app);
    CHECK(texts().find("指定された事業は見つかりませんでした。一覧を表示します。 (no-such-project)") != std::string::npos);
    CHECK(texts().find("data/x.json を取得できませんでした（HTTP 500）") != std::string::npos);
    REQUIRE(ui.activate(app, "lang"));
    REQUIRE(ui.activate(app, "lang:en"));
    CHECK(texts().find("That project was not found. Showing the list. (no-such-project)") != std::string::npos);
    CHECK(texts().find("data/x.json: could not be fetched (HTTP 500)") != std::string::npos);
    CHECK(ui::Message::verbatim("kpi: \"x\" is not a KPI number").in(kpi::Lang::En) == "kpi: \"x\" is not a KPI number");
}
