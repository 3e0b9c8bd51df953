// Sharing and saving: clipboard, Web Share, downloads (CSV, SVG, chart PNG), new tabs. The browser
// half is web/share.js.
#include "platform/platform.h"
#include "platform/web_pending.h"

#include "core/palette.h"

#include <emscripten.h>

namespace {
platform::Pending<bool> g_copies;
}

// Each call is web/share.js's (window.kpiShare): the viewer passes the data, the page does the rest.
EM_JS(void, js_copy_text, (int id, const char* text), { window.kpiShare && window.kpiShare.copyText(id, UTF8ToString(text)); });
EM_JS(int, js_can_web_share, (), { return window.kpiShare && window.kpiShare.canWebShare() ? 1 : 0; });
EM_JS(void, js_web_share, (const char* title, const char* url), { window.kpiShare && window.kpiShare.webShare(UTF8ToString(title), UTF8ToString(url)); });
// The bytes are copied now: the C++ side's memory is not the page's once this returns.
EM_JS(void, js_download_bytes, (const char* name, const char* mime, const char* data, int len), {
    window.kpiShare && window.kpiShare.downloadBytes(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + len));
});
EM_JS(void, js_download_canvas_png, (float x, float y, float w, float h, const char* name, const char* head, const char* foot,
                                     const char* background, const char* title, const char* text), {
    window.kpiShare && window.kpiShare.downloadCanvasPng(x, y, w, h, UTF8ToString(name), UTF8ToString(head), UTF8ToString(foot), UTF8ToString(background), UTF8ToString(title), UTF8ToString(text));
});
EM_JS(void, js_open_in_new_tab, (const char* url), { window.kpiShare && window.kpiShare.openInNewTab(UTF8ToString(url)); });

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_copy_done(int id, int ok) {
    g_copies.finish(id, ok != 0);
    platform::request_frame();
}

namespace platform {

void copy_text(const std::string& text, std::function<void(bool)> done) {
    js_copy_text(g_copies.add(std::move(done)), text.c_str());
}

bool can_web_share() { return js_can_web_share() != 0; }
void web_share(const std::string& title, const std::string& url) { js_web_share(title.c_str(), url.c_str()); }

void download_bytes(const std::string& filename, const std::string& mime, const std::string& bytes) {
    js_download_bytes(filename.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void download_canvas_png(float x, float y, float w, float h, const std::string& filename,
                         const std::vector<std::string>& header, const std::vector<std::string>& footer) {
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& l : v) s += l + "\n";
        return s;
    };
    // The caption's colours are the palette's: the picture's ground, its title and its text.
    const auto css = [](kpi::Colour c) { return kpi::css_hex(kpi::swatch(c)); };
    js_download_canvas_png(x, y, w, h, filename.c_str(), join(header).c_str(), join(footer).c_str(),
                           css(kpi::Colour::Card).c_str(), css(kpi::Colour::Accent).c_str(), css(kpi::Colour::Text).c_str());
}

void open_in_new_tab(const std::string& url) { js_open_in_new_tab(url.c_str()); }

} // namespace platform
