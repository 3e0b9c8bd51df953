// Kiosk overlay: a card in the corner with the QR code of this view (to take it home on a phone)
// and the pause/resume control; and, after idle time, the countdown back to the attract loop.
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace ui {

void ShowKioskOverlay(AppState& app) {
    constexpr float kTouchHintSize = 1.5f;   // type: "touch the screen", large, read from a distance
    constexpr float kCountdownSize = 2.0f;   // type: "touch to continue"
    constexpr float kCountdownMaxWidth = 720;
    constexpr float kCountdownMargin = 20;   // at least this much scrim either side of the countdown card
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = theme::kKioskCardWidth * s;

    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - w - theme::kKioskCardMargin * s, vp->Pos.y + vp->Size.y - theme::kKioskCardMargin * s),
                            0, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kCardPaddingX * s, theme::kCardPaddingY * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, theme::kFloatingRadius * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kCard);
    ImGui::Begin("##kiosk", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
    // Say that the screen can be touched, large, before anything else on the card.
    Heading(tr(Str::KioskTouchHint, lang), kTouchHintSize, theme::kAccent);
    VSpace(theme::kGapXs);
    const bool paused = app.kiosk.paused;
    const char* label = !paused ? tr(Str::KioskPause, lang) : app.kiosk.steps == 0 ? tr(Str::KioskStart, lang) : tr(Str::KioskResume, lang);
    if (TouchButton(label, -1, "kiosk:pause", paused ? 0u : kSemSelected)) app.frame.requests.kiosk_toggle_pause = true;
    VSpace(theme::kGapXs);
    const float qr = w - 2 * theme::kCardPaddingX * s;   // the card's width inside its padding
    if (DrawQrCode(app.frame.share_url, qr)) Semantic("kiosk:qr", Role::Image, tr(Str::KioskQrCaption, lang));
    TextBlock(tr(Str::KioskQrCaption, lang), theme::kAccent, 0.0f, false);
    ImGui::End();

    if (app.kiosk.seconds_to_reset >= 0) {
        // The countdown covers everything; any touch continues the visit (handled by the loop).
        ImGui::SetNextWindowPos(vp->Pos);
        ImGui::SetNextWindowSize(vp->Size);
        ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kScrim);
        ImGui::Begin("##countdown", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        ImGui::PopStyleColor();
        const float cw = std::min(kCountdownMaxWidth * s, vp->Size.x - 2 * kCountdownMargin * s);
        ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - cw) * 0.5f, vp->Pos.y + vp->Size.y * 0.3f));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCard);
        ImGui::BeginChild("##cd", ImVec2(cw, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::PopStyleColor();
        BeginDialog(tr(Str::TouchToContinue, lang), "");
        Heading(tr(Str::TouchToContinue, lang), kCountdownSize, theme::kAccent);
        char buf[160];
        std::snprintf(buf, sizeof buf, tr(Str::ResetInFmt, lang),
                      static_cast<int>(std::ceil(app.kiosk.seconds_to_reset)));
        Heading(buf, theme::kTypeSection);
        VSpace(theme::kGapM);
        ImGui::EndChild();
        if (Semantic("kiosk:continue", Role::Button, tr(Str::TouchToContinue, lang))) app.frame.requests.kiosk_continue = true;
        ImGui::End();
    }
}

} // namespace ui
