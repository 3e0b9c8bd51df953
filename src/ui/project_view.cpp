// Project page: name, application type and partners, period, summary, notes with their ※ markers,
// then every KPI as a card with its chart and the table of exactly the plotted numbers.
// Tapping a KPI's heading selects it (it is what a shared link to this KPI shows first).
#include "core/achievement.h"
#include "core/format.h"
#include "ui/navigation.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace ui {
namespace {

void KpiCard(AppState& app, const kpi::Project& p, const kpi::Kpi& k, bool wide) {
    const kpi::Lang lang = app.view.lang;
    const bool selected = app.view.kpi == k.no;
    ImGui::PushID(k.no);
    if (selected && app.ui.keep_kpi_in_view) ImGui::SetScrollHereY(0.0f);
    BeginCard("##kpi", selected ? theme::kAccent : 0);
    // The kiosk shows one KPI a step, scrolled to it: the project's name comes with it.
    if (app.is(PageMode::Kiosk)) {
        char of[512];
        std::snprintf(of, sizeof of, tr_marked(Str::ProjectOfKpiFmt, lang), p.name.in(lang).c_str());
        MarkedBlock(of, theme::kMuted);   // (事業{じぎょう}： and the project's name as the city wrote it)
    }
    // Heading row: title (tap to select) and the headline status.
    const kpi::YearValue* hy = kpi::headline_year(k);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * theme::kTypeLead);
    const std::string title = kpi::kpi_title(k, lang);
    // The whole heading is a tap target (>= 44 px high): text on top, hover background below.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ContentWidth();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    TextBlock(title.c_str(), 0, w, false);
    const float text_h = ImGui::GetItemRectSize().y;
    dl->ChannelsSetCurrent(0);
    const float h = std::max(text_h, theme::kTouchTarget * Scale());
    ImGui::SetCursorScreenPos(pos);
    bool tapped = ImGui::InvisibleButton("##select", ImVec2(w, h));
    constexpr float kHoverBleedX = 6, kHoverBleedY = 2, kHoverRadius = 6;   // the hover background, unscaled
    if (ImGui::IsItemHovered())
        dl->AddRectFilled(ImVec2(pos.x - kHoverBleedX, pos.y - kHoverBleedY), ImVec2(pos.x + w + kHoverBleedX, pos.y + h + kHoverBleedY),
                          theme::kAccentSoft, kHoverRadius);
    dl->ChannelsMerge();
    // One element: the heading's only content is the toggle that selects the KPI (<h3><button>).
    tapped |= Semantic("kpi:" + std::to_string(k.no), Role::Toggle, title, selected ? kSemSelected : 0);
    SetLastNodeLevel(3);
    if (tapped) SelectKpi(app, k.no);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    if (hy) {
        Label(std::string(tr(Str::LatestYear, lang)) + " " + kpi::fy_short(hy->fy, app.view.era) + ":", theme::kMuted);
        ImGui::SameLine();
        const kpi::Status st = kpi::year_status(k, *hy);
        if (!FitsOnLine(StatusBadgeWidth(st, lang))) ImGui::NewLine();   // (easy Japanese's longer words at 320 px)
        const std::string scope = "status:kpi:" + std::to_string(k.no);
        TermBadge(app, term_of(st), scope, kpi::kpi_title(k, lang));
        const std::string gap = kpi::shortfall_text(k, *hy, lang, true);   // (with its readings: the unit is the city's word)
        if (!gap.empty()) {
            ImGui::SameLine(0, theme::kGapM * Scale());
            if (!FitsOnLine(MarkedTextSize(gap).x)) ImGui::NewLine();
            MarkedBlock(gap, theme::kNotMet);
        }
        TermExplanation(app, scope);
    }
    VSpace(theme::kGapXs);
    ShowChartLegend(app, k);
    ShowKpiChart(app, k, (wide ? theme::kChartHeightWide : theme::kChartHeight) * Scale());
    VSpace(theme::kGapXs);
    ShowKpiTable(app, k);
    for (const auto& n : k.notes) MutedWrapped(n.in(lang).c_str());
    EndCard();
    ImGui::PopID();
    VSpace(theme::kGapS);
}

} // namespace

void ShowProject(AppState& app, const kpi::Project& p, bool wide) {
    const kpi::Dataset& d = *app.dataset;
    const kpi::Lang lang = app.view.lang;
    const kpi::Program* prog = d.program_of(p.id);

    if (TouchButton((std::string(tr(Str::BackMark, lang)) + tr(Str::Back, lang)).c_str(), 0.0f, "back")) {
        GoToOverview(app);
        return;
    }
    VSpace(theme::kGapXs);
    if (prog) {
        MarkedBlock(tr_fill_marked(Str::AdoptedFmt, MarkedOf(kpi::fy_both(prog->adopted_fy, lang)), lang) + tr(Str::InfoSep, lang) +
                        prog->name.in(lang), theme::kMuted);
    }
    Heading(p.name.in(lang).c_str(), theme::kTypePageTitle, theme::kAccent, 2, "heading:project");
    const std::string app_label = p.application == kpi::Application::Joint ? tr(Str::Joint, lang) : tr(Str::Single, lang);
    Tag(app_label.c_str(), theme::kAccent, theme::kAccentSoft);
    SemanticContent(Role::Text, app_label);
    VSpace(theme::kGapXs);

    BeginCard("##about");
    auto row = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        Label(label, theme::kMuted);
        Wrapped(value.c_str());
        VSpace(theme::kGap2xs);
    };
    if (!p.partners.empty()) {
        std::string partners;
        for (const auto& t : p.partners) partners += (partners.empty() ? "" : tr(Str::ClauseSep, lang)) + t.in(lang);
        row(tr(Str::Partners, lang), partners);
    }
    if (prog) {
        row(tr(Str::Period, lang), prog->period.in(lang));
        row(tr(Str::Funding, lang), prog->funding.in(lang));
    }
    row(tr(Str::Summary, lang), p.summary.in(lang));
    if (!p.notes.empty() || (prog && !prog->notes.empty())) {
        Label(tr(Str::Notes, lang), theme::kMuted);
        for (const auto& n : p.notes) Wrapped(n.in(lang).c_str());
        if (prog)
            for (const auto& n : prog->notes) Wrapped(n.in(lang).c_str());
    }
    EndCard();
    VSpace(theme::kBlockGap);

    std::string kpi_heading = tr(Str::Kpis, lang);
    if (!p.kpi_scope.empty()) kpi_heading += tr_paren(p.kpi_scope.in(lang), lang);
    Heading(kpi_heading.c_str(), theme::kTypeSection);
    VSpace(theme::kGap2xs);
    for (const auto& k : p.kpis) KpiCard(app, p, k, wide);
}

} // namespace ui
