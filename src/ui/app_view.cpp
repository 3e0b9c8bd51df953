// The root view: top bar, then either a side panel + content (wide screens) or one column with a
// filter sheet (phones). Also the loading and data-error panels.
// [SECTION] top bar
// [SECTION] loading and error panels
// [SECTION] root layout
#include "core/query.h"
#include "ui/navigation.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace ui {

// --- [SECTION] top bar ---------------------------------------------------------------------------
void ShowTopBar(AppState& app, bool wide) {
    const std::string& lang = app.view.lang;
    const float s = Scale();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float h = 60 * s;
    const float w = ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(o, ImVec2(o.x + w, o.y + h), theme::kAccent);

    // Right-hand buttons first, so the title knows how much room it has.
    const char* lang_label = tr(Str::Language, lang);   // shows the OTHER language
    const float btn_w = ImGui::CalcTextSize(lang_label).x + 28 * s;
    const char* filter_label = tr(Str::Filters, lang);
    const float fbtn_w = wide || !app.dataset ? 0.0f : ImGui::CalcTextSize(filter_label).x + 28 * s;
    const float right = o.x + w - 12 * s;
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, 28));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 60));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 90));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(255, 255, 255, 110));
    const float by = o.y + (h - theme::kTouchTarget * s) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(right - btn_w, by));
    if (ImGui::Button(lang_label, ImVec2(btn_w, theme::kTouchTarget * s))) app.view.lang = lang == "ja" ? "en" : "ja";
    if (fbtn_w > 0) {
        ImGui::SetCursorScreenPos(ImVec2(right - btn_w - 8 * s - fbtn_w, by));
        const bool active = !app.view.filters.empty();
        std::string label = filter_label;
        if (active) label += " ●";
        if (ImGui::Button(label.c_str(), ImVec2(fbtn_w + (active ? ImGui::CalcTextSize(" ●").x : 0), theme::kTouchTarget * s)))
            app.filter_sheet_open = true;
    }
    ImGui::PopStyleColor(5);

    // Title: the dataset's title (or the app name while loading), clipped to the room left.
    const float title_right = right - btn_w - 8 * s - (fbtn_w > 0 ? fbtn_w + 8 * s : 0) - 8 * s;
    const std::string title = app.dataset ? app.dataset->title.in(lang) : tr(Str::AppName, lang);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * (wide ? 1.3f : 1.05f));
    const float fh = ImGui::GetFontSize();
    const ImVec4 clip(o.x + 16 * s, o.y, title_right, o.y + h);
    const ImVec2 ts = ImGui::CalcTextSize(title.c_str(), nullptr, false, clip.z - clip.x);
    const float ty = o.y + std::max(4 * s, (h - std::min(ts.y, fh * 2)) * 0.5f);
    dl->AddText(nullptr, 0.0f, ImVec2(clip.x, ty), IM_COL32_WHITE, title.c_str(), nullptr, clip.z - clip.x, &clip);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + h));
    ImGui::Dummy(ImVec2(w, 0));
}

// --- [SECTION] loading and error panels ------------------------------------------------------------
void ShowLoading(AppState& app) {
    VSpace(40);
    MutedWrapped(tr(Str::LoadingData, app.view.lang));
}

void ShowDataError(AppState& app) {
    const std::string& lang = app.view.lang;
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kError);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * Scale(), 14 * Scale()));
    ImGui::BeginChild("##error", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    Heading(tr(Str::DataErrorTitle, lang), 1.15f, theme::kError);
    Wrapped(app.data_error.c_str());
    if (app.dataset)
        MutedWrapped(lang == "en" ? "The data shown below is the last version that loaded correctly."
                                  : "下には、前回正しく読み込めたデータを表示しています。");
    if (TouchButton(tr(Str::Retry, lang))) app.retry_requested = true;
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    VSpace(8);
}

