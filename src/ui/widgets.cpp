#include "ui/widgets.h"

#include "core/format.h"
#include "ui/strings.h"
#include "ui/theme.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <cstdio>

namespace ui {

float Scale() { return ImGui::GetStyle().FontScaleMain; }
float ContentWidth() { return ImGui::GetContentRegionAvail().x; }
bool FitsOnLine(float width) { return ImGui::GetContentRegionAvail().x >= width; }
void VSpace(float px) { ImGui::Dummy(ImVec2(1, px * Scale())); }
float ChipWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + 2 * theme::kControlPaddingX * Scale(); }
float TagWidth(const char* text) { return ImGui::CalcTextSize(text).x + theme::kTagPaddingX * Scale() * 2; }

bool Chip(const char* label, bool selected, const std::string& id, Role role, const std::string& group) {
    ImGui::PushID(id.c_str());
    const float h = theme::kTouchTarget * Scale();
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 size(text.x + 2 * theme::kControlPaddingX * Scale(), h);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("##chip", size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad_y = theme::kChipInsetY * Scale();
    const ImVec2 a(p.x, p.y + pad_y), b(p.x + size.x, p.y + size.y - pad_y);
    const float r = (b.y - a.y) * 0.5f;
    if (selected) {
        dl->AddRectFilled(a, b, theme::kAccent, r);
    } else {
        dl->AddRectFilled(a, b, hovered ? theme::kAccentSoft : theme::kCard, r);
        dl->AddRect(a, b, theme::kControlBorder, r, 0, 1.0f);
    }
    dl->AddText(ImVec2(p.x + theme::kControlPaddingX * Scale(), p.y + (size.y - text.y) * 0.5f),
                selected ? theme::kOnAccent : theme::kText, label, ImGui::FindRenderedTextEnd(label));
    ImGui::PopID();
    const bool activated = Semantic(id, role, std::string(label, ImGui::FindRenderedTextEnd(label)),
                                    selected ? kSemSelected : 0, group);
    return pressed || activated;
}

bool TextField(const std::string& id, const char* label, const char* hint, std::string& value) {
    constexpr float kCaretRise = 2;     // the caret reaches this far above and below the text
    constexpr float kCaretMargin = 4;   // room kept right of the caret when the text scrolls
    constexpr float kUnderlineGap = 2;  // the IME underline, below the text
    const float s = Scale();
    ImGui::TextColored(theme::to_vec4(theme::kMuted), "%s", label);
    const FrameInput::Text& t = CurrentInput().text;
    // The DOM twin's last report: applied when it changed, and drawn while it still matches the
    // value (a value changed elsewhere, e.g. "clear", wins; the twin then follows it).
    const std::string before = value;
    std::string shown = value;   // committed + composing text
    int comp_b = -1, comp_e = -1, caret = static_cast<int>(shown.size());
    if (t.id == id) {
        const int n = static_cast<int>(t.value.size());
        const bool composing = t.comp_begin >= 0 && t.comp_end > t.comp_begin && t.comp_end <= n;
        const std::string committed = composing ? t.value.substr(0, t.comp_begin) + t.value.substr(t.comp_end) : t.value;
        if (t.changed) value = committed;
        if (committed == value) {
            shown = t.value;
            caret = std::clamp(t.caret, 0, n);
            if (composing) {
                comp_b = t.comp_begin;
                comp_e = t.comp_end;
                CurrentOutput().preedit = shown.substr(comp_b, comp_e - comp_b);
            }
        }
    }
    const bool focused = IsFocused(id);

    const float h = theme::kTouchTarget * s;
    const float w = ContentWidth();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 b(p.x + w, p.y + h);
    dl->AddRectFilled(p, b, theme::kCard, theme::kFieldRadius * s);
    dl->AddRect(p, b, focused ? theme::kAccent : theme::kControlBorder, theme::kFieldRadius * s, 0,
                focused ? theme::kStrokeBold * s : theme::kStrokeThin * s);
    const float pad = theme::kFieldPaddingX * s;
    const float ty = p.y + (h - ImGui::GetFontSize()) * 0.5f;
    const ImVec4 clip(p.x + pad, p.y, b.x - pad, b.y);
    const float caret_h = ImGui::GetFontSize() + 2 * kCaretRise * s;
    dl->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), true);
    if (shown.empty()) {
        dl->AddText(ImVec2(clip.x, ty), theme::kMuted, hint);
        if (focused) dl->AddLine(ImVec2(clip.x, ty - kCaretRise * s), ImVec2(clip.x, ty - kCaretRise * s + caret_h), theme::kText,
                                theme::kStrokeMedium * s);
    } else {
        const char* txt = shown.c_str();
        // Keep the caret in view when the text is longer than the field.
        const float caret_x = ImGui::CalcTextSize(txt, txt + caret).x;
        const float shift = std::max(0.0f, caret_x - (clip.z - clip.x) + kCaretMargin * s);
        const float x0 = clip.x - shift;
        dl->AddText(ImVec2(x0, ty), theme::kText, txt);
        if (comp_b >= 0) {
            const float u0 = x0 + ImGui::CalcTextSize(txt, txt + comp_b).x;
            const float u1 = x0 + ImGui::CalcTextSize(txt, txt + comp_e).x;
            const float uy = ty + ImGui::GetFontSize() + kUnderlineGap * s;
            dl->AddLine(ImVec2(u0, uy), ImVec2(u1, uy), theme::kText, theme::kStrokeBold * s);
        }
        if (focused) dl->AddLine(ImVec2(x0 + caret_x, ty - kCaretRise * s), ImVec2(x0 + caret_x, ty - kCaretRise * s + caret_h),
                                theme::kText, theme::kStrokeMedium * s);
    }
    dl->PopClipRect();
    Semantic(id, Role::TextField, label, 0, {}, value, hint);
    return value != before;
}

