#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace theme {

ImU32 status_colour(kpi::Status s) {
    switch (s) {
    case kpi::Status::Met: return kMet;
    case kpi::Status::NotMet: return kNotMet;
    case kpi::Status::NoActual: return kNoActual;
    case kpi::Status::NoTarget: return kNoTarget;
    }
    return kNoActual;
}

ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

ImU32 blend(ImU32 over, ImU32 under) {
    const ImVec4 o = to_vec4(over), u = to_vec4(under);
    auto mix = [&](float a, float b) { return static_cast<int>((a * o.w + b * (1.0f - o.w)) * 255.0f + 0.5f); };
    return IM_COL32(mix(o.x, u.x), mix(o.y, u.y), mix(o.z, u.z), 255);
}

void force_high_contrast(ImDrawData* dd) {
    if (!dd) return;
    for (ImDrawList* list : dd->CmdLists) {
        for (ImDrawVert& v : list->VtxBuffer) {
            const ImU32 a = v.col & IM_COL32_A_MASK;
            if (!a) continue;
            const ImU32 rgb = v.col | IM_COL32_A_MASK;
            // Light colours (relative luminance above 0.4, i.e. over 9:1 against black: page, card
            // and light fills) become white; everything darker - text, marks, control borders - black.
            const bool light = contrast_ratio(rgb, IM_COL32_BLACK) > 9.0;
            v.col = (light ? (IM_COL32_WHITE & ~IM_COL32_A_MASK) : (IM_COL32_BLACK & ~IM_COL32_A_MASK)) | a;
        }
    }
}

ImU32 badge_tint(ImU32 c) { return blend((c & 0x00FFFFFFu) | (31u << IM_COL32_A_SHIFT), kCard); }

double contrast_ratio(ImU32 a, ImU32 b) {
    auto lum = [](ImU32 c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        const ImVec4 v = to_vec4(c);
        return 0.2126 * ch(v.x) + 0.7152 * ch(v.y) + 0.0722 * ch(v.z);
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void apply(float s) {
    ImGuiStyle style;               // start from defaults every time: ScaleAllSizes is cumulative
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(16, 16);
    style.FramePadding = ImVec2(12, 10);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(10, 8);
    style.ScrollbarSize = 10;
    style.GrabMinSize = 20;
    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.FrameRounding = 8;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 6;
    style.TabRounding = 8;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 1;
    style.ScaleAllSizes(s);
    style.FontSizeBase = kBaseFont;
    style.FontScaleMain = s;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = to_vec4(kText);
    c[ImGuiCol_TextDisabled] = to_vec4(kMuted);
    c[ImGuiCol_WindowBg] = to_vec4(kPage);
    c[ImGuiCol_ChildBg] = to_vec4(kCard);
    c[ImGuiCol_PopupBg] = to_vec4(kCard);
    c[ImGuiCol_Border] = to_vec4(kBorder);
    c[ImGuiCol_FrameBg] = to_vec4(kCard);
    c[ImGuiCol_FrameBgHovered] = to_vec4(kAccentSoft);
    c[ImGuiCol_FrameBgActive] = to_vec4(kAccentSoft);
    c[ImGuiCol_Button] = to_vec4(kCard);
    c[ImGuiCol_ButtonHovered] = to_vec4(kAccentSoft);
    c[ImGuiCol_ButtonActive] = to_vec4(kPressed);
    c[ImGuiCol_Header] = to_vec4(kAccentSoft);
    c[ImGuiCol_HeaderHovered] = to_vec4(kHeaderHovered);
    c[ImGuiCol_HeaderActive] = to_vec4(kPressed);
    c[ImGuiCol_TableHeaderBg] = to_vec4(kTableHeader);
    c[ImGuiCol_TableRowBgAlt] = to_vec4(kRowAlt);
    c[ImGuiCol_TableBorderLight] = to_vec4(kGrid);
    c[ImGuiCol_TableBorderStrong] = to_vec4(kBorder);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = to_vec4(kScrollbarGrab);
    c[ImGuiCol_NavCursor] = to_vec4(kFocus);
    c[ImGuiCol_ModalWindowDimBg] = to_vec4(kModalDim);
    ImGui::GetStyle() = style;
}

} // namespace theme
