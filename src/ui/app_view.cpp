// The root view: top bar, then either a side panel + content (wide screens) or one column with a
// filter sheet (phones). Also the loading and data-error panels.
// [SECTION] top bar
// [SECTION] loading and error panels
// [SECTION] root layout
#include "core/catalog.h"
#include "core/query.h"
#include "core/view_url.h"
#include "ui/navigation.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <iterator>

namespace ui {

// --- [SECTION] top bar ---------------------------------------------------------------------------
void ShowTopBar(AppState& app, bool wide) {
    constexpr float kTitleNarrow = 0.85f;             // the title's size on phones (kTypeViewTitle when wide)
    constexpr float kBadgePadX = 10, kBadgePadY = 4;  // the offline badge's text inset
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float h = theme::kTopBarHeight * s;
    const float w = ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(o, ImVec2(o.x + w, o.y + h), theme::kAccent);

    // Places first, right to left, so the title knows how much room is left; then everything is
    // drawn left to right, which is also the order a screen reader and Tab meet it in.
    const char* lang_label = tr(Str::Language, lang);   // opens the choice of three (ShowLanguagePanel)
    const char* share_label = tr(Str::Share, lang);
    const char* off = tr(Str::Offline, lang);
    // The kiosk shows its QR code instead; a publish preview is not on the site yet, so no link.
    const bool has_share = app.dataset && app.offers_share();
    const float lang_w = ImGui::CalcTextSize(lang_label).x + 2 * theme::kControlPaddingX * s;
    const float share_w = ImGui::CalcTextSize(share_label).x + 2 * theme::kControlPaddingX * s;
    const ImVec2 off_ts = ImGui::CalcTextSize(off);
    const float off_w = off_ts.x + 2 * kBadgePadX * s, off_h = off_ts.y + 2 * kBadgePadY * s;
    const float lang_x = o.x + w - theme::kGapL * s - lang_w;
    const float share_x = has_share ? lang_x - theme::kGapM * s - share_w : lang_x;
    const float off_x = app.offline ? share_x - theme::kGapM * s - off_w : share_x;
    const float title_right = off_x - theme::kGapXl * s;

    // Title: the dataset's title (or the app name while loading) in the room left, on as many lines
    // as the bar holds; smaller type before anything is cut, and a cut line ends with 「…」 (and
    // counts as clipped text: it must not happen at any supported width).
    constexpr float kTitleShrink[] = {1.0f, 0.88f, 0.78f, 0.7f};   // of the title's size, tried in turn
    const std::string title = app.dataset ? app.dataset->title.in(lang) : tr(Str::AppName, lang);
    const ImVec4 clip(o.x + theme::kGapXl * s, o.y, title_right, o.y + h);
    const float room_h = h - 2 * theme::kGap2xs * s;
    const float base = ImGui::GetStyle().FontSizeBase * (wide ? theme::kTypeViewTitle : kTitleNarrow);
    for (size_t attempt = 0; attempt < std::size(kTitleShrink); ++attempt) {
        ImGui::PushFont(nullptr, base * kTitleShrink[attempt]);
        const float fh = ImGui::GetFontSize();
        const auto lines = BreakLines(title, clip.z - clip.x);
        const size_t fit = std::max<size_t>(1, static_cast<size_t>(room_h / fh));
        if (lines.size() > fit && attempt + 1 < std::size(kTitleShrink)) {
            ImGui::PopFont();
            continue;
        }
        const size_t shown = std::min(lines.size(), fit);
        float ty = o.y + std::max(theme::kGap2xs * s, (h - shown * fh) * 0.5f);
        for (size_t i = 0; i < shown; ++i, ty += fh) {
            std::string line(title, lines[i].begin, lines[i].end - lines[i].begin);
            if (i + 1 == shown && shown < lines.size()) {   // the last line that fits, cut: end it with 「…」
                const std::string ellipsis = tr(Str::Ellipsis, lang);
                while (!line.empty() && ImGui::CalcTextSize((line + ellipsis).c_str()).x > clip.z - clip.x) {
                    size_t cut = line.size() - 1;
                    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
                    line.resize(cut);
                }
                line += ellipsis;
                CurrentOutput().clipped_text += 1;
            }
            dl->AddText(nullptr, 0.0f, ImVec2(clip.x, ty), theme::kOnAccent, line.c_str(), line.c_str() + line.size(), 0.0f, &clip);
        }
        ImGui::PopFont();
        break;
    }
    ImGui::SetCursorScreenPos(ImVec2(clip.x, o.y));
    ImGui::Dummy(ImVec2(std::max(1.0f, clip.z - clip.x), h));
    SemanticContent(Role::Heading, title, 1);

    // Offline: a quiet badge left of the buttons (the viewer keeps working from its cache).
    if (app.offline) {
        const ImVec2 a(off_x, o.y + (h - off_h) * 0.5f);
        dl->AddRectFilled(a, ImVec2(a.x + off_w, a.y + off_h), theme::kOnBarBadge, off_h * 0.5f);
        dl->AddText(ImVec2(a.x + kBadgePadX * s, a.y + kBadgePadY * s), theme::kOnAccent, off);
        ImGui::SetCursorScreenPos(a);
        ImGui::Dummy(ImVec2(off_w, off_h));
        SemanticContent(Role::Text, off);
    }

    ImGui::PushStyleColor(ImGuiCol_Button, theme::kOnBarButton);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kOnBarButtonHovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::kOnBarButtonActive);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnAccent);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kOnAccent);   // >= 3:1 on the bar
    const float by = o.y + (h - theme::kTouchTarget * s) * 0.5f;
    if (has_share) {
        ImGui::SetCursorScreenPos(ImVec2(share_x, by));
        bool share = ImGui::Button(share_label, ImVec2(share_w, theme::kTouchTarget * s));
        share |= Semantic("share", Role::Button, share_label, kSemHasPopup | (app.ui.share_open ? kSemExpanded : 0));
        if (share) app.ui.share_open = !app.ui.share_open;
    }
    ImGui::SetCursorScreenPos(ImVec2(lang_x, by));
    bool lang_pressed = ImGui::Button(lang_label, ImVec2(lang_w, theme::kTouchTarget * s));
    lang_pressed |= Semantic("lang", Role::Button, lang_label, kSemHasPopup | (app.ui.lang_open ? kSemExpanded : 0));
    if (lang == kpi::Lang::En) SetLastNodeLang("ja");   // 「日本語」: its name is Japanese
    if (lang_pressed) {
        app.ui.lang_open = !app.ui.lang_open;
        if (app.ui.lang_open) app.ui.share_open = false;
    }
    ImGui::PopStyleColor(5);

    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + h));
    ImGui::Dummy(ImVec2(w, 0));
}

