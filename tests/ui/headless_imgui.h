// A headless Dear ImGui for native tests of the views: a context with a "renderer" that accepts
// every texture request and draws nothing, and helpers to run frames and tap the targets that the
// views report (AppState::targets), the same way the browser tests do.
#pragma once

#include "ui/app_state.h"

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
    // The target's rectangle from the last frame; false when it was not drawn.
    bool find(const AppState& app, const std::string& id, AppState::Target& out) const;
    // Press and release at the centre of a target (mouse), then settle. False if not drawn.
    bool tap(AppState& app, const std::string& id);
    // Requests the views raised (for the platform) in any frame since the last tap.
    const AppState::Requests& raised() const { return raised_; }

private:
    ImGuiContext* ctx_;
    AppState::Requests raised_;
};

// The bundled dataset, loaded through the real loader (KPI_DATA_DIR comes from the build).
AppState app_with_sapporo();
