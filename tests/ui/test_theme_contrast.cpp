// WCAG 2.x contrast of every text/background pair the theme uses (JIS X 8341-3 AA): text at least
// 4.5:1, control boundaries and the focus ring at least 3:1.
#include "ui/theme.h"

#include <imgui_internal.h>

#include <doctest/doctest.h>

#include <string>

namespace {

void check_text(const char* what, ImU32 fg, ImU32 bg) {
    INFO(what << ": " << theme::contrast_ratio(fg, bg));
    CHECK(theme::contrast_ratio(fg, bg) >= 4.5);
}

void check_component(const char* what, ImU32 fg, ImU32 bg) {
    INFO(what << ": " << theme::contrast_ratio(fg, bg));
    CHECK(theme::contrast_ratio(fg, bg) >= 3.0);
}

} // namespace

TEST_CASE("contrast ratio matches WCAG's formula at its known points") {
    CHECK(theme::contrast_ratio(IM_COL32_BLACK, IM_COL32_WHITE) == doctest::Approx(21.0));
    CHECK(theme::contrast_ratio(IM_COL32_WHITE, IM_COL32_WHITE) == doctest::Approx(1.0));
    CHECK(theme::contrast_ratio(IM_COL32(0x76, 0x76, 0x76, 255), IM_COL32_WHITE) == doctest::Approx(4.54).epsilon(0.01));
    // A 12 % tint over white is lighter than the colour itself.
    CHECK(theme::contrast_ratio(theme::badge_tint(theme::kNoTarget), IM_COL32_WHITE) < 1.3);
}

TEST_CASE("every text colour on every background it is drawn on is at least 4.5:1") {
    for (ImU32 bg : {theme::kPage, theme::kCard, theme::kAccentSoft}) {
        check_text("text", theme::kText, bg);
        check_text("muted", theme::kMuted, bg);
        check_text("accent (headings, tags)", theme::kAccent, bg);
        check_text("error", theme::kError, bg);
    }
    // Status words in cards, chart % labels (on white cards).
    for (kpi::Status s : kpi::kAllStatuses) check_text("status word on a card", theme::status_colour(s), theme::kCard);
    // Badges: white on the solid ones, the colour on its own tint for the two "cannot judge" ones.
    check_text("met badge", theme::kOnAccent, theme::kMet);
    check_text("not-met badge", theme::kOnAccent, theme::kNotMet);
    check_text("no-actual badge", theme::kNoActual, theme::badge_tint(theme::kNoActual));
    check_text("no-target badge", theme::kNoTarget, theme::badge_tint(theme::kNoTarget));
    // Top bar: white title and buttons on the accent bar (buttons have a faint white fill).
    check_text("top bar", theme::kOnAccent, theme::kAccent);
    check_text("top bar button", theme::kOnAccent, theme::blend(theme::kOnBarButtonHovered, theme::kAccent));
    check_text("selected chip", theme::kOnAccent, theme::kAccent);
}

TEST_CASE("control boundaries, the focus ring and chart marks are at least 3:1") {
    for (ImU32 bg : {theme::kPage, theme::kCard}) {
        check_component("control border", theme::kControlBorder, bg);
        check_component("focus ring", theme::kFocus, bg);
        check_component("plan bar outline", theme::kPlanEdge, bg);
        check_component("actual bar", theme::kActual, bg);
        check_component("baseline", theme::kBaseline, bg);
    }
    check_component("top bar button border", theme::kOnAccent, theme::kAccent);
    check_component("focus ring's inner white on the top bar", theme::kOnAccent, theme::kAccent);
}

TEST_CASE("high contrast turns every drawn colour black or white by its luminance, keeping alpha") {
    ImDrawListSharedData shared;
    ImDrawList list(&shared);
    ImDrawVert light{}, dark{}, clear{};
    light.col = theme::kAccentSoft;
    dark.col = theme::kNotMet;
    clear.col = IM_COL32(0x12, 0x34, 0x56, 0);
    list.VtxBuffer.push_back(light);
    list.VtxBuffer.push_back(dark);
    list.VtxBuffer.push_back(clear);
    ImDrawData dd;
    dd.CmdLists.push_back(&list);
    theme::force_high_contrast(&dd);
    CHECK(list.VtxBuffer[0].col == IM_COL32_WHITE);
    CHECK(list.VtxBuffer[1].col == IM_COL32_BLACK);
    CHECK(list.VtxBuffer[2].col == IM_COL32(0x12, 0x34, 0x56, 0));   // fully transparent: left alone
    dd.CmdLists.clear();
}
