// [SECTION] helpers
// [SECTION] header, notes and terms
// [SECTION] KPI, project, program
// [SECTION] views (overview, project, KPI, compare)
// [SECTION] page and stylesheet
#include "document.h"

#include "achievement.h"
#include "chart_svg.h"
#include "strings.h"
#include "format.h"
#include "palette.h"
#include "query.h"
#include "ruby.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace kpi {

// --- [SECTION] helpers ---------------------------------------------------------------------------
namespace {

std::string esc(std::string_view s) { return markup_text(s); }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A link target we are willing to write: absolute http(s), or relative without a scheme; no
// spaces, quotes, angle brackets or control characters.
bool usable_url(std::string_view u, bool* absolute) {
    if (u.empty()) return false;
    for (unsigned char c : u)
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\') return false;
    *absolute = starts_with(u, "http://") || starts_with(u, "https://");
    if (*absolute) return u.size() > 8;
    const size_t colon = u.find(':');
    const size_t end = u.find_first_of("/?#");
    return colon == std::string_view::npos || (end != std::string_view::npos && end < colon);
}

// Paragraphs of a text that separates them with "\n".
std::string paragraphs(const std::string& text, const char* cls = nullptr) {
    std::string out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        const std::string line = text.substr(start, nl - start);
        if (!line.empty()) out += std::string("<p") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + esc(line) + "</p>\n";
        start = nl + 1;
    }
    return out;
}

std::string application_words(const Project& p, Lang lang) {
    return tr(p.application == Application::Joint ? Str::Joint : Str::Single, lang);
}

std::string status_class(Status s) { return std::string("status status-") + to_string(s); }

struct Doc {
    const Dataset& d;
    const ViewState& v;
    const DocumentOptions& o;
    Lang lang;
    std::string out;
    int charts = 0;

    const char* w(Str x) const { return tr(x, lang); }
    // A word as HTML: in easy Japanese with its readings, <ruby>事業<rt>じぎょう</rt></ruby>.
    std::string html(Str x) const { return lang == Lang::Easy ? ruby_html(tr_marked(x, lang), esc) : esc(tr(x, lang)); }
    // Marked text (a format of the table filled with numbers: tr_ints_marked) as HTML.
    std::string marked_html(const std::string& marked) const { return lang == Lang::Easy ? ruby_html(marked, esc) : esc(marked); }
    // A date the code wrote (2026年3月31日): in easy Japanese its 年 月 日 with readings.
    std::string date_html(const std::string& plain) const {
        const std::string marked = lang == Lang::Easy ? easy_marked_join(plain) : std::string();
        return marked.empty() ? esc(plain) : ruby_html(marked, esc);
    }
    std::string hw(int level, Str x) const {
        const std::string n = std::to_string(std::clamp(level, 1, 6));
        return "<h" + n + ">" + html(x) + "</h" + n + ">\n";
    }
    // The page's one <main>; a fragment goes into a page that has its own.
    std::string main_open() const { return o.whole_page ? "<main>\n" : "<div class=\"doc-body\">\n"; }
    std::string main_close() const { return o.whole_page ? "</main>\n" : "</div>\n"; }
    std::string h(int level, const std::string& text, const std::string& id = "", const char* cls = nullptr) const {
        const std::string n = std::to_string(std::clamp(level, 1, 6));
        return "<h" + n + (id.empty() ? "" : " id=\"" + esc(id) + "\"") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" +
               esc(text) + "</h" + n + ">\n";
    }
    // A label (a word of the table): in easy Japanese with its readings.
    std::string label_html(const std::string& label) const {
        const char* marked = lang == Lang::Easy ? easy_marked_for(label) : nullptr;
        return marked ? ruby_html(marked, esc) : esc(label);
    }
    // <dl> of label -> value rows; empty values are left out.
    std::string facts(const std::vector<std::pair<std::string, std::string>>& rows, bool value_is_markup = false) const {
        std::string s;
        for (const auto& [label, value] : rows)
            if (!value.empty()) s += "<div><dt>" + label_html(label) + "</dt><dd>" + (value_is_markup ? value : esc(value)) + "</dd></div>";
        return s.empty() ? s : "<dl class=\"facts\">" + s + "</dl>\n";
    }
    std::string notes(const std::vector<Text>& list) const {
        if (list.empty()) return {};
        std::string s = "<ul class=\"notes\">";
        for (const Text& t : list) s += "<li>" + esc(t.in(lang)) + "</li>";
        return s + "</ul>\n";
    }
};

