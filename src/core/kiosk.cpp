#include "kiosk.h"

#include <algorithm>

namespace kpi {

std::vector<KioskStep> kiosk_steps(const Dataset& d) {
    std::vector<KioskStep> out;
    for (const auto& prog : d.programs)
        for (const auto& p : prog.projects) {
            // Straight to the charts (a passer-by looks for a picture, not a description); a project
            // without KPIs still gets its page.
            if (p.kpis.empty()) out.push_back({p.id, 0});
            for (const auto& k : p.kpis) out.push_back({p.id, k.no});
        }
    return out;
}

void KioskLoop::start(double now) {
    phase_ = KioskPhase::Attract;
    step_started_ = now;
    last_input_ = now;
}

void KioskLoop::on_input(double now) {
    if (now <= grace_until_) return;
    last_input_ = now;
    if (phase_ == KioskPhase::Attract || phase_ == KioskPhase::Countdown) phase_ = KioskPhase::Visitor;
}

void KioskLoop::toggle_pause(double now) {
    last_input_ = now;
    grace_until_ = now + 0.5;
    if (phase_ == KioskPhase::Attract) {
        phase_ = KioskPhase::Visitor;
    } else {
        phase_ = KioskPhase::Attract;
        step_started_ = now;
    }
}

KioskLoop::Tick KioskLoop::tick(double now) {
    Tick t;
    switch (phase_) {
    case KioskPhase::Attract:
        if (now - step_started_ >= opt_.rotate_s) {
            // Several missed steps (a hidden tab) count once: the loop shows the next step.
            step_started_ = now;
            ++steps_;
            t.advance = true;
        }
        break;
    case KioskPhase::Visitor:
        if (now - last_input_ >= opt_.idle_s) phase_ = KioskPhase::Countdown;
        break;
    case KioskPhase::Countdown:
        break;
    }
    if (phase_ == KioskPhase::Countdown && now - last_input_ >= opt_.idle_s + opt_.countdown_s) {
        phase_ = KioskPhase::Attract;
        step_started_ = now;
        last_input_ = now;
        t.reset = true;
    }
    return t;
}

double KioskLoop::seconds_to_reset(double now) const {
    if (phase_ != KioskPhase::Countdown) return -1;
    return std::max(0.0, opt_.idle_s + opt_.countdown_s - (now - last_input_));
}

double KioskLoop::next_deadline(double now) const {
    switch (phase_) {
    case KioskPhase::Attract: return std::max(0.0, opt_.rotate_s - (now - step_started_));
    case KioskPhase::Visitor: return std::max(0.0, opt_.idle_s - (now - last_input_));
    case KioskPhase::Countdown: {
        // Wake every second to redraw the countdown number.
        const double left = seconds_to_reset(now);
        const double frac = left - static_cast<long>(left);
        return std::max(0.0, std::min(left, frac > 0 ? frac : 1.0));
    }
    }
    return 1.0;
}

} // namespace kpi
