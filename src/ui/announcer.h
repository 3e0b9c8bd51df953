// Status messages for the screen reader's live region: what changed as a result of an action
// (link copied, how many projects a filter leaves, a notice, a load error, data updated, offline,
// the kiosk's reset warning, what publish mode made of a file), and once, in a few words, a change of page ("<page> を表示しています"),
// of language and an explanation opened (its text). The page itself is read where it is.
#pragma once

#include "ui/app_state.h"

#include <string>
#include <vector>

namespace ui {

class Announcer {
public:
    // Called once per frame after the views ran; returns what to announce now.
    std::vector<std::string> update(const AppState& app);

private:
    bool started_ = false;
    kpi::Filters filters_;
    Message feedback_;
    size_t notices_ = 0;
    Message error_;
    Message updated_;
    bool offline_ = false;
    bool countdown_ = false;
    bool paused_ = false;
    std::string page_;          // project id, or "compare" / "overview"
    kpi::Lang lang_ = kpi::Lang::Ja;
    std::string explain_;
    int publish_seen_ = 0;      // the last publish-mode import whose outcome was said
};

} // namespace ui