// --- [SECTION] header, notes and terms -----------------------------------------------------------
std::string qr_svg(const QrModules& q, const std::string& label) {
    if (q.size <= 0 || q.dark.size() != static_cast<size_t>(q.size) * static_cast<size_t>(q.size)) return {};
    const int quiet = 4, n = q.size + 2 * quiet;
    std::string path;
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size; ++x)
            if (q.dark[static_cast<size_t>(y) * q.size + x])
                path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
    return "<svg class=\"qr\" viewBox=\"0 0 " + std::to_string(n) + " " + std::to_string(n) + "\" role=\"img\" aria-label=\"" +
           esc(label) + "\" shape-rendering=\"crispEdges\"><rect width=\"" + std::to_string(n) + "\" height=\"" + std::to_string(n) +
           "\" fill=\"" + css_hex(swatch(Colour::Card)) + "\"/><path d=\"" + path + "\" fill=\"" + css_hex(swatch(Colour::Text)) +
           "\"/></svg>";
}

// The dataset's title, publisher, as-of date, source and the live view's address. `title_is_h1`:
// the dataset's title is the page's heading (overview); otherwise the view's heading follows.
void header(Doc& doc, bool title_is_h1) {
    const Lang lang = doc.lang;
    const Dataset& d = doc.d;
    std::string& out = doc.out;
    out += "<header class=\"doc-header\">\n<p class=\"doc-publisher\">" + esc(d.publisher.in(lang)) + "</p>\n";
    out += title_is_h1 ? doc.h(1, d.title.in(lang), "", "doc-title") : "<p class=\"doc-title\">" + esc(d.title.in(lang)) + "</p>\n";
    std::vector<std::pair<std::string, std::string>> rows;
    rows.push_back({doc.w(Str::AsOf), "<time datetime=\"" + esc(d.as_of) + "\">" + doc.date_html(format_date(d.as_of, lang)) + "</time>"});
    if (!d.source.title.empty() || !d.source.url.empty()) {
        bool abs = false;
        std::string src = esc(d.source.title.in(lang));
        if (usable_url(d.source.url, &abs) && abs)
            src = (src.empty() ? "" : src + " ") + "<a href=\"" + esc(d.source.url) + "\">" + esc(d.source.url) + "</a>";
        rows.push_back({doc.w(Str::Source), src});
    }
    bool abs = false;
    std::string qr;
    if (usable_url(doc.o.live_url, &abs)) {
        const std::string u = esc(doc.o.live_url);
        // An absolute address is written out (a printed copy leads back to it); a relative one is a link.
        rows.push_back({doc.w(Str::OnlineVersion),
                        abs ? std::string("<span class=\"online-note\">") + doc.html(Str::OnlineVersionNote) + "</span> <a class=\"live\" href=\"" +
                                  u + "\">" + u + "</a>"
                            : "<a class=\"live\" href=\"" + u + "\">" + doc.html(Str::OnlineVersionOpen) + "</a>"});
        qr = qr_svg(doc.o.qr, std::string(doc.w(Str::OnlineVersion)) + doc.w(Str::LabelSep) + (abs ? doc.o.live_url : ""));
        if (!qr.empty()) rows.back().second += " <span class=\"online-note\">" + doc.html(Str::ScanQr) + "</span>";
    }
    out += "<div class=\"doc-meta\">" + doc.facts(rows, true) + qr + "</div>\n</header>\n";
}

void report_notes(Doc& doc, int level) {
    std::string body = doc.notes(doc.d.notes);
    const Filters& f = doc.v.filters;
    if (!f.empty()) {
        std::vector<std::string> parts;
        const Lang lang = doc.lang;
        auto part = [&](Str label, const std::string& value) { parts.push_back(std::string(tr(label, lang)) + tr(Str::LabelSep, lang) + value); };
        if (f.adopted_fy) part(Str::GrantYear, fy_both(*f.adopted_fy, lang));
        if (f.application) part(Str::Application, tr(*f.application == Application::Joint ? Str::Joint : Str::Single, lang));
        if (f.status) part(Str::Status, status_words(*f.status, lang));
        if (!f.unit.empty()) part(Str::Unit, f.unit);
        if (!f.query.empty()) part(Str::Search, f.query);
        std::string line;
        for (const auto& p : parts) line += (line.empty() ? "" : doc.w(Str::ListSep)) + p;
        body += "<p class=\"filters\"><strong>" + doc.html(Str::FiltersApplied) + "</strong>" + doc.html(Str::LabelSep) + esc(line) +
                "</p>\n";
    }
    if (body.empty()) return;
    doc.out += "<section class=\"about\">\n" + doc.hw(level, Str::AboutReport) + body + "</section>\n";
}

