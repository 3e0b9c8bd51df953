// The frame-time record behind snapshot().timings.frameMs (make bench's frame percentiles): the
// last AppState::Perf::kKeptFrames frames, oldest first, kept in a ring.
#include "ui/app_state.h"

#include <doctest/doctest.h>

#include <vector>

TEST_CASE("frame-time record: the last 600 frames, oldest first, without moving the others each frame") {
    AppState::Perf perf;
    for (int i = 0; i < 5; ++i) perf.record_frame(100.0 * i, 100.0 * i + i);
    CHECK(perf.frame_ms_oldest_first() == std::vector<float>{0, 1, 2, 3, 4});
    const size_t n = AppState::Perf::kKeptFrames + 7;
    for (size_t i = 5; i < n; ++i) perf.record_frame(100.0 * i, 100.0 * i + static_cast<double>(i % 50));
    const std::vector<double> starts = perf.frame_start_ms_oldest_first();
    const std::vector<float> ms = perf.frame_ms_oldest_first();
    REQUIRE(starts.size() == AppState::Perf::kKeptFrames);
    REQUIRE(ms.size() == AppState::Perf::kKeptFrames);
    for (size_t k = 0; k < starts.size(); ++k) {
        const size_t frame = n - AppState::Perf::kKeptFrames + k;   // the oldest kept is frame 7
        CHECK(starts[k] == doctest::Approx(100.0 * frame));
        CHECK(ms[k] == doctest::Approx(static_cast<double>(frame % 50)));
    }
    CHECK(perf.last_frame_end_ms == doctest::Approx(100.0 * (n - 1) + (n - 1) % 50));
}