// The language control's choice: 日本語, やさしい日本語, English, each named in its own language
// (and marked so: a screen reader reads each in its voice), a group that arrow keys move in. Just
// below the top bar at its right end, on phones too (it is small). Choosing one closes it.
void ShowLanguagePanel(AppState& app) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(theme::kLanguagePanelWidth * s, vp->Size.x - 2 * theme::kGapS * s);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - w - theme::kGapS * s, vp->Pos.y + (theme::kTopBarHeight + theme::kGapXs) * s));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kDialogPaddingX * s, theme::kDialogPaddingY * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, theme::kFloatingRadius * s);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kCard);
    ImGui::Begin("##lang", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
    BeginDialog(tr(Str::Language, lang), "lang");
    bool close = DialogHeader(tr(Str::Language, lang), lang, "lang:close");
    const std::string group = tr(Str::Language, lang);
    for (kpi::Lang l : kpi::kLangs) {
        const std::string id = std::string("lang:") + kpi::to_string(l);
        const bool chosen = Chip(tr(Str::LangName, l), l == lang, id, Role::Toggle, group);
        SetLastNodeLang(kpi::html_lang(l));
        if (chosen) {
            if (l != lang) {
                // The year style follows the language (R4 / 2022) unless the reader chose one.
                if (!app.view.era_chosen) app.view.era = kpi::default_era(l);
                app.view.lang = l;
            }
            close = true;
        }
    }
    ImGui::End();
    if (close) app.ui.lang_open = false;
}

// --- [SECTION] loading and error panels ------------------------------------------------------------
void ShowLoading(AppState& app) {
    VSpace(theme::kPageEndGap);
    MutedWrapped(tr(Str::LoadingData, app.view.lang));
}

