// Overview: the summary line, then every grant program by adoption year with its projects.
// Each project card shows its application type, period and the status of its KPIs for the latest
// year with data. Tapping a card opens the project page.
#include "core/achievement.h"
#include "core/format.h"
#include "core/query.h"
#include "core/view_url.h"
#include "ui/lazy_list.h"
#include "ui/navigation.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>

namespace ui {
namespace {

void SummaryLine(const AppState& app, const kpi::StatusCounts& c) {
    const kpi::Lang lang = app.view.lang;
    char buf[256];
    std::snprintf(buf, sizeof buf, tr(Str::KpiSummaryFmt, lang), c.total(), c.met, c.not_met, c.no_actual, c.no_target);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * theme::kTypeLead);
    Wrapped(buf);
    ImGui::PopFont();
}

// Status bar: one segment per KPI, coloured and in the same order as the words below it.
void StatusStrip(const AppState& app, const kpi::Project& p) {
    constexpr float kStripHeight = 8;
    constexpr float kSegmentGap = 2, kSegmentRadius = 3;   // unscaled
    const kpi::Lang lang = app.view.lang;
    const kpi::StatusCounts c = kpi::count_headline(p);
    const float s = Scale();
    const float w = ContentWidth();
    const float h = kStripHeight * s;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int total = c.total();
    float x = o.x;
    for (kpi::Status st : kpi::kAllStatuses) {
        const float seg = total > 0 ? w * c.of(st) / total : 0.0f;
        if (seg > 0) dl->AddRectFilled(ImVec2(x, o.y), ImVec2(x + seg - kSegmentGap, o.y + h), theme::status_colour(st), kSegmentRadius);
        x += seg;
    }
    ImGui::Dummy(ImVec2(w, h));
    // Words with counts, e.g. "達成 1 · 未達成 2"
    bool first = true;
    for (kpi::Status st : kpi::kAllStatuses) {
        if (!c.of(st)) continue;
        if (!first) ImGui::SameLine(0, theme::kGapL * s);
        first = false;
        ImGui::TextColored(theme::to_vec4(theme::status_colour(st)), "%s %d", status_label(st, lang), c.of(st));
    }
}

// "KPI 3件：達成 1・未達成 2" for one project (its KPIs in their latest year with data).
std::string OutcomeText(const kpi::StatusCounts& c, kpi::Lang lang) {
    char buf[64];
    std::snprintf(buf, sizeof buf, tr(Str::GlanceKpisFmt, lang), c.total());
    std::string t = buf;
    bool first = true;
    for (kpi::Status st : kpi::kAllStatuses) {
        if (!c.of(st)) continue;
        t += (first ? "" : tr(Str::ListSep, lang)) + std::string(status_label(st, lang)) + " " + std::to_string(c.of(st));
        first = false;
    }
    return t;
}

// The first thing on a phone: every project (as filtered) with its outcome, one compact row each,
// so "which projects met their targets?" is answered without scrolling. A row opens the project.
// Only the rows near the screen are drawn (ui/lazy_list.h).
void Glance(AppState& app, const std::vector<const kpi::Project*>& rows) {
    constexpr float kRowEstimate = 70;        // a row's height before it is first laid out
    constexpr float kRowGap = theme::kGapS;   // between rows, with a rule in its middle
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    if (rows.empty()) return;
    char hdr[128];
    std::snprintf(hdr, sizeof hdr, tr(Str::GlanceTitleFmt, lang), static_cast<int>(rows.size()));
    Heading(hdr, theme::kTypeLead, theme::kText, 2, "heading:overview");
    BeginCard("##glance");
    const float w = ContentWidth();
    LazyList list(app.ui.lists.glance, ListLayoutKey(app), kRowEstimate * s, rows.size());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < rows.size(); ++i) {
        const kpi::Project& p = *rows[i];
        if (!list.Begin(&p)) continue;
        ImGui::PushID(p.id.c_str());
        const kpi::StatusCounts c = kpi::count_headline(p);
        const ImVec2 o = ImGui::GetCursorScreenPos();
        const float rule_y = o.y - kRowGap * s * 0.5f;
        if (i > 0) dl->AddLine(ImVec2(o.x, rule_y), ImVec2(o.x + w, rule_y), theme::kBorder, 1.0f);
        TextBlock(p.name.in(lang).c_str(), theme::kAccent, w, false);
        // The outcome: the words in their status colours (never colour alone), wrapping as needed.
        char lead[64];
        std::snprintf(lead, sizeof lead, tr(Str::GlanceKpisFmt, lang), c.total());
        // The lead in easy Japanese has its readings over it: the words after it on its line stand
        // on its baseline, below the readings' row.
        const float lead_top = ImGui::GetCursorScreenPos().y;
        const float rise = RubyTextSize(lead).y - ImGui::GetFontSize();
        RubyText(lead, theme::kMuted);
        bool first = true, on_lead_line = true;
        for (kpi::Status st : kpi::kAllStatuses) {
            if (!c.of(st)) continue;
            const std::string word = std::string(first ? "" : tr(Str::ListSep, lang)) + status_label(st, lang) + " " + std::to_string(c.of(st));
            ImGui::SameLine(0, 0);
            if (!FitsOnLine(ImGui::CalcTextSize(word.c_str()).x)) {
                ImGui::NewLine();
                on_lead_line = false;
            } else if (on_lead_line && rise > 0) {
                ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, lead_top + rise));
            }
            ImGui::TextColored(theme::to_vec4(theme::status_colour(st)), "%s", word.c_str());
            first = false;
        }
        const float bottom = std::max(ImGui::GetCursorScreenPos().y, o.y + theme::kTouchTarget * s);
        ImGui::SetCursorScreenPos(o);
        ImGui::InvisibleButton("##row", ImVec2(w, bottom - o.y));
        kpi::ViewState v = app.view;
        v.project = p.id;
        v.kpi = 0;
        v.mode = kpi::ViewMode::Overview;
        const std::string href = kpi::encode_view(v, app.data_name, app.default_data);
        const std::string name = p.name.in(lang) + tr(Str::LabelSep, lang) + OutcomeText(c, lang);
        if (CardTapped("glance:" + p.id, name, href.empty() ? "./" : href)) OpenProject(app, p.id);
        ImGui::SetCursorScreenPos(ImVec2(o.x, bottom + kRowGap * s));
        ImGui::Dummy(ImVec2(w, 0));
        ImGui::PopID();
        list.End(&p);
    }
    list.Flush();
    EndCard();
    VSpace(theme::kGapM);
}

