#include "headless_imgui.h"

#include "core/load.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <imgui.h>

#include <stdexcept>

namespace {

// The "renderer": every texture the font atlas asks for is created at once (and never drawn).
void honour_texture_requests() {
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_WantCreate || tex->Status == ImTextureStatus_WantUpdates) {
            tex->SetTexID(static_cast<ImTextureID>(1));
            tex->SetStatus(ImTextureStatus_OK);
        } else if (tex->Status == ImTextureStatus_WantDestroy) {
            tex->SetTexID(ImTextureID_Invalid);
            tex->SetStatus(ImTextureStatus_Destroyed);
        }
    }
}

} // namespace

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
        app.requests = AppState::Requests{};
        ImGui::NewFrame();
        ui::ShowApp(app);
        ImGui::Render();
        const AppState::Requests& r = app.requests;
        raised_.text_input |= r.text_input;
        raised_.copy_link |= r.copy_link;
        raised_.web_share |= r.web_share;
        raised_.download_csv |= r.download_csv;
        raised_.save_chart_png |= r.save_chart_png;
        raised_.open_full_view |= r.open_full_view;
        raised_.kiosk_toggle_pause |= r.kiosk_toggle_pause;
        honour_texture_requests();
        ++app.frames_rendered;
    }
}

bool HeadlessUi::find(const AppState& app, const std::string& id, AppState::Target& out) const {
    for (const auto& t : app.targets)
        if (t.id == id) {
            out = t;
            return true;
        }
    return false;
}

bool HeadlessUi::tap(AppState& app, const std::string& id) {
    AppState::Target t;
    if (!find(app, id, t)) return false;
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

AppState app_with_sapporo() {
    kpi::LoadResult r = kpi::load_dataset_file(std::string(KPI_DATA_DIR) + "/sapporo.json");
    if (!r.ok()) throw std::runtime_error("sapporo.json: " + r.error->describe());
    AppState app;
    app.data_name = app.default_data = "sapporo";
    app.dataset = std::move(*r.dataset);
    app.phase = LoadPhase::Ready;
    return app;
}