void ShowDataError(AppState& app) {
    const kpi::Lang lang = app.view.lang;
    BeginCard("##error", theme::kError);
    Heading(tr(Str::DataErrorTitle, lang), theme::kTypeCardTitle, theme::kError);
    MarkedBlock(app.data_error.marked(lang));
    if (!app.data_error_hint.empty()) Wrapped(app.data_error_hint.in(lang).c_str());
    if (app.dataset)
        MutedWrapped(tr(Str::ShowingLastGood, lang));
    if (TouchButton(tr(Str::Retry, lang), 0.0f, "retry")) app.retry_requested = true;
    EndCard();
    VSpace(theme::kGapM);
}

// --- [SECTION] root layout ---------------------------------------------------------------------------
namespace {

void ModeTabs(AppState& app, bool wide) {
    const kpi::Lang lang = app.view.lang;
    const std::string tabs = tr(Str::ViewTabs, lang);
    if (Chip(tr(Str::Overview, lang), app.view.mode == kpi::ViewMode::Overview && app.view.project.empty(), "tab:overview", Role::Tab, tabs))
        SetMode(app, kpi::ViewMode::Overview);
    ImGui::SameLine(0, theme::kChipGap * Scale());
    if (Chip(tr(Str::Compare, lang), app.view.mode == kpi::ViewMode::Compare && app.view.project.empty(), "tab:compare", Role::Tab, tabs))
        SetMode(app, kpi::ViewMode::Compare);
    if (ShowDatasetPickerButton(app)) app.ui.picker_open = true;
    if (!wide || app.is(PageMode::Kiosk)) {
        std::string label = tr(Str::Filters, lang);
        if (!app.view.filters.empty()) label += tr(Str::ActiveMark, lang);
        ImGui::SameLine(0, theme::kChipGap * Scale());
        if (!FitsOnLine(ChipWidth(label.c_str()))) ImGui::NewLine();
        if (app.is(PageMode::Kiosk)) {
            // The kiosk has no side panel: the filters open in place under the tabs (a toggle, no
            // dialog), so a visitor who walks away leaves nothing modal behind.
            if (Chip(label.c_str(), app.ui.filter_sheet_open, "tab:filters", Role::Toggle)) app.ui.filter_sheet_open = !app.ui.filter_sheet_open;
        } else if (Chip(label.c_str(), false, "tab:filters", Role::Button)) {
            app.ui.filter_sheet_open = true;
        }
    }
}

void Notices(AppState& app) {
    const kpi::Lang lang = app.view.lang;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kAccentSoft);
    BeginCard("##notices", theme::kAccent);
    TextBlock(tr(Str::LinkPartlyUnused, lang), theme::kAccent);
    for (const auto& n : app.notices) MarkedBlock(n.marked(lang), theme::kMuted);
    if (TouchButton(tr(Str::Ok, lang), 0.0f, "notice:close")) app.notices.clear();
    EndCard();
    ImGui::PopStyleColor();
    VSpace(theme::kGapM);
}

void MainContent(AppState& app, bool wide) {
    if (!app.notices.empty()) Notices(app);
    if (app.is(PageMode::Publish)) ShowPublishPanel(app);
    if (!app.data_error.empty()) ShowDataError(app);
    if (!app.dataset) {
        if (app.data_error.empty() && !app.is(PageMode::Publish)) ShowLoading(app);
        return;
    }
    const kpi::Project* project = app.view.project.empty() ? nullptr : app.dataset->find_project(app.view.project);
    if (project) {
        ShowProject(app, *project, wide);
        return;
    }
    ModeTabs(app, wide);
    VSpace(theme::kGapS);
    if (app.is(PageMode::Kiosk) && app.ui.filter_sheet_open) {
        BeginCard("##kiosk-filters", theme::kAccent);
        ShowFilterPanel(app);
        EndCard();
        VSpace(theme::kGapM);
    }
    if (app.view.mode == kpi::ViewMode::Compare) ShowCompare(app, wide);
    else ShowOverview(app, wide);
}

