// The dataset picker: when the site publishes several municipalities' reports (data/index.json),
// a searchable list of them (by publisher or title, width- and kana-insensitive like the project
// search). Choosing one opens it as ?data=NAME, a new page. A dialog: Escape closes it. A national
// catalog (1,741 municipalities) is searched from texts normalised once (kpi::CatalogSearch) and
// drawn near the screen only (LazyList), so opening, typing and scrolling stay within a frame.
#include "core/catalog.h"
#include "ui/lazy_list.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace ui {

bool ShowDatasetPickerButton(AppState& app) {
    if (app.catalog.size() < 2) return false;
    char label[96];
    std::snprintf(label, sizeof label, tr(Str::PickDatasetFmt, app.view.lang), static_cast<int>(app.catalog.size()));
    ImGui::SameLine(0, theme::kChipGap * Scale());
    if (!FitsOnLine(ChipWidth(label))) ImGui::NewLine();
    return Chip(label, false, "tab:datasets", Role::Button);
}

void ShowDatasetPicker(AppState& app) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(theme::kPickerMaxWidth * s, vp->Size.x);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + (vp->Size.x - w) * 0.5f, vp->Pos.y));
    ImGui::SetNextWindowSize(ImVec2(w, vp->Size.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kDialogPaddingX * s, theme::kDialogPaddingY * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kCard);
    ImGui::Begin("##datasets", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    BeginDialog(tr(Str::PickDatasetTitle, lang), "tab:datasets");
    if (DialogHeader(tr(Str::PickDatasetTitle, lang), lang, "datasets:close")) app.ui.picker_open = false;
    TextField("datasets:q", tr(Str::Search, lang), tr(Str::PickDatasetHint, lang), app.ui.picker_query);
    // (A national catalog lists 1,741 municipalities: its normalised texts are made once, and a
    // frame with the same query reuses the last answer.)
    const std::vector<const kpi::CatalogEntry*>& found = app.catalog_search().find(app.ui.picker_query);
    char buf[160];
    std::snprintf(buf, sizeof buf, tr(Str::PickDatasetCountFmt, lang), static_cast<int>(found.size()),
                  static_cast<int>(app.catalog.size()));
    Label(buf, theme::kMuted);
    // Every match is in the list; only those near the screen are drawn (ui/lazy_list.h).
    constexpr float kRowEstimate = 44;   // a row's height before it is first laid out
    LazyList list(app.ui.lists.picker, ListLayoutKey(app) + "|picker", kRowEstimate * s, found.size());
    for (const kpi::CatalogEntry* entry : found) {
        if (!list.Begin(entry)) continue;
        const kpi::CatalogEntry& e = *entry;
        const bool current = e.name == app.data_name;
        const std::string label = e.publisher.in(lang) + tr(Str::InfoSep, lang) + e.title.in(lang) + (current ? tr(Str::CurrentMark, lang) : "");
        if (TouchButton(label.c_str(), -1, "dataset:" + e.name, current ? kSemSelected : 0) && !current)
            app.frame.requests.open_dataset = e.name;
        list.End(entry);
    }
    list.Flush();
    ImGui::End();
}

} // namespace ui
