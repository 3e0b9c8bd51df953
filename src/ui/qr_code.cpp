// QR codes from nayuki's qr-code-generator (Debian source package): encoded once here, drawn with
// ImGui rectangles (the share panel, the kiosk) or handed to the document renderer (print).
#include "ui/views.h"

#include <imgui.h>
#include <qrcodegen.hpp>

namespace ui {

kpi::QrModules QrModulesOf(const std::string& text) {
    kpi::QrModules q;
    try {
        const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
        q.size = qr.getSize();
        q.dark.resize(static_cast<size_t>(q.size) * static_cast<size_t>(q.size));
        for (int y = 0; y < q.size; ++y)
            for (int x = 0; x < q.size; ++x) q.dark[static_cast<size_t>(y) * q.size + x] = qr.getModule(x, y);
    } catch (const std::exception&) {
        q = {};   // text too long for any QR version
    }
    return q;
}

bool DrawQrCode(const std::string& text, float size) {
    const kpi::QrModules q = QrModulesOf(text);
    if (q.size == 0) return false;
    const int n = q.size;
    const int quiet = 4;   // the standard's quiet zone, in modules
    const float m = size / (n + 2 * quiet);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(o, ImVec2(o.x + size, o.y + size), IM_COL32_WHITE);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (q.dark[static_cast<size_t>(y) * n + x]) {
                const ImVec2 a(o.x + (x + quiet) * m, o.y + (y + quiet) * m);
                dl->AddRectFilled(a, ImVec2(a.x + m + 0.3f, a.y + m + 0.3f), IM_COL32_BLACK);  // overlap: no seams
            }
    ImGui::Dummy(ImVec2(size, size));
    return true;
}

} // namespace ui
