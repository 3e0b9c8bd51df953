// Cross-project chart: achievement % of every KPI for one fiscal year, as horizontal bars with a
// 100 % line. KPIs without a ratio that year say why ("no target", "no actual yet", "plan is 0").
#include "core/achievement.h"
#include "core/chart_layout.h"
#include "core/format.h"
#include "core/query.h"
#include "ui/lazy_list.h"
#include "ui/navigation.h"
#include "core/view_url.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <vector>

namespace ui {
namespace {

const kpi::YearValue* year_of(const kpi::Kpi& k, int fy) {
    for (const auto& y : k.years)
        if (y.fy == fy) return &y;
    return nullptr;
}

// The dataset's years, and the default year: the latest in which any KPI has a plan and an actual.
void UpdateYears(AppState& app) {
    AppState::Ui::CompareFigures& f = app.ui.compare_figures;
    if (f.years_of_version == app.dataset_version) return;
    std::set<int> years;
    f.default_fy = 0;
    for (const auto& prog : app.dataset->programs)
        for (const auto& p : prog.projects)
            for (const auto& k : p.kpis)
                for (const auto& y : k.years) {
                    years.insert(y.fy);
                    if (y.actual && y.plan) f.default_fy = std::max(f.default_fy, y.fy);
                }
    f.years.assign(years.begin(), years.end());
    f.years_of_version = app.dataset_version;
}

// One scale for every bar shown (core/chart_layout.h): the zero at the left, or in the middle
// when some ratio is negative; every bar stays inside its track.
void UpdateAxis(AppState& app, const std::vector<const kpi::Project*>& projects, int fy, float bar_w) {
    AppState::Ui::CompareFigures& f = app.ui.compare_figures;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d|%d|%.1f|", app.dataset_version, fy, bar_w);
    const std::string key = buf + kpi::encode_view(app.view, "", "");   // (the filters, canonically)
    if (f.axis_key == key) return;
    std::vector<std::optional<double>> all_ratios;
    for (const kpi::Project* p : projects)
        for (const auto& k : p->kpis)
            if (const kpi::YearValue* y = year_of(k, fy)) all_ratios.push_back(kpi::achievement_ratio(k, *y));
    f.axis = kpi::compare_axis(all_ratios, bar_w, 1.5);
    f.axis_key = key;
}

} // namespace

void ShowCompare(AppState& app, bool wide) {
    // The bars' geometry (CSS px at scale 1).
    constexpr float kLabelShare = 0.42f;     // wide: the KPI names' share of the width, left of the bars
    constexpr float kYearChipRoom = 40;      // a year chip's padding and gap: wrap unless its text + this fits
    constexpr float kPercentRoom = 60;       // right of the track, for the % label
    constexpr float kLabelGap = theme::kGapL;   // wide: between a KPI's name and its bar
    constexpr float kBarHeight = 22;
    constexpr float kBarRadius = 3;          // unscaled
    constexpr float kLineOverhang = 3;       // the 0 % and 100 % lines reach this far above and below a bar
    constexpr float kValueGap = 6;           // between a bar's end (or the zero line) and its % label
    constexpr float kValueOverhang = 4;      // how far a % label may start past the track's end
    constexpr float kRowEstimate = 110;      // a project's height before it is first laid out
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    UpdateYears(app);
    const std::vector<int> years = app.ui.compare_figures.years;
    const int fy = app.view.compare_fy.value_or(app.ui.compare_figures.default_fy);

    Heading(tr(Str::CompareTitle, lang), theme::kTypeViewTitle, theme::kAccent, 2, "heading:compare");
    MutedWrapped(tr(Str::CompareHint, lang));
    StatusLegend(app, "compare-legend:", true);
    // Year chips
    const std::string group = tr(Str::CompareYears, lang);
    for (int y : years) {
        const std::string label = kpi::fy_short(y, app.view.era);
        if (!FitsOnLine(ImGui::CalcTextSize(label.c_str()).x + kYearChipRoom * s)) ImGui::NewLine();
        if (Chip(label.c_str(), y == fy, "compare-fy:" + std::to_string(y), Role::Toggle, group)) app.view.compare_fy = y;
        ImGui::SameLine(0, theme::kChipGap * s);
    }
    ImGui::NewLine();
    VSpace(theme::kGapS);

    // (By reference: a row opens a project and the year chips set the year; neither changes the filters.)
    const std::vector<const kpi::Project*>& projects = app.filtered().visible;
    BeginCard("##compare");
    const float w = ContentWidth();
    const float bar_x0 = wide ? w * kLabelShare : 0.0f;   // wide: label left of the bar; phones: above it
    const float bar_w = w - bar_x0 - kPercentRoom * s;
    UpdateAxis(app, projects, fy, bar_w);
    const kpi::CompareAxis axis = app.ui.compare_figures.axis;
    // Every KPI row is one stop for Tab; the arrow keys move between them (and Enter opens one).
    char items_group[160];
    std::snprintf(items_group, sizeof items_group, tr(Str::CompareItemsFmt, lang), kpi::fy_both(fy, lang).c_str());
    // Only the projects near the screen are drawn (ui/lazy_list.h).
    LazyList list(app.ui.lists.compare, ListLayoutKey(app) + "|" + std::to_string(fy), kRowEstimate * s, projects.size());
    for (const kpi::Project* p : projects) {
        if (!list.Begin(p)) continue;
        TextBlock(p->name.in(lang).c_str(), theme::kAccent);
        for (const auto& k : p->kpis) {
            ImGui::PushID(p->id.c_str());
            ImGui::PushID(k.no);
            const kpi::YearValue* y = year_of(k, fy);
            const ImVec2 o = ImGui::GetCursorScreenPos();
            const std::string name = kpi::kpi_title(k, lang);
            TextBlock(name.c_str(), 0, wide ? bar_x0 - kLabelGap * s : 0.0f, false);
            const float text_bottom = ImGui::GetCursorScreenPos().y;
            const float row_top = wide ? o.y : text_bottom;
            const float h = kBarHeight * s;
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float x0 = o.x + bar_x0;
            const auto ratio = y ? kpi::achievement_ratio(k, *y) : std::nullopt;
            // A year the KPI has no entry for is outside its project's period: say so, never "no target".
            const kpi::Status st = y ? kpi::year_status(k, *y) : kpi::Status::NoTarget;
            dl->AddRectFilled(ImVec2(x0, row_top), ImVec2(x0 + bar_w, row_top + h), theme::kTrack, kBarRadius);
            std::string label;
            const kpi::HBar hb = kpi::compare_bar(axis, ratio);
            if (ratio) {
                dl->AddRectFilled(ImVec2(x0 + hb.x0, row_top), ImVec2(x0 + hb.x1, row_top + h), theme::status_colour(st), kBarRadius);
                label = kpi::format_percent(ratio);
            } else {
                // Both values but no rate: a plan <= 0 (or, going down, an actual <= 0) has none
                // (core/achievement.h); the status still says whether it was met.
                const bool no_rate = y && y->plan && y->actual;
                const bool actual_side = no_rate && k.direction == kpi::Direction::Decrease && *y->plan > 0;
                label = std::string(kpi::kMissing) + " " +
                        (!y ? tr(Str::OutOfPeriod, lang)
                         : no_rate ? std::string(tr(actual_side ? Str::NoRatioActualNotPositive : Str::NoRatioPlanNotPositive, lang)) +
                                         tr(Str::ListSep, lang) + status_label(st, lang)
                                   : (st == kpi::Status::NoActual ? tr(Str::NoRatioNoActual, lang) : tr(Str::NoRatioNoTarget, lang)));
            }
            if (axis.lo < 0)   // the zero line, when bars run both ways
                dl->AddLine(ImVec2(x0 + axis.zero_x, row_top - kLineOverhang * s), ImVec2(x0 + axis.zero_x, row_top + h + kLineOverhang * s),
                            theme::kMuted, 1.0f);
            const float x100 = x0 + axis.hundred_x;
            dl->AddLine(ImVec2(x100, row_top - kLineOverhang * s), ImVec2(x100, row_top + h + kLineOverhang * s), theme::kText, theme::kStrokeMedium);
            const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
            // The % right of the bar's end; a negative bar's % right of the zero line.
            const float lx = !ratio ? x0 + axis.zero_x + kValueGap * s
                                    : *ratio < 0 ? x0 + axis.zero_x + kValueGap * s
                                                 : std::min(x0 + hb.x1 + kValueGap * s, x0 + bar_w + kValueOverhang * s);
            dl->AddText(ImVec2(lx, row_top + (h - ts.y) * 0.5f), ratio ? theme::kText : theme::kMuted, label.c_str());
            const float row_bottom = std::max(text_bottom, row_top + h) + theme::kGapS * s;
            ImGui::SetCursorScreenPos(o);
            bool open = ImGui::InvisibleButton("##row", ImVec2(w, row_bottom - o.y));
            std::string sem = p->name.in(lang) + tr(Str::InfoSep, lang) + name + tr(Str::LabelSep, lang) + label;
            if (ratio) sem += std::string(tr(Str::ClauseSep, lang)) + status_label(st, lang);
            open |= Semantic("compare:" + p->id + ":" + std::to_string(k.no), Role::Button, sem, 0, items_group);
            if (open) OpenProject(app, p->id, k.no);
            ImGui::PopID();
            ImGui::PopID();
        }
        VSpace(theme::kGapM);
        list.End(p);
    }
    list.Flush();
    EndCard();
    MutedWrapped(tr(Str::CompareFootnote, lang));
}

} // namespace ui