bool TextLink(const char* label, const std::string& id, const std::string& href) {
    const float s = Scale();
    const ImVec2 ts = ImGui::CalcTextSize(label);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = std::max(ts.y, theme::kTouchTarget * s);
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##link", ImVec2(ts.x, h));
    ImGui::PopID();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float ty = p.y + (h - ts.y) * 0.5f;
    dl->AddText(ImVec2(p.x, ty), theme::kAccent, label);
    constexpr float kUnderlineGap = 1;   // below the text, unscaled
    dl->AddLine(ImVec2(p.x, ty + ts.y + kUnderlineGap), ImVec2(p.x + ts.x, ty + ts.y + kUnderlineGap), theme::kAccent,
                theme::kStrokeThin * s);
    return Semantic(id, Role::Link, label, 0, {}, href) || pressed;
}

bool TouchButton(const char* label, float width, const std::string& id, unsigned flags) {
    const float h = theme::kTouchTarget * Scale();
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kControlBorder);
    const bool pressed = ImGui::Button(label, ImVec2(width, h));
    ImGui::PopStyleColor();
    const bool activated = Semantic(id, Role::Button, std::string(label, ImGui::FindRenderedTextEnd(label)),
                                    flags | (ImGui::GetItemFlags() & ImGuiItemFlags_Disabled ? kSemDisabled : 0));
    return pressed || activated;
}

void Tag(const char* text, ImU32 text_col, ImU32 bg_col) {
    const ImVec2 ts = ImGui::CalcTextSize(text);
    const ImVec2 pad(theme::kTagPaddingX * Scale(), theme::kTagPaddingY * Scale());
    const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), bg_col, theme::kTagRadius * Scale());
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), text_col, text);
    ImGui::Dummy(size);
}

bool BeginCard(const char* id, ImU32 border) {
    ImGui::PushStyleColor(ImGuiCol_Border, border ? border : theme::kBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, border ? 2.0f : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kCardPaddingX * Scale(), theme::kCardPaddingY * Scale()));
    const bool open = ImGui::BeginChild(id, ImVec2(0, 0),
                                        ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY |
                                            ImGuiChildFlags_AlwaysUseWindowPadding,
                                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    return open;
}

void EndCard() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

bool CardTapped(const std::string& id, const std::string& name, const std::string& href, const std::string& description) {
    const bool activated = Semantic(id, Role::Link, name, 0, {}, href, description);
    if (!ImGui::IsItemHovered()) return activated;
    ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) {
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), theme::kAccent,
                                            ImGui::GetStyle().ChildRounding, 0, 2.0f);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    constexpr float kTapSlop = 8;   // a press that moved less than this is a tap, not a swipe
    const float slop = kTapSlop * Scale();
    return activated || (ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] < slop * slop);
}

bool DialogHeader(const char* title, kpi::Lang lang, const std::string& close_id) {
    Heading(title, theme::kTypeDialogTitle, theme::kAccent);
    ImGui::SameLine();
    const char* close = tr(Str::Close, lang);
    const float cw = ImGui::CalcTextSize(close).x + theme::kCloseButtonExtra * Scale();
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - cw);
    return TouchButton(close, cw, close_id);
}

std::string ListLayoutKey(const AppState& app) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.1f|%.2f|%s|%d|%d|%d", ContentWidth(), ImGui::GetFontSize(), kpi::to_string(app.view.lang),
                  static_cast<int>(app.view.era), app.dataset_version, app.fonts_complete ? 1 : 0);
    return buf;
}

} // namespace ui
