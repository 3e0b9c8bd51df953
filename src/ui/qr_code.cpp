// QR codes drawn with ImGui rectangles, from nayuki's qr-code-generator (Debian source package).
#include "ui/views.h"

#include <imgui.h>
#include <qrcodegen.hpp>

namespace ui {

bool DrawQrCode(const std::string& text, float size) {
    try {
        const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
        const int n = qr.getSize();
        const int quiet = 4;   // the standard's quiet zone, in modules
        const float m = size / (n + 2 * quiet);
        const ImVec2 o = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(o, ImVec2(o.x + size, o.y + size), IM_COL32_WHITE);
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (qr.getModule(x, y)) {
                    const ImVec2 a(o.x + (x + quiet) * m, o.y + (y + quiet) * m);
                    dl->AddRectFilled(a, ImVec2(a.x + m + 0.3f, a.y + m + 0.3f), IM_COL32_BLACK);  // overlap: no seams
                }
        ImGui::Dummy(ImVec2(size, size));
        return true;
    } catch (const std::exception&) {
        return false;   // text too long for any QR version
    }
}

} // namespace ui
