// The kiosk's attract loop as a pure state machine. KioskOptions holds the one set of defaults (a
// link's rotate= and idle= override them; see view_url.h). (no clock of its own: callers pass `now` in
// seconds), so that it can be tested without a screen.
//   Attract   - steps through the projects and their KPI charts every `rotate` seconds
//   Visitor   - a touch hands control to the visitor; the loop waits
//   Countdown - `idle` seconds without input: a `countdown`-second warning ("タッチで続ける"),
//               then back to Attract with the view reset
// A visitor can also pause the loop explicitly (the pause/resume control); a paused loop still
// resets after idle time, because the next visitor should find the kiosk moving again.
#pragma once

#include "model.h"

#include <string>
#include <vector>

namespace kpi {

struct KioskOptions {
    double rotate_s = 20;     // seconds per step of the attract loop
    double idle_s = 90;       // seconds without input before the countdown
    double countdown_s = 20;  // length of the countdown (WCAG 2.2.1: at least 20 s to respond)
};

struct KioskStep {
    std::string project;
    int kpi = 0;              // 0 = the project page without a selected KPI
};

// The loop: for each project (file order) each of its KPI charts (the project page with that KPI
// selected); a project without KPIs: its page.
std::vector<KioskStep> kiosk_steps(const Dataset& d);

enum class KioskPhase { Attract, Visitor, Countdown };

class KioskLoop {
public:
    explicit KioskLoop(KioskOptions o = {}) : opt_(o) {}

    // The loop's clock and input; tick() below says when to show a new step or reset the view.
    void start(double now);
    void on_input(double now);          // any tap, scroll, key (its time)
    // The visible pause/resume control. The tap that pressed it is not also counted as input
    // (inputs up to `now` + a short grace are ignored), or resuming would pause again at once.
    void toggle_pause(double now);
    struct Tick { bool advance = false; bool reset = false; };
    Tick tick(double now);              // call every frame (and when woken by a timer)

    KioskPhase phase() const { return phase_; }
    bool paused() const { return phase_ != KioskPhase::Attract; }
    double seconds_to_reset(double now) const;   // while counting down: seconds left; else -1
    double next_deadline(double now) const;      // seconds until tick() may change something
    long steps_taken() const { return steps_; }
    const KioskOptions& options() const { return opt_; }

private:
    KioskOptions opt_;
    KioskPhase phase_ = KioskPhase::Attract;
    double step_started_ = 0;
    double last_input_ = 0;
    double grace_until_ = -1;
    long steps_ = 0;
};

} // namespace kpi
