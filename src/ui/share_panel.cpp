// Share panel: the link of the current view, copy (with a visible confirmation), Web Share on
// phones, a QR code of the link, CSV of what is shown, PNG and SVG of the selected chart, Print.
// A floating panel on wide screens, a full-screen sheet on phones.
#include "core/view_url.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace ui {

void ShowSharePanel(AppState& app, bool wide) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    if (wide) {
        // Just below the top bar, kGapL from the screen's right and bottom edges.
        const float w = theme::kSharePanelWidth * s;
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - w - theme::kGapL * s,
                                       vp->Pos.y + (theme::kTopBarHeight + theme::kGapXs) * s));
        ImGui::SetNextWindowSize(ImVec2(w, 0));
        // Fits its content, but never past the bottom of the screen: then it scrolls (wheel, touch,
        // and the keyboard's focus brings each control into view).
        ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0),
                                            ImVec2(w, vp->Size.y - (theme::kTopBarHeight + theme::kGapXs + theme::kGapL) * s));
    } else {
        ImGui::SetNextWindowPos(vp->Pos);
        ImGui::SetNextWindowSize(vp->Size);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kDialogPaddingX * s, theme::kDialogPaddingY * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, wide ? 1.0f : 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, wide ? theme::kFloatingRadius * s : 0.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kCard);
    ImGui::Begin("##share", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                         (wide ? ImGuiWindowFlags_AlwaysAutoResize : 0));
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
    BeginDialog(tr(Str::ShareTitle, lang), "share");

    const bool closed = DialogHeader(tr(Str::ShareTitle, lang), lang, "share:close");

    MutedWrapped(app.frame.share_url.c_str());
    const float half = (ContentWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (TouchButton(tr(Str::CopyLink, lang), app.can_web_share ? half : -1, "share:copy")) app.frame.requests.copy_link = true;
    if (app.can_web_share) {
        ImGui::SameLine();
        if (TouchButton(tr(Str::ShareVia, lang), -1, "share:web")) app.frame.requests.web_share = true;
    }
    if (!app.ui.share_feedback.empty() && app.frame.now_ms < app.ui.share_feedback_until_ms)
        MarkedBlock(app.ui.share_feedback.marked(lang), theme::kMet);
    else
        VSpace(ImGui::GetFontSize() / s);

    // QR code: large enough to scan from a printed page or a kiosk screen.
    const float qr = std::min(theme::kQrSize * s, ContentWidth());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ContentWidth() - qr) * 0.5f);
    if (DrawQrCode(app.frame.share_url, qr)) Semantic("share:qr", Role::Image, tr(Str::QrCaption, lang));
    TextBlock(tr(Str::QrCaption, lang), theme::kMuted, 0.0f, false);
    VSpace(theme::kGapS);

    if (TouchButton(tr(Str::DownloadCsv, lang), -1, "share:csv")) app.frame.requests.download_csv = true;
    const bool has_chart = !app.view.project.empty() && app.view.kpi != 0;
    ImGui::BeginDisabled(!has_chart);
    const bool png = TouchButton(tr(Str::SaveChartPng, lang), -1, "share:png");
    ImGui::EndDisabled();
    if (png && has_chart) {
        app.frame.requests.save_chart_png = true;
        app.ui.share_open = false;   // the panel must not cover the chart in the picture
    }
    ImGui::BeginDisabled(!has_chart);
    const bool svg = TouchButton(tr(Str::SaveChartSvg, lang), -1, "share:svg");
    ImGui::EndDisabled();
    if (svg && has_chart) app.frame.requests.save_chart_svg = true;
    if (!has_chart) MutedWrapped(tr(Str::SelectKpiForPng, lang));
    // The current view on paper (the document, not the canvas; app/printing.h).
    if (TouchButton(tr(Str::Print, lang), -1, "share:print")) app.frame.requests.print = true;

    // Embed code for the selected chart (what ?embed=1 shows), with a title for screen readers.
    VSpace(theme::kGapM);
    TextBlock(tr(Str::EmbedTitle, lang), theme::kText);
    app.frame.embed_code.clear();
    if (has_chart) {
        std::string title = PageTitle(app);
        app.frame.embed_code = kpi::iframe_snippet(app.frame.share_url, title);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kPage);
        BeginCard("##embed");
        TextBlock(app.frame.embed_code.c_str(), theme::kText);
        EndCard();
        ImGui::PopStyleColor();
    } else {
        MutedWrapped(tr(Str::EmbedNeedsKpi, lang));
    }
    ImGui::BeginDisabled(!has_chart);
    const bool copy_embed = TouchButton(tr(Str::CopyEmbed, lang), -1, "share:embed");
    ImGui::EndDisabled();
    if (copy_embed && has_chart) app.frame.requests.copy_embed = true;
    ImGui::End();
    if (closed) app.ui.share_open = false;
}

} // namespace ui
