// Publish mode (?publish=1): the panel above the real viewer where a city's staff open their
// report — the text layout copied from the PDF/Excel, the CSV of `kpi-tool csv`, or JSON — see every
// problem with its line number, preview the result in every view, and save data/NAME.json.
// The file is read by the page itself and never sent anywhere (src/app/publishing.cpp imports it).
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>

namespace ui {

void ShowPublishPanel(AppState& app) {
    constexpr float kProblemsHeading = 1.05f;   // type: the list of problems' heading (level 3)
    const kpi::Lang lang = app.view.lang;
    AppState::Publish& p = app.publish;
    BeginCard("##publish", theme::kAccent);
    Heading(tr(Str::PublishTitle, lang), theme::kTypeDialogTitle, theme::kAccent);
    Wrapped(tr(Str::PublishIntro, lang));
    TextBlock(tr(Str::PublishPrivacy, lang), theme::kMet);
    VSpace(theme::kGapXs);
    TextField("publish:publisher", tr(Str::PublishPublisher, lang), tr(Str::PublishPublisherHint, lang), p.publisher);
    VSpace(theme::kGapXs);
    TextField("publish:as-of", tr(Str::PublishAsOf, lang), tr(Str::PublishAsOfHint, lang), p.as_of);
    VSpace(theme::kGapXs);
    if (TouchButton(tr(Str::PublishPick, lang), 0.0f, "publish:pick")) app.frame.requests.pick_file = true;
    MutedWrapped(tr(Str::PublishDropHint, lang));
    if (p.importing) {
        VSpace(theme::kGapS);
        TextBlock(tr(Str::PublishImporting, lang), theme::kAccent);
    }
    if (!p.problems.empty()) {
        VSpace(theme::kGapS);
        char buf[256];
        std::snprintf(buf, sizeof buf, tr(Str::PublishProblemsFmt, lang), p.file_name.c_str(), static_cast<int>(p.problems.size()));
        Heading(buf, kProblemsHeading, theme::kError, 3);
        for (const auto& line : p.problems) TextBlock(line.c_str(), theme::kError);
        if (!p.hint.empty()) Wrapped(p.hint.in(lang).c_str());
    }
    if (!p.json.empty() && app.dataset) {
        VSpace(theme::kGapS);
        char buf[512];
        std::snprintf(buf, sizeof buf, tr(Str::PublishReadyFmt, lang), p.file_name.c_str(), p.encoding.c_str(),
                      static_cast<int>(app.dataset->project_count()), static_cast<int>(app.dataset->kpi_count()));
        TextBlock(buf, theme::kMet);
        const std::string save = tr(Str::PublishSave, lang) + tr_paren(p.save_name, lang);
        if (TouchButton(save.c_str(), 0.0f, "publish:save")) app.frame.requests.save_dataset = true;
    }
    for (const auto& w : p.warnings) MutedWrapped(w.c_str());
    EndCard();
    VSpace(theme::kGapM);
}

} // namespace ui
