// The main loop stops drawing when two frames in a row drew the same thing (ui/frame_fingerprint.h):
// a settled view must give the same fingerprint every frame, and any visible change a new one.
#include "headless_imgui.h"

#include "ui/frame_fingerprint.h"

#include <doctest/doctest.h>
#include <imgui.h>

namespace {
std::uint64_t drawn() { return ui::FrameFingerprint(ImGui::GetDrawData()); }
}

TEST_CASE("a settled frame draws the same thing again; scrolling, language and a page change do not") {
    HeadlessUi ui(390, 844);
    AppState app = app_with_sapporo();
    ui.frames(app, 4);
    const std::uint64_t settled = drawn();
    ui.frames(app, 1);
    CHECK(drawn() == settled);
    ui.frames(app, 3);
    CHECK(drawn() == settled);

    ui.scroll(app, 120);
    const std::uint64_t scrolled = drawn();
    CHECK(scrolled != settled);
    ui.frames(app, 1);
    CHECK(drawn() == scrolled);

    REQUIRE(ui.activate(app, "lang"));
    REQUIRE(ui.activate(app, "lang:en"));
    CHECK(drawn() != scrolled);
    REQUIRE(ui.activate(app, "project:smart-city"));
    const std::uint64_t project = drawn();
    ui.frames(app, 2);
    CHECK(drawn() == project);
}

TEST_CASE("the fingerprint covers every vertex: one moved point changes it") {
    HeadlessUi ui(390, 844);
    AppState app = app_with_sapporo();
    ui.frames(app, 4);
    ImDrawData* dd = ImGui::GetDrawData();
    REQUIRE(dd);
    REQUIRE(dd->CmdListsCount > 0);
    const std::uint64_t before = drawn();
    ImDrawList* last = dd->CmdLists[dd->CmdListsCount - 1];
    REQUIRE(last->VtxBuffer.Size > 0);
    last->VtxBuffer[last->VtxBuffer.Size - 1].pos.x += 1.0f;
    CHECK(drawn() != before);
    last->VtxBuffer[last->VtxBuffer.Size - 1].pos.x -= 1.0f;
    CHECK(drawn() == before);
    last->VtxBuffer[0].col ^= 0x00010000u;
    CHECK(drawn() != before);
}