void terms(Doc& doc, int level) {
    std::string& out = doc.out;
    out += "<section class=\"terms\">\n" + doc.hw(level, Str::Terms) + "<dl class=\"facts\">";
    const std::pair<Status, Str> rows[] = {{Status::Met, Str::ExplainMet}, {Status::NotMet, Str::ExplainNotMet},
                                            {Status::NoActual, Str::ExplainNoActual}, {Status::NoTarget, Str::ExplainNoTarget}};
    for (const auto& [s, expl] : rows)
        out += "<div><dt class=\"" + status_class(s) + "\">" + esc(status_words(s, doc.lang)) + "</dt><dd>" + doc.html(expl) + "</dd></div>";
    out += "<div><dt>" + doc.html(Str::Achievement) + "</dt><dd>" + doc.html(Str::ExplainAchievement) + "</dd></div>";
    out += std::string("<div><dt>") + kMissing + "</dt><dd>" + doc.html(Str::NoValue) + "</dd></div></dl>\n<p>" +
           doc.html(Str::StatusRule) + "</p>\n</section>\n";
}

// --- [SECTION] KPI, project, program -------------------------------------------------------------
void kpi_section(Doc& doc, const Project& p, const Kpi& k, int level, bool heading = true) {
    const Lang lang = doc.lang;
    std::string& out = doc.out;
    const std::string id = kpi_anchor(p, k);
    const std::string title = kpi_title(k, lang);
    out += "<section class=\"kpi\" id=\"" + esc(id) + "\">\n";
    if (heading) out += doc.h(level, title);
    if (const YearValue* hy = headline_year(k)) {
        const Status st = year_status(k, *hy);
        out += "<p class=\"headline\">" + doc.html(Str::LatestYear) + " " + esc(fy_short(hy->fy, doc.v.era)) + doc.html(Str::LabelSep) +
               "<strong class=\"" + status_class(st) + "\">" + esc(status_words(st, lang)) + "</strong>";
        if (const std::string gap = shortfall_text(k, *hy, lang); !gap.empty()) out += esc(tr_paren(gap, lang));
        out += "</p>\n";
    }
    SvgChartOptions so;
    so.lang = lang;
    so.era = doc.v.era;
    so.id_prefix = "chart" + std::to_string(++doc.charts);
    out += "<figure class=\"chart\">" + kpi_chart_svg(k, std::string(doc.w(Str::ChartOf)) + " " + title, so) + "</figure>\n";
    // The table of exactly the charted numbers.
    const std::string unit = k.unit.in(lang);
    out += "<table class=\"values\"><caption>" + esc(title) + esc(tr_fill(Str::ParenFmt, std::string(doc.w(Str::Unit)) + doc.w(Str::LabelSep) + unit, lang)) +
           "</caption>\n<thead><tr><th scope=\"col\">" + doc.html(Str::TableFy) + "</th><th scope=\"col\">" + doc.html(Str::Plan) +
           "</th><th scope=\"col\">" + doc.html(Str::Actual) + "</th><th scope=\"col\">" + doc.html(Str::TablePercent) +
           "</th><th scope=\"col\">" + doc.html(Str::TableStatus) + "</th></tr></thead>\n<tbody>\n";
    if (k.baseline_plan || k.baseline_actual)
        out += "<tr><th scope=\"row\">" + doc.html(Str::Baseline) + "</th><td class=\"num\">" + esc(format_number(k.baseline_plan, k.decimals)) +
               "</td><td class=\"num\">" + esc(format_number(k.baseline_actual, k.decimals)) + "</td><td></td><td></td></tr>\n";
    for (const YearValue& y : k.years) {
        const Status st = year_status(k, y);
        out += "<tr><th scope=\"row\">" + esc(fy_both(y.fy, lang)) + "</th><td class=\"num\">" + esc(format_number(y.plan, k.decimals)) +
               "</td><td class=\"num\">" + esc(format_number(y.actual, k.decimals)) + "</td><td class=\"num\">" +
               esc(format_percent(achievement_ratio(k, y))) + "</td><td class=\"" + status_class(st) + "\">" + esc(status_words(st, lang)) +
               "</td></tr>\n";
    }
    out += "</tbody></table>\n" + doc.notes(k.notes) + "</section>\n";
}

