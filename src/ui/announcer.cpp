#include "ui/announcer.h"

#include "core/query.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/widgets.h"

#include <cmath>
#include <cstdio>

namespace ui {

std::vector<std::string> Announcer::update(const AppState& app) {
    std::vector<std::string> out;
    const kpi::Lang lang = app.view.lang;
    const bool countdown = app.kiosk.seconds_to_reset >= 0;
    // The page: a project (by its id), the comparison or the list.
    const kpi::Project* project = app.dataset && !app.view.project.empty() ? app.dataset->find_project(app.view.project) : nullptr;
    const std::string page = project ? project->id : app.view.mode == kpi::ViewMode::Compare ? "compare" : "overview";
    if (started_) {
        // A new page, said once (not the kiosk's tour, which turns its pages by itself).
        if (app.dataset && page != page_ && !(app.is(PageMode::Kiosk) && !app.kiosk.paused)) {
            const std::string what = project ? project->name.in(lang)
                                             : tr(app.view.mode == kpi::ViewMode::Compare ? Str::CompareTitle : Str::Overview, lang);
            char buf[512];
            std::snprintf(buf, sizeof buf, tr(Str::ViewShownFmt, lang), what.c_str());
            out.push_back(buf);
        }
        if (lang != lang_) out.push_back(tr(Str::LanguageSwitched, lang));
        if (!app.ui.explain_id.empty() && app.ui.explain_id != explain_)
            out.push_back(std::string(term_label(app.ui.explain_term, lang)) + tr(Str::LabelSep, lang) +
                          term_explanation(app.ui.explain_term, lang));
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
        if (app.is(PageMode::Kiosk) && app.kiosk.paused && !paused_) out.push_back(tr(Str::KioskPausedNote, lang));
    } else if (app.dataset || !app.data_error.empty()) {
        // What the page opens with is read as the page; only a load error is news.
        if (!app.data_error.empty()) out.push_back(std::string(tr(Str::DataErrorTitle, lang)) + tr(Str::LabelSep, lang) + app.data_error.in(lang));
        if (!app.notices.empty()) {
            std::string n = tr(Str::LinkPartlyUnused, lang);
            for (const auto& s : app.notices) n += " " + s.in(lang);
            out.push_back(n);
        }
    }
    // Publish mode: what became of a file, once per import (when its answer is in): the problems'
    // heading and the first of them, or what was read.
    const AppState::Publish& p = app.publish;
    if (app.is(PageMode::Publish) && !p.importing && p.import_seq != publish_seen_ && !p.file_name.empty()) {
        char buf[512];
        if (!p.problems.empty()) {
            std::snprintf(buf, sizeof buf, tr(Str::PublishProblemsFmt, lang), p.file_name.c_str(), static_cast<int>(p.problems.size()));
            out.push_back(std::string(buf) + tr(Str::LabelSep, lang) + p.problems.front());
        } else if (!p.json.empty() && app.dataset) {
            std::snprintf(buf, sizeof buf, tr(Str::PublishReadyFmt, lang), p.file_name.c_str(), p.encoding.c_str(),
                          static_cast<int>(app.dataset->project_count()), static_cast<int>(app.dataset->kpi_count()));
            out.push_back(buf);
        }
    }
    if (!p.importing) publish_seen_ = p.import_seq;
    started_ = app.dataset.has_value() || !app.data_error.empty();
    filters_ = app.view.filters;
    feedback_ = app.ui.share_feedback;
    notices_ = app.notices.size();
    error_ = app.data_error;
    updated_ = app.data_updated_note;
    offline_ = app.offline;
    countdown_ = countdown;
    paused_ = app.kiosk.paused;
    page_ = page;
    lang_ = lang;
    explain_ = app.ui.explain_id;
    return out;
}

} // namespace ui
