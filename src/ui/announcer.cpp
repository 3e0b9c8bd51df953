#include "ui/announcer.h"

#include "core/query.h"
#include "ui/strings.h"

#include <cmath>
#include <cstdio>

namespace ui {

std::vector<std::string> Announcer::update(const AppState& app) {
    std::vector<std::string> out;
    const kpi::Lang lang = app.view.lang;
    const bool countdown = app.kiosk.seconds_to_reset >= 0;
    if (started_) {
        if (app.dataset && !(app.view.filters == filters_)) {
            char buf[160];
            std::snprintf(buf, sizeof buf, tr(Str::ShownProjectsFmt, lang), static_cast<int>(app.filtered().visible.size()),
                          static_cast<int>(app.dataset->project_count()));
            out.push_back(buf);
        }
        if (!app.ui.share_feedback.empty() && app.ui.share_feedback != feedback_) out.push_back(app.ui.share_feedback.in(lang));
        if (app.notices.size() > notices_) {
            std::string n = tr(Str::LinkPartlyUnused, lang);
            for (size_t i = notices_; i < app.notices.size(); ++i) n += " " + app.notices[i].in(lang);
            out.push_back(n);
        }
        if (!app.data_error.empty() && app.data_error != error_)
            out.push_back(std::string(tr(Str::DataErrorTitle, lang)) + tr(Str::LabelSep, lang) + app.data_error.in(lang));
        if (!app.data_updated_note.empty() && app.data_updated_note != updated_) out.push_back(app.data_updated_note.in(lang));
        if (app.offline != offline_) out.push_back(tr(app.offline ? Str::OfflineNow : Str::OnlineAgain, lang));
        if (countdown && !countdown_) {
            char buf[160];
            std::snprintf(buf, sizeof buf, tr(Str::ResetInFmt, lang), static_cast<int>(std::ceil(app.kiosk.seconds_to_reset)));
            out.push_back(std::string(tr(Str::TouchToContinue, lang)) + tr(Str::SentenceSep, lang) + buf);
        }
        if (app.kiosk.active && app.kiosk.paused && !paused_) out.push_back(tr(Str::KioskPausedNote, lang));
    } else if (app.dataset || !app.data_error.empty()) {
        // What the page opens with is read as the page; only a load error is news.
        if (!app.data_error.empty()) out.push_back(std::string(tr(Str::DataErrorTitle, lang)) + tr(Str::LabelSep, lang) + app.data_error.in(lang));
        if (!app.notices.empty()) {
            std::string n = tr(Str::LinkPartlyUnused, lang);
            for (const auto& s : app.notices) n += " " + s.in(lang);
            out.push_back(n);
        }
    }
    started_ = app.dataset.has_value() || !app.data_error.empty();
    filters_ = app.view.filters;
    feedback_ = app.ui.share_feedback;
    notices_ = app.notices.size();
    error_ = app.data_error;
    updated_ = app.data_updated_note;
    offline_ = app.offline;
    countdown_ = countdown;
    paused_ = app.kiosk.paused;
    return out;
}

} // namespace ui