// What a screen reader says about a card besides its name: type, period and KPI statuses.
std::string CardDescription(const AppState& app, const kpi::Program& prog, const kpi::Project& p, const std::string& app_label) {
    const kpi::Lang lang = app.view.lang;
    std::string d = app_label;
    if (!prog.period.empty()) d += tr(Str::SentenceSep, lang) + prog.period.in(lang);
    const kpi::StatusCounts c = kpi::count_headline(p);
    for (kpi::Status st : kpi::kAllStatuses)
        if (c.of(st)) d += tr(Str::SentenceSep, lang) + std::string(status_label(st, lang)) + " " + std::to_string(c.of(st));
    return d;
}

void ProjectCard(AppState& app, const kpi::Program& prog, const kpi::Project& p) {
    const kpi::Lang lang = app.view.lang;
    ImGui::PushID(p.id.c_str());
    BeginCard("##card");
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * theme::kTypeCardTitle);
    TextBlock(p.name.in(lang).c_str(), 0, 0.0f, false);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    // Every partner is named (「共同申請（北海道・東山町）」); a label too wide for one tag wraps.
    std::string partners;
    for (const auto& t : p.partners) partners += (partners.empty() ? "" : tr(Str::ListSep, lang)) + t.in(lang);
    const std::string app_label = p.application == kpi::Application::Joint
                                      ? std::string(tr(Str::Joint, lang)) +
                                            (partners.empty() ? "" : tr_paren(partners, lang))
                                      : tr(Str::Single, lang);
    if (TagWidth(app_label.c_str()) <= ContentWidth())
        Tag(app_label.c_str(), theme::kAccent, theme::kAccentSoft);
    else
        TextBlock(app_label.c_str(), theme::kAccent, 0.0f, false);
    if (!prog.period.empty()) TextBlock(prog.period.in(lang).c_str(), theme::kMuted, 0.0f, false);
    StatusStrip(app, p);
    EndCard();
    kpi::ViewState v = app.view;
    v.project = p.id;
    v.kpi = 0;
    v.mode = kpi::ViewMode::Overview;
    const std::string href = kpi::encode_view(v, app.data_name, app.default_data);
    if (CardTapped("project:" + p.id, p.name.in(lang), href.empty() ? "./" : href, CardDescription(app, prog, p, app_label)))
        OpenProject(app, p.id);
    ImGui::PopID();
    VSpace(theme::kGapXs);
}

} // namespace

