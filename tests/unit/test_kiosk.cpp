#include <doctest/doctest.h>

#include "core/kiosk.h"

TEST_CASE("attract loop advances every rotate seconds") {
    kpi::KioskLoop k({20, 90, 10});
    k.start(0);
    CHECK_FALSE(k.tick(19.9).advance);
    CHECK(k.tick(20).advance);
    CHECK_FALSE(k.tick(25).advance);
    CHECK(k.tick(40.5).advance);
    CHECK(k.steps_taken() == 2);
    CHECK(k.next_deadline(45) == doctest::Approx(15.5));
    SUBCASE("a long gap (hidden tab) advances once") {
        CHECK(k.tick(500).advance);
        CHECK_FALSE(k.tick(500.1).advance);
    }
}

TEST_CASE("a touch pauses; idle leads to a countdown and a reset") {
    kpi::KioskLoop k({20, 90, 10});
    k.start(0);
    k.on_input(5);
    CHECK(k.phase() == kpi::KioskPhase::Visitor);
    CHECK(k.paused());
    CHECK_FALSE(k.tick(30).advance);                  // no rotation while a visitor uses it
    CHECK(k.seconds_to_reset(30) < 0);
    k.tick(95);
    CHECK(k.phase() == kpi::KioskPhase::Countdown);
    CHECK(k.seconds_to_reset(95) == doctest::Approx(10));
    CHECK(k.seconds_to_reset(100) == doctest::Approx(5));
    SUBCASE("touching during the countdown continues the visit") {
        k.on_input(101);
        CHECK(k.phase() == kpi::KioskPhase::Visitor);
        CHECK_FALSE(k.tick(150).reset);
    }
    SUBCASE("no touch: reset after the countdown") {
        CHECK_FALSE(k.tick(104.9).reset);
        const auto t = k.tick(105);
        CHECK(t.reset);
        CHECK(k.phase() == kpi::KioskPhase::Attract);
        CHECK(k.tick(125).advance);                   // and the loop runs again
    }
}

TEST_CASE("pause control toggles, and a paused kiosk still resets when left alone") {
    kpi::KioskLoop k({20, 90, 10});
    k.start(0);
    k.toggle_pause(1);
    CHECK(k.paused());
    CHECK_FALSE(k.tick(50).advance);
    k.toggle_pause(60);
    CHECK_FALSE(k.paused());
    CHECK(k.tick(80).advance);
    k.toggle_pause(81);
    k.tick(171);
    CHECK(k.phase() == kpi::KioskPhase::Countdown);
    CHECK(k.tick(181).reset);
}

TEST_CASE("the tap that pressed the control is not counted again") {
    kpi::KioskLoop k({20, 90, 10});
    k.start(0);
    k.toggle_pause(10);      // pause pressed
    k.on_input(9.9);         // the same tap, reported as input
    CHECK(k.paused());
    k.toggle_pause(30);      // resume pressed
    k.on_input(30.0);        // the same tap
    CHECK_FALSE(k.paused());
    k.on_input(31);          // a later tap elsewhere pauses
    CHECK(k.paused());
}

TEST_CASE("kiosk steps: straight to each project's KPI charts; a project without KPIs shows its page") {
    kpi::Dataset d;
    kpi::Program prog;
    kpi::Project a, b, c;
    a.id = "a";
    b.id = "b";
    c.id = "c";
    kpi::Kpi k1, k2;
    k1.no = 1;
    k2.no = 2;
    a.kpis = {k1, k2};
    b.kpis = {k1};
    prog.projects = {a, b, c};
    d.programs = {prog, kpi::Program{}};
    const auto s = kpi::kiosk_steps(d);
    REQUIRE(s.size() == 4);
    CHECK(s[0].project == "a");
    CHECK(s[0].kpi == 1);   // the first step already shows a chart
    CHECK(s[1].kpi == 2);
    CHECK(s[2].project == "b");
    CHECK(s[2].kpi == 1);
    CHECK(s[3].project == "c");
    CHECK(s[3].kpi == 0);
}
