#include "app/kiosk_driver.h"

#include "platform/platform.h"
#include "platform/web_backend.h"
#include "ui/navigation.h"

namespace app {

void KioskDriver::configure(const kpi::KioskOptions& options, const kpi::ViewState& home) {
    loop_ = kpi::KioskLoop(options);
    home_ = home;
}

void KioskDriver::show_step(AppState& a) {
    const auto steps = kpi::kiosk_steps(*a.dataset);
    step_ %= steps.size() + 1;   // + the home view
    kpi::ViewState v = home_;
    v.project.clear();
    v.kpi = 0;
    v.mode = kpi::ViewMode::Overview;
    v.filters = kpi::Filters{};
    v.lang = a.view.lang;        // a visitor's language choice stays until the reset
    if (step_ > 0) {
        v.project = steps[step_ - 1].project;
        v.kpi = steps[step_ - 1].kpi;
    }
    ui::GoTo(a, v);
}

void KioskDriver::frame(AppState& a, double now_ms) {
    if (!a.is(PageMode::Kiosk) || !a.dataset) return;
    const double now = now_ms / 1000.0;
    if (!started_) {
        started_ = true;
        loop_.start(now);
        // Reduced motion: the tour does not start by itself; 「自動めくりを開始」 starts it.
        if (a.reduced_motion) loop_.toggle_pause(now);
        // A passer-by sees a chart at once; the overview of every project comes between rounds.
        else if (a.view.project.empty()) {
            step_ = 1;
            show_step(a);
        }
    }
    if (a.frame.requests.kiosk_toggle_pause) loop_.toggle_pause(now);
    if (a.frame.requests.kiosk_continue) loop_.on_input(now);
    const double input = platform::last_input_ms();
    if (input > seen_input_ms_) {
        seen_input_ms_ = input;
        loop_.on_input(input / 1000.0);
    }
    const kpi::KioskLoop::Tick t = loop_.tick(now);
    if (t.reset) {
        // Back to the start for the next visitor: home view, filters and language as the link had them.
        a.view.lang = home_.lang;
        a.ui.filter_sheet_open = false;
        step_ = 1;   // the first chart (see above)
        show_step(a);
    } else if (t.advance) {
        ++step_;
        show_step(a);
    }
    a.kiosk.paused = loop_.paused();
    a.kiosk.seconds_to_reset = loop_.seconds_to_reset(now);
    a.kiosk.steps = loop_.steps_taken();
    platform::wake_after(loop_.next_deadline(now) * 1000.0 + 5.0);
}

} // namespace app
