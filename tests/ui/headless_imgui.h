// A headless Dear ImGui for native tests of the views: a context with a "renderer" that accepts
// every texture request and draws nothing, and helpers to run frames and to tap, focus or activate
// the semantic nodes the views report (ui/semantics.h), the same way the browser tests do.
#pragma once

#include "ui/app_state.h"
#include "ui/semantics.h"

#include <string>

struct ImGuiContext;

class HeadlessUi {
public:
    HeadlessUi(float width, float height);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // Runs ui::ShowApp for `frames` frames (layout settles over two).
    void frames(AppState& app, int frames = 3);
    // The node from the last frame, or nullptr.
    const ui::SemanticNode* find(const std::string& id) const { return out_.find(id); }
    // The node is on screen (it can be tapped).
    bool visible(const std::string& id) const;
    const ui::FrameOutput& output() const { return out_; }
    // Press and release at the centre of a node (mouse), then settle. False if not on screen.
    bool tap(AppState& app, const std::string& id);
    // What the browser layer reports: keyboard activation of a node, focus, Escape, text.
    bool activate(AppState& app, const std::string& id);
    void focus(AppState& app, const std::string& id);
    void escape(AppState& app);
    // Scrolls the content by dy CSS px (what the browser layer reports for wheel, arrows and Page keys).
    void scroll(AppState& app, float dy);
    void type(AppState& app, const std::string& id, const std::string& value, int comp_begin = -1, int comp_end = -1);
    // Requests the views raised (for the platform) in any frame since the last tap.
    const AppState::Requests& raised() const { return raised_; }

private:
    ImGuiContext* ctx_;
    AppState::Requests raised_;
    ui::FrameInput in_;
    ui::FrameOutput out_;
};

// The bundled dataset, loaded through the real loader (KPI_DATA_DIR comes from the build).
AppState app_with_sapporo();