// The project's facts: grant, application and partners, period, funding, summary, notes.
// `prog` null: the program's facts are already said (the overview's program section).
void project_facts(Doc& doc, const Program* prog, const Project& p, int level, bool with_summary) {
    const Lang lang = doc.lang;
    std::vector<std::pair<std::string, std::string>> rows;
    if (prog)
        rows.push_back({doc.w(Str::Grant), tr_fill(Str::AdoptedFmt, fy_both(prog->adopted_fy, lang), lang) + " " + prog->name.in(lang)});
    std::string app = application_words(p, lang);
    if (!p.partners.empty()) {
        std::string partners;
        for (const Text& t : p.partners) partners += (partners.empty() ? "" : doc.w(Str::ListSep)) + t.in(lang);
        rows.push_back({doc.w(Str::Application), app});
        rows.push_back({doc.w(Str::Partners), partners});
    } else {
        rows.push_back({doc.w(Str::Application), app});
    }
    if (prog) {
        rows.push_back({doc.w(Str::Period), prog->period.in(lang)});
        rows.push_back({doc.w(Str::Funding), prog->funding.in(lang)});
    }
    doc.out += doc.facts(rows);
    if (with_summary) {
        doc.out += "<section class=\"summary\">\n" + doc.hw(level, Str::Summary) + paragraphs(p.summary.in(lang)) + "</section>\n";
        if (!p.notes.empty()) doc.out += doc.notes(p.notes);
    }
}

void kpi_list(Doc& doc, const Project& p, int level) {
    std::string heading = doc.w(Str::Kpis);
    if (!p.kpi_scope.empty()) heading += tr_fill(Str::ParenFmt, p.kpi_scope.in(doc.lang), doc.lang);
    doc.out += doc.h(level, heading, "", "kpis-heading");
    for (const Kpi& k : p.kpis) kpi_section(doc, p, k, level + 1);
}

// A project in the overview: its heading, facts and every KPI.
void project_article(Doc& doc, const Project& p, int level) {
    doc.out += "<article class=\"project\" id=\"" + esc(project_anchor(p)) + "\">\n" + doc.h(level, p.name.in(doc.lang));
    project_facts(doc, nullptr, p, level + 1, true);
    kpi_list(doc, p, level + 1);
    doc.out += "</article>\n";
}

std::string program_heading(const Program& prog, Lang lang) {
    return tr_fill(Str::AdoptedFmt, fy_both(prog.adopted_fy, lang), lang) + " " + prog.name.in(lang);
}

