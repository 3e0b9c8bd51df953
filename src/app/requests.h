// Carries out what the views asked of the browser this frame (AppState::requests): keyboard,
// clipboard, Web Share, CSV and PNG downloads, opening the full view from an embed.
#pragma once

#include "ui/app_state.h"

namespace app {

class RequestHandler {
public:
    void carry_out(AppState& a);
    // The chart PNG is taken a couple of frames later, once the share panel is gone from the picture.
    void after_frame(AppState& a);
    // A chart picture will be read from a coming frame: those frames must be drawn, not skipped.
    bool reading_pixels() const { return png_countdown_ > 0; }

private:
    int png_countdown_ = 0;
};

} // namespace app