// A scrolling column of at most max_w CSS px, centred in the space it is given. ImGui has no public
// way to narrow the content region from the right, so the child's work rect is narrowed directly.
void BeginColumn(const char* id, float max_w, bool reset_scroll, float right_reserve) {
    ImGui::BeginChild(id, ImVec2(-right_reserve, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    if (reset_scroll) ImGui::SetScrollY(0);
    if (const float dy = CurrentInput().scroll_by) ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() + dy));
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float avail = w->ContentRegionRect.GetWidth();
    const float col_w = std::min(max_w, avail - 2 * theme::kColumnGutter * Scale());
    const float left = w->ContentRegionRect.Min.x + (avail - col_w) * 0.5f;
    ImGui::Indent(left - w->ContentRegionRect.Min.x);
    w->ContentRegionRect.Max.x = left + col_w;
    w->WorkRect.Max.x = left + col_w;
    ImGui::Dummy(ImVec2(1, theme::kGapM * Scale()));
}

void EndColumn() {
    ImGui::Dummy(ImVec2(1, theme::kPageEndGap * Scale()));
    ImGui::EndChild();
}

// Everything but embed mode: top bar, side panel or sheet, content column, overlays.
void ShowPage(AppState& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float s = Scale();
    const bool wide = vp->Size.x >= theme::kWideLayout * s;
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                     // The frame is cleared to the page colour already: a full-screen quad on top
                     // of it was the biggest fill of every frame (software GL: ~40 ms at 3x).
                     ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    ShowTopBar(app, wide);
    const bool reset = app.ui.reset_scroll;
    app.ui.reset_scroll = false;

    // The kiosk has no filter side panel: a passer-by gets the whole width for the charts.
    if (wide && app.dataset && !app.is(PageMode::Kiosk)) {
        const float panel_w = theme::kSidePanelWidth * s;
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kPanelPaddingX * s, theme::kPanelPaddingY * s));
        ImGui::BeginChild("##filters", ImVec2(panel_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders);
        Heading(tr(Str::Filters, app.view.lang), theme::kTypeCardTitle, theme::kAccent, 2);
        ShowFilterPanel(app);
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::SameLine(0, 0);
    }
    // Kiosk: keep the column clear of the QR card in the bottom-right corner (its margin on both sides).
    const float reserve = app.is(PageMode::Kiosk) && wide ? theme::kKioskCardWidth * s + 2 * theme::kKioskCardMargin * s : 0.0f;
    BeginColumn("##content", theme::kColumnMaxWidth * s, reset, reserve);
    MarkMainStart();
    MainContent(app, wide);
    // For city staff: the way to publish their own report (not on a kiosk, not while publishing).
    if (app.dataset && app.offers_publish_link()) {
        VSpace(theme::kGapM);
        if (TextLink(tr(Str::PublishLink, app.view.lang), "publish:open", "?publish=1")) app.frame.requests.open_publish = true;
        // The dataset's report page beside it (make site): the whole report as text, for print and search.
        const std::string report = "data/" + kpi::report_page_file(app.data_name, app.view.lang);
        if (TextLink(tr(Str::TextVersionLink, app.view.lang), "report:open", report)) app.frame.requests.open_page = report;
    }
    EndColumn();
    ImGui::End();

    // Phones: the filter panel as a full-screen sheet (the kiosk shows it in place, see ModeTabs).
    const bool sheet = !wide && !app.is(PageMode::Kiosk);
    if (sheet && app.ui.filter_sheet_open && app.dataset) {
        ImGui::SetNextWindowPos(vp->Pos);
        ImGui::SetNextWindowSize(vp->Size);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kPanelPaddingX * s, theme::kPanelPaddingY * s));
        ImGui::Begin("##sheet", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        ImGui::PopStyleVar();
        BeginDialog(tr(Str::Filters, app.view.lang), "tab:filters");
        if (DialogHeader(tr(Str::Filters, app.view.lang), app.view.lang, "sheet:close")) app.ui.filter_sheet_open = false;
        ShowFilterPanel(app);
        VSpace(theme::kGapM);
        char buf[128];
        std::snprintf(buf, sizeof buf, tr(Str::ShownProjectsFmt, app.view.lang),
                      static_cast<int>(app.filtered().visible.size()), static_cast<int>(app.dataset->project_count()));
        if (TouchButton(buf, -1, "sheet:done")) app.ui.filter_sheet_open = false;
        ImGui::End();
    }
    if (!sheet && !app.is(PageMode::Kiosk)) app.ui.filter_sheet_open = false;
    if (app.ui.share_open && app.dataset && !app.is(PageMode::Kiosk)) ShowSharePanel(app, wide);
    if (app.ui.lang_open) ShowLanguagePanel(app);
    if (app.ui.picker_open && app.catalog.size() > 1 && !app.is(PageMode::Kiosk)) ShowDatasetPicker(app);
    if (app.is(PageMode::Kiosk) && app.dataset) ShowKioskOverlay(app);
}

} // namespace