// --- [SECTION] views (overview, project, KPI, compare) ------------------------------------------
void overview(Doc& doc) {
    const Lang lang = doc.lang;
    header(doc, true);
    doc.out += doc.main_open();
    report_notes(doc, 2);
    const std::vector<const Project*> visible = visible_projects(doc.d, doc.v.filters);
    const std::set<const Project*> shown(visible.begin(), visible.end());
    // The outcome table: every project shown, its grant year, application and KPI statuses.
    doc.out += std::string("<section class=\"outcomes\">\n<h2>") +
               doc.marked_html(tr_ints_marked(Str::GlanceTitleFmt, lang, {static_cast<int>(visible.size())})) + "</h2>\n";
    if (!doc.v.filters.empty())
        doc.out += "<p>" + doc.marked_html(tr_ints_marked(Str::ShownProjectsFmt, lang, {static_cast<int>(visible.size()), static_cast<int>(doc.d.project_count())})) + "</p>\n";
    if (visible.empty()) {
        doc.out += "<p>" + doc.html(Str::NoProjectsMatch) + "</p>\n";
    } else {
        doc.out += "<table class=\"outcomes\"><thead><tr><th scope=\"col\">" + doc.html(Str::Project) + "</th><th scope=\"col\">" +
                   doc.html(Str::Adopted) + "</th><th scope=\"col\">" + doc.html(Str::Application) + "</th><th scope=\"col\">" +
                   doc.html(Str::Status) + "</th></tr></thead>\n<tbody>\n";
        for (const Project* p : visible) {
            const Program* prog = doc.d.program_of(p->id);
            const StatusCounts c = count_headline(*p);
            doc.out += "<tr><th scope=\"row\"><a href=\"#" + esc(project_anchor(*p)) + "\">" + esc(p->name.in(lang)) + "</a></th><td>" +
                       (prog ? esc(fy_short(prog->adopted_fy, doc.v.era)) : "") + "</td><td>" + esc(application_words(*p, lang)) +
                       "</td><td>" + doc.marked_html(tr_ints_marked(Str::GlanceKpisFmt, lang, {c.total()}));
            // The statuses that occur, in words with their counts ("達成 2・未達成 1"), as the viewer's overview.
            bool first = true;
            for (Status s : kAllStatuses) {
                if (!c.of(s)) continue;
                doc.out += std::string(first ? "" : doc.html(Str::ListSep)) + "<span class=\"" + status_class(s) + "\">" +
                           esc(status_words(s, lang)) + " " + std::to_string(c.of(s)) + "</span>";
                first = false;
            }
            doc.out += "</td></tr>\n";
        }
        doc.out += "</tbody></table>\n<p class=\"rule\">" + doc.html(Str::StatusRule) + "</p>\n";
    }
    doc.out += "</section>\n";
    // Every program (a year with no new projects too, when nothing is filtered), then its projects.
    for (const Program& prog : doc.d.programs) {
        std::vector<const Project*> mine;
        for (const Project& p : prog.projects)
            if (shown.count(&p)) mine.push_back(&p);
        if (mine.empty() && !doc.v.filters.empty()) continue;
        doc.out += "<section class=\"program\" id=\"program-" + esc(prog.id) + "\">\n" + doc.h(2, program_heading(prog, lang), "", "program-heading");
        doc.out += doc.facts({{doc.w(Str::Funding), prog.funding.in(lang)}, {doc.w(Str::Period), prog.period.in(lang)}});
        doc.out += doc.notes(prog.notes);
        for (const Project* p : mine) project_article(doc, *p, 3);
        doc.out += "</section>\n";
    }
    terms(doc, 2);
    doc.out += doc.main_close();
}

void project_view(Doc& doc, const Project& p) {
    const Program* prog = doc.d.program_of(p.id);
    header(doc, false);
    doc.out += doc.main_open() + "<article class=\"project\" id=\"" + esc(project_anchor(p)) + "\">\n" + doc.h(1, p.name.in(doc.lang));
    project_facts(doc, prog, p, 2, true);
    if (prog && !prog->notes.empty()) doc.out += doc.notes(prog->notes);
    kpi_list(doc, p, 2);
    doc.out += "</article>\n";
    terms(doc, 2);
    doc.out += doc.main_close();
}

void kpi_view(Doc& doc, const Project& p, const Kpi& k) {
    const Program* prog = doc.d.program_of(p.id);
    header(doc, false);
    doc.out += doc.main_open() + "<article class=\"project\">\n" + doc.h(1, kpi_title(k, doc.lang));
    std::vector<std::pair<std::string, std::string>> rows = {{doc.w(Str::Project), p.name.in(doc.lang)}};
    doc.out += doc.facts(rows);
    project_facts(doc, prog, p, 2, false);
    kpi_section(doc, p, k, 2, false);
    doc.out += "</article>\n";
    terms(doc, 2);
    doc.out += doc.main_close();
}

const YearValue* year_of(const Kpi& k, int fy) {
    for (const YearValue& y : k.years)
        if (y.fy == fy) return &y;
    return nullptr;
}

