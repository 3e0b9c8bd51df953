// Drives the kiosk's attract loop (core/kiosk.h) from the real clock and input: the home view,
// then each project page and each of its KPI charts; a touch pauses; idle time resets.
#pragma once

#include "core/kiosk.h"
#include "ui/app_state.h"

namespace app {

class KioskDriver {
public:
    void configure(const kpi::KioskOptions& options, const kpi::ViewState& home);
    // Once per frame, after the views ran (they may have pressed pause/resume).
    void frame(AppState& a, double now_ms);

private:
    void show_step(AppState& a);

    kpi::KioskLoop loop_;
    kpi::ViewState home_;         // the view the kiosk returns to after a reset
    size_t step_ = 0;             // 0 = home, then kiosk_steps() in order
    bool started_ = false;
    double seen_input_ms_ = 0;
};

} // namespace app