void ShowOverview(AppState& app, bool /*wide*/) {
    constexpr float kItemEstimate = 150;   // a list item's height before it is first laid out
    const kpi::Dataset& d = *app.dataset;
    const kpi::Lang lang = app.view.lang;

    if (!app.data_updated_note.empty()) MarkedBlock(app.data_updated_note.marked(lang), theme::kMet);
    if (lang != kpi::Lang::Ja && d.texts_missing(lang) > 0) MutedWrapped(tr(Str::OnlyInJapanese, lang));   // said once, here
    if (!app.data_warnings.empty()) {   // a newer file, or a typo: said once, quietly, where staff look
        char buf[512];
        const kpi::LoadWarning& w = app.data_warnings.front();
        std::snprintf(buf, sizeof buf, tr_marked(Str::IgnoredFieldsFmt, lang), static_cast<int>(app.data_warnings.size()),
                      (w.pointer + (w.suggestion.empty() ? "" : tr(Str::SuggestsArrow, lang) + w.suggestion)).c_str());
        MarkedBlock(buf, theme::kMuted);   // (the format with its readings; the field's name as it is)
    }
    // (Held by reference: nothing on this page changes the filters before the last use of it; the
    // "clear filters" button at the end does, after it.)
    const kpi::FilterResult& shown_now = app.filtered();
    Glance(app, shown_now.visible);
    SummaryLine(app, app.filter_index().headline());
    // Legend of the four statuses and the achievement rate, so nobody has to guess what a colour or a
    // word means: each opens its short explanation.
    StatusLegend(app, "legend:");
    MutedWrapped(tr(Str::StatusRule, lang));
    const int shown = static_cast<int>(shown_now.visible.size());
    if (!app.view.filters.empty()) {
        char buf[128];
        std::snprintf(buf, sizeof buf, tr(Str::ShownProjectsFmt, lang), shown, static_cast<int>(d.project_count()));
        Label(buf, theme::kAccent);
    }
    VSpace(theme::kGapS);

    // Only what is near the screen is drawn (ui/lazy_list.h): each program's heading, each card and
    // the space after a program are the list's items.
    LazyList list(app.ui.lists.overview, ListLayoutKey(app), kItemEstimate * Scale(), shown_now.visible.size());
    for (size_t i = 0; i < d.programs.size(); ++i) {
        const kpi::Program& prog = d.programs[i];
        // A program section is shown when it has visible projects, or when no filter is set
        // (a year without new projects still tells citizens something).
        const std::vector<const kpi::Project*>& visible = shown_now.by_program[i];
        if (visible.empty() && !app.view.filters.empty()) continue;
        if (list.Begin(&prog)) {
            ImGui::PushID(static_cast<int>(i));
            char hdr[256];
            std::snprintf(hdr, sizeof hdr, tr(Str::AdoptedFmt, lang), kpi::fy_both(prog.adopted_fy, lang).c_str());
            // Drawn as a small line over the program's name; read as one heading with its year
            // (a city has several programs of the same name, one a year).
            MarkedText(tr_fill_marked(Str::AdoptedFmt, MarkedOf(kpi::fy_both(prog.adopted_fy, lang)), lang), theme::kMuted);
            Heading(prog.name.in(lang).c_str(), theme::kTypeSection, theme::kText, 2, {},
                    std::string(hdr) + " " + prog.name.in(lang));
            if (!prog.funding.empty()) MarkedBlock(std::string(tr_marked(Str::Funding, lang)) + tr(Str::LabelSep, lang) + prog.funding.in(lang), theme::kMuted);
            for (const auto& n : prog.notes) MutedWrapped(n.in(lang).c_str());
            if (prog.projects.empty()) {
                BeginCard("##empty");
                MutedWrapped(tr(Str::NoNewProjects, lang));
                EndCard();
            }
            ImGui::PopID();
            list.End(&prog);
        }
        for (const kpi::Project* p : visible) {
            if (!list.Begin(p)) continue;
            ProjectCard(app, prog, *p);
            list.End(p);
        }
        if (list.Begin(&prog.projects)) {   // the space between programs
            VSpace(theme::kSectionGap);
            list.End(&prog.projects);
        }
    }
    list.Flush();
    if (shown == 0 && !app.view.filters.empty()) {
        Wrapped(tr(Str::NoProjectsMatch, lang));
        if (TouchButton(tr(Str::ClearFilters, lang), 0.0f, "filter:clear-empty")) app.view.filters = kpi::Filters{};
    }
    // Dataset notes and source at the end of the page.
    VSpace(theme::kGapM);
    for (const auto& n : d.notes) MutedWrapped(n.in(lang).c_str());
    MarkedBlock(std::string(tr_marked(Str::Source, lang)) + tr(Str::LabelSep, lang) + d.source.title.in(lang) + tr(Str::InfoSep, lang) +
                    tr_marked(Str::AsOf, lang) + tr(Str::LabelSep, lang) + d.as_of, theme::kMuted);
}

} // namespace ui