void compare_view(Doc& doc) {
    const Lang lang = doc.lang;
    const int fy = doc.v.compare_fy.value_or(default_compare_fy(doc.d));
    header(doc, false);
    doc.out += doc.main_open() + "<article class=\"compare\">\n" + doc.hw(1, Str::CompareTitle) + "<p class=\"lead\">" + esc(fy_both(fy, lang)) +
               "</p>\n<p>" + doc.html(Str::CompareHint) + "</p>\n";
    const std::vector<const Project*> visible = visible_projects(doc.d, doc.v.filters);
    report_notes(doc, 2);
    if (visible.empty()) doc.out += "<p>" + doc.html(Str::NoProjectsMatch) + "</p>\n";
    // One scale for every bar (core/chart_layout.h's compare_axis), as the viewer.
    constexpr float kTrack = 160, kBarHeight = 16;
    std::vector<std::optional<double>> ratios;
    for (const Project* p : visible)
        for (const Kpi& k : p->kpis)
            if (const YearValue* y = year_of(k, fy)) ratios.push_back(achievement_ratio(k, *y));
    const CompareAxis axis = compare_axis(ratios, kTrack, 1.5);
    for (const Project* p : visible) {
        doc.out += "<section class=\"kpi compare-project\">\n" + doc.h(2, p->name.in(lang));
        doc.out += "<table class=\"values compare\"><caption>" + esc(p->name.in(lang)) + esc(tr_fill(Str::ParenFmt, fy_both(fy, lang), lang)) +
                   "</caption>\n<thead><tr><th scope=\"col\">" + doc.html(Str::Kpi) + "</th><th scope=\"col\">" + doc.html(Str::Plan) +
                   "</th><th scope=\"col\">" + doc.html(Str::Actual) + "</th><th scope=\"col\">" + doc.html(Str::Achievement) +
                   "</th><th scope=\"col\">" + doc.html(Str::TableStatus) + "</th></tr></thead>\n<tbody>\n";
        for (const Kpi& k : p->kpis) {
            const YearValue* y = year_of(k, fy);
            const auto ratio = y ? achievement_ratio(k, *y) : std::nullopt;
            const Status st = y ? year_status(k, *y) : Status::NoTarget;
            std::string label;
            if (ratio) {
                label = format_percent(ratio);
            } else {
                // Both values but no rate (a plan <= 0, or going down an actual <= 0): say why, and the
                // status, as the viewer's compare view does.
                const bool no_rate = y && y->plan && y->actual;
                const bool actual_side = no_rate && k.direction == Direction::Decrease && *y->plan > 0;
                label = std::string(kMissing) + " " +
                        (!y ? doc.w(Str::OutOfPeriod)
                            : no_rate ? std::string(doc.w(actual_side ? Str::NoRatioActualNotPositive : Str::NoRatioPlanNotPositive)) +
                                            doc.w(Str::ListSep) + status_words(st, lang)
                                      : st == Status::NoActual ? doc.w(Str::NoRatioNoActual) : doc.w(Str::NoRatioNoTarget));
            }
            doc.out += "<tr><th scope=\"row\">" + esc(kpi_title(k, lang)) + esc(tr_fill(Str::ParenFmt, k.unit.in(lang), lang)) +
                       "</th><td class=\"num\">" + esc(y ? format_number(y->plan, k.decimals) : kMissing) + "</td><td class=\"num\">" +
                       esc(y ? format_number(y->actual, k.decimals) : kMissing) + "</td><td class=\"ratio\">" +
                       compare_bar_svg(axis, ratio, st, kBarHeight) + " <span>" + esc(label) + "</span></td><td class=\"" +
                       (y ? status_class(st) : std::string("status")) + "\">" + (y ? esc(status_words(st, lang)) : esc(kMissing)) +
                       "</td></tr>\n";
        }
        doc.out += "</tbody></table>\n</section>\n";
    }
    doc.out += "<p class=\"rule\">" + doc.html(Str::DocCompareFootnote) + "</p>\n</article>\n";
    terms(doc, 2);
    doc.out += doc.main_close();
}

} // namespace

// --- [SECTION] page and stylesheet ---------------------------------------------------------------
bool usable_live_url(std::string_view url) {
    bool absolute = false;
    return usable_url(url, &absolute);
}

std::string project_anchor(const Project& p) { return "project-" + p.id; }
std::string kpi_anchor(const Project& p, const Kpi& k) { return "kpi-" + p.id + "-" + std::to_string(k.no); }

std::vector<int> compare_years(const Dataset& d) {
    std::set<int> years;
    for (const Program& prog : d.programs)
        for (const Project& p : prog.projects)
            for (const Kpi& k : p.kpis)
                for (const YearValue& y : k.years) years.insert(y.fy);
    return {years.begin(), years.end()};
}

int default_compare_fy(const Dataset& d) {
    int fy = 0;
    for (const Program& prog : d.programs)
        for (const Project& p : prog.projects)
            for (const Kpi& k : p.kpis)
                for (const YearValue& y : k.years)
                    if (y.actual && y.plan) fy = std::max(fy, y.fy);
    return fy;
}

