// window.kpiViewer.snapshot(): what the viewer shows, as JSON, for browser tests and automation.
#pragma once

#include "ui/app_state.h"
#include "ui/semantics.h"

#include <string>

namespace app {
std::string snapshot_json(const AppState& app, const ui::FrameOutput& frame);
} // namespace app