// --- [SECTION] root layout ---------------------------------------------------------------------------
namespace {

void ModeTabs(AppState& app) {
    const std::string& lang = app.view.lang;
    if (Chip(tr(Str::Overview, lang), app.view.mode == kpi::ViewMode::Overview && app.view.project.empty(), "tab-ov"))
        SetMode(app, kpi::ViewMode::Overview);
    ImGui::SameLine(0, 6 * Scale());
    if (Chip(tr(Str::Compare, lang), app.view.mode == kpi::ViewMode::Compare && app.view.project.empty(), "tab-cmp"))
        SetMode(app, kpi::ViewMode::Compare);
}

void MainContent(AppState& app, bool wide) {
    if (!app.data_error.empty()) ShowDataError(app);
    if (!app.dataset) {
        if (app.data_error.empty()) ShowLoading(app);
        return;
    }
    const kpi::Project* project = app.view.project.empty() ? nullptr : app.dataset->find_project(app.view.project);
    if (project) {
        ShowProject(app, *project, wide);
        return;
    }
    ModeTabs(app);
    VSpace(6);
    if (app.view.mode == kpi::ViewMode::Compare) ShowCompare(app, wide);
    else ShowOverview(app, wide);
}

// A scrolling column of at most max_w CSS px, centred in the space it is given.
void BeginColumn(const char* id, float max_w, bool reset_scroll) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kPage);
    ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    if (reset_scroll) ImGui::SetScrollY(0);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float pad = std::max(16.0f * Scale(), (avail - max_w) * 0.5f);
    ImGui::Indent(pad);
    ImGui::PushItemWidth(-1);
    ImGui::Dummy(ImVec2(1, 8 * Scale()));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(max_w, avail - 2 * pad));
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(ImGui::GetCursorScreenPos().x + std::min(max_w, avail - 2 * pad), 1e9f), true);
    // Content width is limited by the group's right edge, which wrap positions and ContentWidth() use.
    ImGui::SetNextItemWidth(std::min(max_w, avail - 2 * pad));
}

void EndColumn() {
    ImGui::PopClipRect();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(1, 40 * Scale()));
    ImGui::PopItemWidth();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace

void ShowApp(AppState& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float s = Scale();
    const bool wide = vp->Size.x >= theme::kWideLayout * s;
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    ShowTopBar(app, wide);
    const bool reset = app.reset_scroll;
    app.reset_scroll = false;

    if (wide && app.dataset) {
        const float panel_w = 320 * s;
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18 * s, 16 * s));
        ImGui::BeginChild("##filters", ImVec2(panel_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders);
        Heading(tr(Str::Filters, app.view.lang), 1.15f, theme::kAccent);
        ShowFilterPanel(app, false);
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::SameLine(0, 0);
    }
    BeginColumn("##content", 960 * s, reset);
    MainContent(app, wide);
    EndColumn();
    ImGui::End();

    // Phones: the filter panel as a full-screen sheet.
    if (!wide && app.filter_sheet_open && app.dataset) {
        ImGui::SetNextWindowPos(vp->Pos);
        ImGui::SetNextWindowSize(vp->Size);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18 * s, 16 * s));
        ImGui::Begin("##sheet", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        ImGui::PopStyleVar();
        Heading(tr(Str::Filters, app.view.lang), 1.3f, theme::kAccent);
        ImGui::SameLine();
        const char* close = tr(Str::Close, app.view.lang);
        const float cw = ImGui::CalcTextSize(close).x + 40 * s;
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - cw);
        if (TouchButton(close, cw)) app.filter_sheet_open = false;
        ShowFilterPanel(app, true);
        VSpace(8);
        char buf[128];
        std::snprintf(buf, sizeof buf, tr(Str::ShownProjectsFmt, app.view.lang),
                      kpi::count_visible(*app.dataset, app.view.filters), static_cast<int>(app.dataset->project_count()));
        if (TouchButton(buf, -1)) app.filter_sheet_open = false;
        ImGui::End();
    }
    if (wide) app.filter_sheet_open = false;
}

} // namespace ui
