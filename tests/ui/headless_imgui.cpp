#include "headless_imgui.h"

#include "core/load.h"
#include "ui/no_renderer.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <imgui.h>

#include <stdexcept>

HeadlessUi::HeadlessUi(float width, float height) : ctx_(ImGui::CreateContext()) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    io.Fonts->AddFontDefault();   // Latin glyphs only: layout and behaviour, not typography
    theme::apply(1.0f);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(ctx_); }

void HeadlessUi::frames(AppState& app, int n) {
    for (int i = 0; i < n; ++i) {
        app.frame.requests = AppState::Requests{};
        ImGui::NewFrame();
        ui::ShowApp(app, in_, out_);
        ImGui::Render();
        in_.activated.clear();   // one-frame events, as the browser layer delivers them
        in_.escape = false;
        in_.text.changed = false;
        in_.bring_focus_into_view = false;
        const AppState::Requests& r = app.frame.requests;
        raised_.copy_link |= r.copy_link;
        raised_.copy_embed |= r.copy_embed;
        raised_.web_share |= r.web_share;
        raised_.download_csv |= r.download_csv;
        raised_.save_chart_png |= r.save_chart_png;
        raised_.open_full_view |= r.open_full_view;
        raised_.kiosk_toggle_pause |= r.kiosk_toggle_pause;
        ui::AcceptTexturesWithoutRenderer();   // the "renderer": draws nothing
        ++app.perf.frames_rendered;
    }
}

bool HeadlessUi::visible(const std::string& id) const {
    const ui::SemanticNode* n = find(id);
    return n && n->visible.w > 0;
}

bool HeadlessUi::tap(AppState& app, const std::string& id) {
    if (!visible(id)) return false;
    const ui::SemRect t = find(id)->visible;
    ImGuiIO& io = ImGui::GetIO();
    raised_ = AppState::Requests{};
    io.AddMousePosEvent(t.x + t.w / 2, t.y + t.h / 2);
    frames(app, 1);
    io.AddMouseButtonEvent(0, true);
    frames(app, 1);
    io.AddMouseButtonEvent(0, false);
    frames(app, 3);
    return true;
}

bool HeadlessUi::activate(AppState& app, const std::string& id) {
    if (!find(id)) return false;
    raised_ = AppState::Requests{};
    in_.activated = id;
    frames(app, 1);
    frames(app, 3);
    return true;
}

void HeadlessUi::focus(AppState& app, const std::string& id) {
    in_.focused = id;
    for (int i = 0; i < 6; ++i) {
        in_.bring_focus_into_view = true;
        frames(app, 1);
    }
}

void HeadlessUi::scroll(AppState& app, float dy) {
    in_.scroll_by = dy;
    frames(app, 1);
    in_.scroll_by = 0;
    frames(app, 2);
}

void HeadlessUi::escape(AppState& app) {
    in_.escape = true;
    frames(app, 3);
}

void HeadlessUi::type(AppState& app, const std::string& id, const std::string& value, int comp_begin, int comp_end) {
    in_.text.changed = true;
    in_.text.id = id;
    in_.text.value = value;
    in_.text.caret = static_cast<int>(value.size());
    in_.text.comp_begin = comp_begin;
    in_.text.comp_end = comp_end;
    frames(app, 2);
}

AppState app_with_sapporo() {
    kpi::LoadResult r = kpi::load_dataset_file(std::string(KPI_DATA_DIR) + "/sapporo.json");
    if (!r.ok()) throw std::runtime_error("sapporo.json: " + r.error->describe());
    AppState app;
    app.data_name = app.default_data = "sapporo";
    app.take_dataset(std::move(*r.dataset));
    app.phase = LoadPhase::Ready;
    return app;
}
