// The one AppState: what is loaded, what the user looks at, and a few UI-only flags.
// Owned by src/app/main.cpp; views are functions of it plus input (no hidden statics).
#pragma once

#include "core/model.h"
#include "core/view_state.h"

#include <optional>
#include <string>
#include <vector>

struct ImFont;

enum class LoadPhase { Loading, Ready, Failed };

struct AppState {
    // Data
    std::string default_data;                  // the site's own dataset (index.html meta kpi-dataset)
    std::string data_name;                     // ?data=NAME -> data/NAME.json (default_data if absent)
    LoadPhase phase = LoadPhase::Loading;
    std::optional<kpi::Dataset> dataset;       // what is shown; kept when a reload fails
    std::string data_error;                    // what went wrong, where (JSON pointer), or ""
    bool retry_requested = false;

    // View (round-trips through the URL once share links exist)
    kpi::ViewState view;

    // Short messages about a link that could not be followed exactly (bad values, a project that
    // no longer exists); shown in a dismissible bar.
    std::vector<std::string> notices;

    // UI-only
    bool filter_sheet_open = false;            // phones: the filter panel as a full-screen sheet
    int scroll_to_kpi = 0;                     // project page: frames left to keep the selected KPI in view
                                               // (layout settles over a few frames after a page change)
    bool reset_scroll = false;                 // navigation: start the new page at the top
    float ui_scale = 1.0f;                     // kiosk/large-type multiplier on the base font size

    // Fonts (owned by the ImGui atlas)
    ImFont* font = nullptr;
    ImFont* font_bold = nullptr;

    // Tappable things drawn in the last frame, in CSS px (kpiViewer.snapshot().targets), so that
    // browser tests can click and tap where a person would.
    struct Target { std::string id; float x, y, w, h; };
    std::vector<Target> targets;

    // Measurements for kpiViewer.snapshot()
    long frames_rendered = 0;
    double first_data_frame_ms = -1;
};
