// Fixtures shared by the views' native tests: what the views drew (vertices by colour), a KPI
// to change, a dataset with negative values, and a finger (touch input as the web backend sends it).
#pragma once

#include "headless_imgui.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cfloat>
#include <string>
#include <vector>

namespace view_fixtures {

inline bool same_rgb(ImU32 a, ImU32 b) { return (a & 0x00FFFFFFu) == (b & 0x00FFFFFFu); }

// Every vertex drawn this frame in one of `colours` (alpha ignored: anti-aliasing fringes count).
inline std::vector<ImVec2> vertices_in(const std::vector<ImU32>& colours) {
    std::vector<ImVec2> out;
    ImDrawData* dd = ImGui::GetDrawData();
    if (!dd) return out;
    for (ImDrawList* dl : dd->CmdLists)
        for (const ImDrawVert& v : dl->VtxBuffer)
            for (ImU32 c : colours)
                if (same_rgb(v.col, c) && (v.col >> 24) != 0) { out.push_back(v.pos); break; }
    return out;
}

inline kpi::Kpi* find_kpi(AppState& app, const std::string& project, int no) {
    for (auto& prog : app.dataset->programs)
        for (auto& p : prog.projects)
            if (p.id == project)
                for (auto& k : p.kpis)
                    if (k.no == no) return &k;
    return nullptr;
}

// A net-migration-like KPI: △ values (negative plans and actuals) beside positive ones.
inline AppState app_with_negatives() {
    AppState app = app_with_sapporo();
    kpi::Kpi* k = find_kpi(app, "digital-innovation", 1);
    REQUIRE(k);
    k->years = {{2020, -40.0, -120.0}, {2021, 100.0, -67.0}, {2022, 50.0, 10.0}};
    return app;
}


// Touch input as src/platform/web_backend.cpp delivers it: a press; a drag past the threshold
// releases the press off-item and scrolls with wheel events; a lifted finger leaves no hover.
struct Finger {
    HeadlessUi& ui;
    AppState& app;
    void down(float x, float y) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(0, true);
        ui.frames(app, 2);
    }
    void swipe(float x, float y, float dy) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        io.AddMouseButtonEvent(0, false);
        io.AddMousePosEvent(x, y);
        ui.frames(app, 1);
        for (int i = 0; i < 4; ++i) {
            io.AddMouseWheelEvent(0.0f, dy / 4 / (5.0f * ImGui::GetStyle().FontSizeBase));
            ui.frames(app, 1);
        }
    }
    void up(float x, float y, bool scrolled) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        if (!scrolled) {
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(0, false);
            ui.frames(app, 1);
        }
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        ui.frames(app, 3);
    }
    void tap(float x, float y) { down(x, y); up(x, y, false); }
};

inline ImVec2 centre_of(const ui::SemanticNode* n) { return ImVec2(n->visible.x + n->visible.w / 2, n->visible.y + n->visible.h / 2); }

// A text node with exactly this text was drawn this frame.
inline bool has_text(const HeadlessUi& ui, const std::string& text) {
    for (const auto& n : ui.output().nodes)
        if (n.role == ui::Role::Text && n.name == text) return true;
    return false;
}

} // namespace view_fixtures
