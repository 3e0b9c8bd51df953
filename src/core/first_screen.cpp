#include "first_screen.h"

#include "achievement.h"
#include "chart_svg.h"   // markup_text, status_words
#include "document.h"
#include "format.h"
#include "query.h"
#include "ruby.h"
#include "strings.h"
#include "view_url.h"

#include <cstdio>

namespace kpi {
namespace {

std::string esc(std::string_view s) { return markup_text(s); }

struct Screen {
    const Dataset& d;
    const ViewState& v;
    const FirstScreenOptions& o;
    Lang lang;
    std::string out;

    // The viewer's link to view `to` ("./" for the default view of the default dataset).
    std::string href(const ViewState& to) const {
        const std::string q = encode_view(to, o.data_name.empty() ? o.default_data : o.data_name, o.default_data);
        return esc(q.empty() ? "./" : q);
    }
    // A word of the table as HTML: in easy Japanese with its readings (<rt aria-hidden>: a screen
    // reader reads the word once), as the document writes it. Controls' names stay plain.
    std::string html(Str x) const { return html_marked(tr_marked(x, lang)); }
    std::string html_marked(const std::string& marked) const { return lang == Lang::Easy ? ruby_html(marked, esc) : esc(marked); }
    // A date or year the code wrote (2026年3月31日): its readings too in easy Japanese.
    std::string html_date(const std::string& plain) const {
        const std::string marked = lang == Lang::Easy ? easy_marked_join(plain) : std::string();
        return marked.empty() ? esc(plain) : ruby_html(marked, esc);
    }
    std::string link(const ViewState& to, const std::string& text, const std::string& cls, const std::string& sem,
                     const char* extra = "") const {
        return "<a class=\"" + cls + "\" href=\"" + href(to) + "\" data-sem=\"" + esc(sem) + "\"" + extra + ">" + esc(text) + "</a>";
    }
};

// The bar: the dataset's title. The canvas's bar also has 共有 (share) and the language control,
// which work only with the viewer's code: here they are the same room, empty, so the title wraps
// where it will wrap and nothing moves at the hand-over (the language is chosen in a moment).
void bar(Screen& s) {
    s.out += "<header class=\"fs-bar\"><p class=\"fs-title\">" + esc(s.d.title.in(s.lang)) + "</p>" +
             "<span class=\"fs-button fs-bar-space\" aria-hidden=\"true\">" + esc(tr(Str::Share, s.lang)) + "</span>" +
             "<span class=\"fs-button fs-bar-space\" aria-hidden=\"true\">" + esc(tr(Str::Language, s.lang)) + "</span></header>\n";
}

// The view tabs: the overview (current) and the compare view.
void tabs(Screen& s) {
    ViewState overview = s.v, compare = s.v;
    overview.project.clear();
    overview.kpi = 0;
    overview.mode = ViewMode::Overview;
    compare.project.clear();
    compare.kpi = 0;
    compare.mode = ViewMode::Compare;
    const bool on_overview = s.v.project.empty();
    s.out += "<nav class=\"fs-tabs\" aria-label=\"" + esc(tr(Str::ViewTabs, s.lang)) + "\">" +
             s.link(overview, tr(Str::Overview, s.lang), on_overview ? "fs-chip fs-current" : "fs-chip", "tab:overview",
                    on_overview ? " aria-current=\"page\"" : "") +
             s.link(compare, tr(Str::Compare, s.lang), "fs-chip", "tab:compare") + "</nav>\n";
}

// As-of date and source, the last lines of the first screen.
void about(Screen& s) {
    s.out += "<dl class=\"fs-about\"><div><dt>" + s.html(Str::AsOf) + "</dt><dd><time datetime=\"" + esc(s.d.as_of) + "\">" +
             s.html_date(format_date(s.d.as_of, s.lang)) + "</time></dd></div>";
    if (!s.d.source.title.empty())
        s.out += "<div><dt>" + s.html(Str::Source) + "</dt><dd>" + esc(s.d.source.title.in(s.lang)) + "</dd></div>";
    s.out += "</dl>\n";
}

// Each project's outcome (「KPI 3件：達成 2・未達成 1」) as a link to its page, in report order;
// then the counts over every KPI and the rule they are judged by.
void overview(Screen& s) {
    const Lang lang = s.lang;
    const std::vector<const Project*> visible = visible_projects(s.d, s.v.filters);
    // Above the outcomes, as the canvas's overview says it: the city's texts are in Japanese only
    // (so that the canvas, taking over, does not move the list down by this line).
    if (lang != Lang::Ja && s.d.texts_missing(lang) > 0) s.out += "<p class=\"fs-note\">" + s.html(Str::OnlyInJapanese) + "</p>\n";
    s.out += "<h1 class=\"fs-heading\">" + s.html_marked(tr_ints_marked(Str::GlanceTitleFmt, lang, {static_cast<int>(visible.size())})) + "</h1>\n";
    s.out += "<ul class=\"fs-card fs-glance\">\n";
    for (const Project* p : visible) {
        const StatusCounts c = count_headline(*p);
        ViewState to = s.v;
        to.project = p->id;
        to.kpi = 0;
        to.mode = ViewMode::Overview;
        s.out += "<li>" + s.link(to, p->name.in(lang), "fs-project", "glance:" + p->id) + "<p class=\"fs-outcome\">" +
                 s.html_marked(tr_ints_marked(Str::GlanceKpisFmt, lang, {c.total()}));
        bool first = true;
        for (Status st : kAllStatuses) {
            if (!c.of(st)) continue;
            s.out += std::string(first ? "" : esc(tr(Str::ListSep, lang))) + "<span class=\"status-" + to_string(st) + "\">" +
                     esc(status_words(st, lang)) + " " + std::to_string(c.of(st)) + "</span>";
            first = false;
        }
        s.out += "</p></li>\n";
    }
    s.out += "</ul>\n";
    const StatusCounts all = count_headline(s.d);
    s.out += "<p class=\"fs-lead\">" +
             s.html_marked(tr_ints_marked(Str::KpiSummaryFmt, lang, {all.total(), all.met, all.not_met, all.no_actual, all.no_target})) + "</p>\n";
    // The four statuses in their colours and words, as the canvas's legend shows them under the counts.
    s.out += "<p class=\"fs-legend\">";
    for (Status st : kAllStatuses)
        s.out += "<span class=\"fs-badge status-" + std::string(to_string(st)) + "\">" + esc(status_words(st, lang)) + "</span>";
    s.out += "</p>\n<p class=\"fs-note\">" + s.html(Str::StatusRule) + "</p>\n";
    about(s);
}

// A project's page: back to the list, then the document renderer's page of the project.
void project(Screen& s, const Project& p) {
    ViewState list = s.v;
    list.project.clear();
    list.kpi = 0;
    s.out += "<p class=\"fs-back\">" + s.link(list, tr(Str::Back, s.lang), "fs-button fs-back-link", "back") + "</p>\n";
    ViewState doc_view = s.v;
    doc_view.project = p.id;
    DocumentOptions opts;
    opts.whole_page = false;
    s.out += render_document(s.d, doc_view, opts);
}

} // namespace

std::string render_first_screen(const Dataset& d, const ViewState& view, const FirstScreenOptions& options) {
    Screen s{d, view, options, view.lang, {}};
    const Project* p = view.project.empty() ? nullptr : d.find_project(view.project);
    s.out += "<div class=\"fs\" lang=\"" + std::string(html_lang(view.lang)) + "\" data-dataset-sha256=\"" + esc(options.dataset_sha256) +
             "\">\n";
    bar(s);
    s.out += "<div class=\"fs-main\">\n";
    tabs(s);
    if (p) project(s, *p);
    else overview(s);
    s.out += "</div>\n</div>\n";
    return s.out;
}

} // namespace kpi
