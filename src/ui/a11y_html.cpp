// A plain-HTML mirror of what the canvas shows, for screen readers (and for anyone whose browser
// cannot run the viewer): headings, the summary, project links, and each KPI as a real table with
// the same numbers as the chart. web/glue.js puts it in a visually hidden <main>.
#include "core/achievement.h"
#include "core/format.h"
#include "core/query.h"
#include "core/view_url.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <cstdio>

namespace ui {
namespace {

std::string esc(const std::string& s) {
    std::string o;
    for (char c : s) {
        switch (c) {
        case '&': o += "&amp;"; break;
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        case '"': o += "&quot;"; break;
        default: o += c;
        }
    }
    return o;
}

std::string tag(const char* t, const std::string& text) { return std::string("<") + t + ">" + esc(text) + "</" + t + ">"; }

std::string link_to(const AppState& app, kpi::ViewState v, const std::string& text) {
    v.filters = kpi::Filters{};
    const std::string q = kpi::encode_view(v, app.data_name, app.default_data);
    return "<a href=\"" + esc(q.empty() ? "./" : q) + "\">" + esc(text) + "</a>";
}

std::string kpi_table(const AppState& app, const kpi::Kpi& k) {
    const std::string& lang = app.view.lang;
    std::string h = "<table><caption>" + esc(KpiTitle(k, lang)) + " (" + esc(k.unit.in(lang)) + ")</caption><tr>";
    for (Str s : {Str::TableFy, Str::Plan, Str::Actual, Str::TablePercent, Str::TableStatus})
        h += "<th scope=\"col\">" + esc(tr(s, lang)) + "</th>";
    h += "</tr>";
    if (k.baseline_plan || k.baseline_actual)
        h += "<tr><th scope=\"row\">" + esc(tr(Str::Baseline, lang)) + "</th><td>" + esc(kpi::format_number(k.baseline_plan, k.decimals)) +
             "</td><td>" + esc(kpi::format_number(k.baseline_actual, k.decimals)) + "</td><td></td><td></td></tr>";
    for (const auto& y : k.years)
        h += "<tr><th scope=\"row\">" + esc(kpi::fy_both(y.fy, lang)) + "</th><td>" + esc(kpi::format_number(y.plan, k.decimals)) +
             "</td><td>" + esc(kpi::format_number(y.actual, k.decimals)) + "</td><td>" +
             esc(kpi::format_percent(kpi::achievement_ratio(k, y))) + "</td><td>" +
             esc(status_label(kpi::year_status(k, y), lang)) + "</td></tr>";
    return h + "</table>";
}

} // namespace

std::string AccessibleHtml(const AppState& app) {
    const std::string& lang = app.view.lang;
    std::string h;
    if (!app.data_error.empty()) h += "<p role=\"alert\">" + esc(tr(Str::DataErrorTitle, lang)) + ": " + esc(app.data_error) + "</p>";
    if (!app.dataset) return h + tag("p", tr(Str::LoadingData, lang));
    const kpi::Dataset& d = *app.dataset;
    h += tag("h1", d.title.in(lang));
    const kpi::Project* p = app.view.project.empty() ? nullptr : d.find_project(app.view.project);
    if (p) {
        kpi::ViewState home = app.view;
        home.project.clear();
        home.kpi = 0;
        h += "<p>" + link_to(app, home, tr(Str::Back, lang)) + "</p>";
        h += tag("h2", p->name.in(lang));
        h += tag("p", p->application == kpi::Application::Joint ? tr(Str::Joint, lang) : tr(Str::Single, lang));
        h += tag("p", p->summary.in(lang));
        for (const auto& n : p->notes) h += tag("p", n.in(lang));
        for (const auto& k : p->kpis) h += kpi_table(app, k);
        return h;
    }
    const kpi::StatusCounts c = kpi::count_headline(d);
    char buf[256];
    std::snprintf(buf, sizeof buf, tr(Str::KpiSummaryFmt, lang), c.total(), c.met, c.not_met, c.no_actual, c.no_target);
    h += tag("p", buf) + tag("p", tr(Str::StatusRule, lang)) + "<ul>";
    for (const kpi::Project* vp : kpi::visible_projects(d, app.view.filters)) {
        const kpi::StatusCounts pc = kpi::count_headline(*vp);
        std::string counts;
        for (kpi::Status st : kpi::kAllStatuses)
            if (pc.of(st)) counts += std::string(counts.empty() ? "" : ", ") + status_label(st, lang) + " " + std::to_string(pc.of(st));
        kpi::ViewState v = app.view;
        v.project = vp->id;
        v.kpi = 0;
        v.mode = kpi::ViewMode::Overview;
        h += "<li>" + link_to(app, v, vp->name.in(lang)) + " — " + esc(counts) + "</li>";
    }
    return h + "</ul>";
}

} // namespace ui