std::string document_css() {
    // Colours only as var(--kpi-NAME) (core/palette.h); sizes for the screen, then for A4 paper,
    // where a KPI's chart and its table stand side by side (three KPIs to a sheet).
    return palette_css() + R"CSS(
.kpi-doc { color: var(--kpi-text); background: var(--kpi-card); font-family: "BIZ UDPGothic", "BIZ UDGothic", "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; font-size: 16px; line-height: 1.7; max-width: 50rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.kpi-doc * { box-sizing: border-box; }
.kpi-doc h1, .kpi-doc h2, .kpi-doc h3, .kpi-doc h4, .kpi-doc h5 { color: var(--kpi-accent); line-height: 1.4; margin: 2rem 0 0.75rem; break-after: avoid; page-break-after: avoid; }
.kpi-doc h1 { font-size: 1.75rem; margin-top: 0.5rem; }
.kpi-doc h2 { font-size: 1.4rem; border-bottom: 2px solid var(--kpi-accent); padding-bottom: 0.25rem; margin-top: 3rem; }
.kpi-doc h3 { font-size: 1.25rem; border-left: 6px solid var(--kpi-accent); padding-left: 0.6rem; margin-top: 2.5rem; }
.kpi-doc h4 { font-size: 1.1rem; }
.kpi-doc h5 { font-size: 1rem; }
.kpi-doc p { margin: 0.5rem 0; }
.kpi-doc a { color: var(--kpi-accent); overflow-wrap: anywhere; }
.kpi-doc .doc-header { border-bottom: 3px solid var(--kpi-accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.kpi-doc .doc-publisher { color: var(--kpi-muted); margin: 0; }
.kpi-doc p.doc-title { color: var(--kpi-accent); font-weight: bold; font-size: 1.1em; margin: 0.25rem 0; }
.kpi-doc .doc-meta { display: flex; gap: 1.5rem; align-items: flex-start; justify-content: space-between; }
.kpi-doc .qr { width: 6.5rem; height: 6.5rem; flex: none; }
.kpi-doc .online-note { display: block; color: var(--kpi-muted); }
.kpi-doc dl.facts { margin: 0.75rem 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; }
.kpi-doc dl.facts > div { display: contents; }
.kpi-doc dl.facts dt { color: var(--kpi-muted); font-weight: bold; }
.kpi-doc dl.facts dd { margin: 0; }
.kpi-doc ul.notes { padding-left: 0; list-style: none; color: var(--kpi-muted); font-size: 0.95em; }
.kpi-doc ul.notes li { margin: 0.25rem 0; }
.kpi-doc section.kpi { border: 1px solid var(--kpi-border); border-radius: 6px; padding: 0.25rem 1.25rem 1rem; margin: 1.25rem 0 1.75rem; break-inside: avoid; page-break-inside: avoid; }
.kpi-doc section.kpi > h4, .kpi-doc section.kpi > h5, .kpi-doc section.kpi > h2 { margin-top: 1rem; border: 0; padding: 0; }
.kpi-doc figure.chart { margin: 0.75rem 0; }
.kpi-doc svg.kpi-chart { display: block; width: 100%; max-width: 36rem; height: auto; }
.kpi-doc table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-variant-numeric: tabular-nums; }
.kpi-doc caption { text-align: left; font-weight: bold; padding: 0.25rem 0 0.5rem; }
.kpi-doc th, .kpi-doc td { border-bottom: 1px solid var(--kpi-control-border); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
.kpi-doc thead th { border-bottom: 2px solid var(--kpi-text); background: var(--kpi-table-header); }
.kpi-doc tbody th { font-weight: normal; }
.kpi-doc td.num { text-align: right; }
.kpi-doc thead th, .kpi-doc td.num, .kpi-doc td.status, .kpi-doc .outcomes td:nth-child(2) { white-space: nowrap; }
.kpi-doc .outcomes span.status { white-space: nowrap; }
.kpi-doc tr { break-inside: avoid; page-break-inside: avoid; }
.kpi-doc .status-met { color: var(--kpi-met); font-weight: bold; }
.kpi-doc .status-not-met { color: var(--kpi-not-met); font-weight: bold; }
.kpi-doc .status-no-actual { color: var(--kpi-no-actual); }
.kpi-doc .status-no-target { color: var(--kpi-no-target); }
.kpi-doc td.ratio { white-space: nowrap; }
.kpi-doc svg.compare-bar { width: 10rem; max-width: 40vw; height: 1rem; vertical-align: middle; }
.kpi-doc .rule, .kpi-doc .filters { color: var(--kpi-muted); }
.kpi-doc section.terms dl.facts dt { font-weight: bold; }
@media (max-width: 30rem) {
  .kpi-doc { padding: 1rem 0.875rem 2rem; font-size: 15px; }
  .kpi-doc h1 { font-size: 1.45rem; }
  .kpi-doc section.kpi { padding: 0.25rem 0.75rem 0.75rem; }
  .kpi-doc dl.facts { grid-template-columns: 1fr; gap: 0 0; }
  .kpi-doc dl.facts dd { margin-bottom: 0.5rem; }
  .kpi-doc .doc-meta { flex-direction: column; }
  .kpi-doc th, .kpi-doc td { padding: 0.35rem 0.3rem; }
  .kpi-doc table { font-size: 0.93em; }
  .kpi-doc thead th, .kpi-doc td.status, .kpi-doc .outcomes span.status { white-space: normal; }
  .kpi-doc th, .kpi-doc td { overflow-wrap: anywhere; }
}
@page { size: A4 portrait; margin: 16mm 15mm 18mm; }
@media print {
  html, body { background: none; }
  .kpi-doc { max-width: none; padding: 0; font-size: 10pt; line-height: 1.55; }
  .kpi-doc h1 { font-size: 18pt; }
  .kpi-doc h2 { font-size: 14pt; margin-top: 1.5rem; }
  .kpi-doc h3 { font-size: 12.5pt; margin-top: 1.25rem; }
  .kpi-doc h4, .kpi-doc h5 { font-size: 11pt; }
  .kpi-doc section.kpi { margin: 0.6rem 0 0.9rem; padding: 0 0.75rem 0.5rem; }
  .kpi-doc section.kpi:not(.compare-project) { display: grid; grid-template-columns: 56% 1fr; column-gap: 4mm; align-items: start; }
  .kpi-doc section.kpi > :not(figure):not(table) { grid-column: 1 / -1; }
  .kpi-doc section.kpi > figure.chart { margin: 0.25rem 0 0; }
  .kpi-doc section.kpi table.values { font-size: 8.5pt; margin-top: 0.25rem; }
  .kpi-doc section.kpi table.values th, .kpi-doc section.kpi table.values td { padding: 0.2rem 0.3rem; }
  .kpi-doc section.kpi table.values caption { font-size: 9pt; }
  .kpi-doc a { text-decoration: none; }
}
)CSS";
}

std::string render_document(const Dataset& d, const ViewState& view, const DocumentOptions& options) {
    Doc doc{d, view, options, view.lang, {}, 0};
    const Project* p = view.project.empty() ? nullptr : d.find_project(view.project);
    const Kpi* k = nullptr;
    if (p && view.kpi != 0)
        for (const Kpi& x : p->kpis)
            if (x.no == view.kpi) k = &x;
    std::string title = d.title.in(view.lang);
    if (view.mode == ViewMode::Compare && !p) {
        compare_view(doc);
        title = std::string(tr(Str::CompareTitle, view.lang)) + " - " + title;
    } else if (p && k) {
        kpi_view(doc, *p, *k);
        title = kpi_title(*k, view.lang) + " - " + p->name.in(view.lang) + " - " + title;
    } else if (p) {
        project_view(doc, *p);
        title = p->name.in(view.lang) + " - " + title;
    } else {
        overview(doc);
    }
    const char* lang = html_lang(view.lang);   // easy Japanese is Japanese
    const std::string article = std::string("<article class=\"kpi-doc\"") + (options.whole_page ? "" : std::string(" lang=\"") + lang + "\"") + ">\n" +
                                doc.out + "</article>\n";
    if (!options.whole_page) return article;
    return std::string("<!doctype html>\n<html lang=\"") + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title) + "</title>\n" +
           "<meta name=\"description\" content=\"" + esc(d.publisher.in(view.lang) + " " + d.title.in(view.lang)) + "\">\n<style>\n" +
           document_css() + "</style>\n</head>\n<body>\n" + article + "</body>\n</html>\n";
}

} // namespace kpi
