// Carries out what the views asked of the browser this frame (AppState::requests): keyboard,
// clipboard, Web Share, CSV and PNG downloads, opening the full view from an embed.
#pragma once

#include "ui/app_state.h"

namespace app {

class RequestHandler {
public:
    void carry_out(AppState& a);
    // The chart PNG is read from the canvas after the frame that follows the request: the frame that
    // asked still drew the share panel over the chart.
    void after_frame(AppState& a);
    // A chart picture will be read from a coming frame: that frame must be painted, not skipped.
    bool reading_pixels() const { return png_ != PngCapture::None; }

private:
    // Asked: the request's own frame (panel still in the picture). Next: the frame to read from.
    enum class PngCapture { None, Asked, Next };
    PngCapture png_ = PngCapture::None;
};

} // namespace app
