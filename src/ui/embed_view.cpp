// Embed mode (?embed=1): one chart without the app chrome, for an iframe on a city page, with a
// link to the full view. With a project and KPI in the link it shows that KPI's chart; otherwise
// the cross-project achievement chart.
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace ui {

void ShowEmbed(AppState& app) {
    constexpr float kChartMinHeight = 160;   // the chart, when the frame is very low
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kEmbedPaddingX * s, theme::kEmbedPaddingY * s));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kCard);
    ImGui::Begin("##embed", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (!app.dataset) {
        if (!app.data_error.empty()) MarkedBlock(app.data_error.marked(lang), theme::kError);
        else MutedWrapped(tr(Str::LoadingData, lang));
        ImGui::End();
        return;
    }
    const kpi::Project* p = app.view.project.empty() ? nullptr : app.dataset->find_project(app.view.project);
    const kpi::Kpi* k = nullptr;
    if (p)
        for (const auto& kk : p->kpis)
            if (kk.no == app.view.kpi) k = &kk;
    if (p && k) {
        MutedWrapped(p->name.in(lang).c_str());
        Heading(kpi::kpi_title(*k, lang).c_str(), theme::kTypeLead, theme::kAccent);
        ShowChartLegend(app, *k);
        const float link_h = theme::kTouchTarget * s + theme::kGapM * s;
        const float h = std::max(kChartMinHeight * s, ImGui::GetContentRegionAvail().y - link_h);
        ShowKpiChart(app, *k, h);
    } else {
        ShowCompare(app, false);
    }
    const char* link = tr(Str::OpenFullView, lang);
    if (TouchButton(link, 0.0f, "embed:open")) app.frame.requests.open_full_view = true;
    ImGui::End();
}

} // namespace ui