std::string PageTitle(const AppState& app) {
    const kpi::Lang lang = app.view.lang;
    std::string view;
    const kpi::Project* p = app.dataset && !app.view.project.empty() ? app.dataset->find_project(app.view.project) : nullptr;
    if (!app.data_error.empty() && !app.dataset) view = tr(Str::DataErrorTitle, lang);
    else if (!app.dataset) view = tr(Str::LoadingData, lang);
    else if (p) {
        view = p->name.in(lang);
        for (const auto& k : p->kpis)
            if (k.no == app.view.kpi) view = kpi::kpi_title(k, lang) + " - " + view;
    } else view = tr(app.view.mode == kpi::ViewMode::Compare ? Str::CompareTitle : Str::Overview, lang);
    // Publish mode is the staff's page, whatever it previews (before a file: not "loading").
    if (app.is(PageMode::Publish)) view = app.dataset ? view + " - " + tr(Str::PublishPageTitle, lang) : tr(Str::PublishPageTitle, lang);
    const std::string site = app.dataset ? app.dataset->title.in(lang) : tr(Str::AppName, lang);
    return view + " | " + site;
}

void ShowApp(AppState& app, const FrameInput& in, FrameOutput& out) {
    FrameScope scope(in, out);
    SetTextLanguage(app.view.lang);
    BeginRubyFrame();
    // The reader moved the page (wheel or finger, scrolling keys, Tab to another control): a linked
    // KPI is no longer held in view.
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseWheel != 0 || io.MouseWheelH != 0 || in.scroll_by != 0 || in.bring_focus_into_view)
        app.ui.keep_kpi_in_view = false;
    // Escape closes the panel on top (the browser layer returns focus to what opened it).
    // With none open, it closes the tooltip of the focused chart year (until focus moves on).
    if (in.escape) {
        if (app.ui.picker_open) app.ui.picker_open = false;
        else if (app.ui.share_open) app.ui.share_open = false;
        else if (app.ui.lang_open) app.ui.lang_open = false;
        else if (app.ui.filter_sheet_open) app.ui.filter_sheet_open = false;
        else app.ui.tooltip_closed_for = in.focused.empty() ? "-" : in.focused;
    }
    if (!app.ui.tooltip_closed_for.empty() && app.ui.tooltip_closed_for != "-" && app.ui.tooltip_closed_for != in.focused)
        app.ui.tooltip_closed_for.clear();
    // Where the reader is, and where focus lands when the page changes under it: the page this frame
    // draws (a tap in it may already have changed the view; the next frame draws that).
    if (app.dataset && !app.is(PageMode::Embed)) {
        const kpi::Project* p = app.view.project.empty() ? nullptr : app.dataset->find_project(app.view.project);
        if (p) {
            out.view = "project:" + p->id;
            out.landing = app.view.kpi ? "kpi:" + std::to_string(app.view.kpi) : "heading:project";
        } else if (app.view.mode == kpi::ViewMode::Compare) {
            out.view = "compare";
            out.landing = "heading:compare";
        } else {
            out.view = "overview";
            out.landing = "heading:overview";
        }
    }
    if (app.is(PageMode::Embed)) ShowEmbed(app);
    else ShowPage(app);
    if (app.ui.tooltip_closed_for == "-") app.ui.tooltip_closed_for.clear();   // (pinned tooltips closed this frame)
    DrawFocusRing();
    out.clipped_text += CountClippedText();
    out.lang = kpi::html_lang(app.view.lang);
    out.title = PageTitle(app);
    out.pointer_cursor = ImGui::GetMouseCursor() == ImGuiMouseCursor_Hand;
    out.skip_label = tr(Str::SkipToContent, app.view.lang);
}

} // namespace ui
