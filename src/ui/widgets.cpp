#include "ui/widgets.h"

#include "ui/strings.h"
#include "ui/theme.h"

#include <imgui_internal.h>

#include <algorithm>

namespace ui {

float Scale() { return ImGui::GetStyle().FontScaleMain; }
float ContentWidth() { return ImGui::GetContentRegionAvail().x; }
bool FitsOnLine(float width) { return ImGui::GetContentRegionAvail().x >= width; }
void VSpace(float px) { ImGui::Dummy(ImVec2(1, px * Scale())); }

bool Chip(const char* label, bool selected, const char* id_suffix) {
    ImGui::PushID(id_suffix ? id_suffix : label);
    const float h = theme::kTouchTarget * Scale();
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 size(text.x + 28.0f * Scale(), h);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("##chip", size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad_y = 4.0f * Scale();
    const ImVec2 a(p.x, p.y + pad_y), b(p.x + size.x, p.y + size.y - pad_y);
    const float r = (b.y - a.y) * 0.5f;
    if (selected) {
        dl->AddRectFilled(a, b, theme::kAccent, r);
    } else {
        dl->AddRectFilled(a, b, hovered ? theme::kAccentSoft : theme::kCard, r);
        dl->AddRect(a, b, theme::kBorder, r, 0, 1.0f);
    }
    dl->AddText(ImVec2(p.x + 14.0f * Scale(), p.y + (size.y - text.y) * 0.5f),
                selected ? IM_COL32_WHITE : theme::kText, label, ImGui::FindRenderedTextEnd(label));
    ImGui::PopID();
    return pressed;
}

bool TouchButton(const char* label, float width) {
    const float h = theme::kTouchTarget * Scale();
    return ImGui::Button(label, ImVec2(width, h));
}

const char* status_label(kpi::Status s, const std::string& lang) {
    switch (s) {
    case kpi::Status::Met: return tr(Str::Met, lang);
    case kpi::Status::NotMet: return tr(Str::NotMet, lang);
    case kpi::Status::NoActual: return tr(Str::NoActual, lang);
    case kpi::Status::NoTarget: return tr(Str::NoTarget, lang);
    }
    return "";
}

float StatusBadgeWidth(kpi::Status s, const std::string& lang) {
    return ImGui::CalcTextSize(status_label(s, lang)).x + 16.0f * Scale();
}

void Tag(const char* text, ImU32 text_col, ImU32 bg_col) {
    const ImVec2 ts = ImGui::CalcTextSize(text);
    const ImVec2 pad(8.0f * Scale(), 3.0f * Scale());
    const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), bg_col, 4.0f * Scale());
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), text_col, text);
    ImGui::Dummy(size);
}

void StatusBadge(kpi::Status s, const std::string& lang) {
    const ImU32 c = theme::status_colour(s);
    const ImVec4 v = theme::to_vec4(c);
    // Solid colour with white text for met / not met; outlined for the two "cannot judge" states.
    if (s == kpi::Status::Met || s == kpi::Status::NotMet) {
        Tag(status_label(s, lang), IM_COL32_WHITE, c);
    } else {
        const ImU32 bg = ImGui::GetColorU32(ImVec4(v.x, v.y, v.z, 0.12f));
        Tag(status_label(s, lang), c, bg);
    }
}

std::vector<kpi::LineSpan> BreakLines(std::string_view text, float width) {
    return kpi::break_lines(text, width, [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; });
}

void TextBlock(const char* text, ImU32 colour, float width) {
    width = std::max(1.0f, width > 0 ? width : ContentWidth());
    const auto lines = BreakLines(text, width);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::BeginGroup();
    for (const auto& l : lines) ImGui::TextUnformatted(text + l.begin, text + l.end);
    ImGui::EndGroup();
    if (colour) ImGui::PopStyleColor();
}

void Heading(const char* text, float f, ImU32 colour) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * f);
    TextBlock(text, colour ? colour : theme::kText);
    ImGui::PopFont();
}

void MutedWrapped(const char* text) { TextBlock(text, theme::kMuted); }
void Wrapped(const char* text) { TextBlock(text, 0); }

bool BeginCard(const char* id, ImU32 border) {
    ImGui::PushStyleColor(ImGuiCol_Border, border ? border : theme::kBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, border ? 2.0f : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * Scale(), 14 * Scale()));
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

void Target(AppState& app, const std::string& id) {
    if (!ImGui::IsItemVisible()) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec4 clip = ImGui::GetCurrentWindow()->ClipRect.ToVec4();
    a = ImVec2(std::max(a.x, clip.x), std::max(a.y, clip.y));
    b = ImVec2(std::min(b.x, clip.z), std::min(b.y, clip.w));
    if (b.x - a.x < 4 || b.y - a.y < 4) return;
    app.targets.push_back({id, a.x, a.y, b.x - a.x, b.y - a.y});
}

std::string KpiTitle(const kpi::Kpi& k, const std::string& lang) {
    static const char* const kCircled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
    const std::string no = (k.no >= 1 && k.no <= 10) ? kCircled[k.no - 1] : std::to_string(k.no);
    return "KPI" + no + " " + k.name.in(lang);
}

bool CardTapped() {
    if (!ImGui::IsItemHovered()) return false;
    ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) {
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), theme::kAccent,
                                            ImGui::GetStyle().ChildRounding, 0, 2.0f);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const float slop = 8.0f * Scale();
    return ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] < slop * slop;
}

} // namespace ui
