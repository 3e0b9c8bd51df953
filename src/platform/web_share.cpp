// Sharing and saving: clipboard, Web Share, downloads (CSV, chart PNG), new tabs.
#include "platform/platform.h"
#include "platform/web_pending.h"

#include <emscripten.h>

namespace {
platform::Pending<bool> g_copies;
}

EM_JS(void, js_copy_text, (int id, const char* text_c), {
    const text = UTF8ToString(text_c);
    const done = (ok) => _kpi_copy_done(id, ok ? 1 : 0);
    // navigator.clipboard needs a secure context; fall back to a selected textarea otherwise.
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
        return;
    }
    try {
        const ta = document.createElement('textarea');
        ta.value = text; ta.setAttribute('readonly', ""); ta.style.position = 'fixed'; ta.style.opacity = '0';
        document.body.appendChild(ta); ta.select();
        const ok = document.execCommand('copy');
        document.body.removeChild(ta);
        done(ok);
    } catch (e) { done(false); }
});

EM_JS(int, js_can_web_share, (), { return (navigator.share ? 1 : 0); });

EM_JS(void, js_web_share, (const char* title, const char* url), {
    navigator.share({ title: UTF8ToString(title), url: UTF8ToString(url) }).catch(() => {});
});

EM_JS(void, js_download_bytes, (const char* name, const char* mime, const char* data, int len), {
    const bytes = HEAPU8.slice(data, data + len);
    const blob = new Blob([bytes], { type: UTF8ToString(mime) });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
});

EM_JS(void, js_download_canvas_png, (float x, float y, float w, float h, const char* name), {
    const src = document.getElementById('canvas');
    const k = src.width / src.getBoundingClientRect().width;
    const out = document.createElement('canvas');
    out.width = Math.max(1, Math.round(w * k)); out.height = Math.max(1, Math.round(h * k));
    out.getContext('2d').drawImage(src, x * k, y * k, w * k, h * k, 0, 0, out.width, out.height);
    const filename = UTF8ToString(name);
    out.toBlob((blob) => {
        if (!blob) return;
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob); a.download = filename;
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    }, 'image/png');
});

EM_JS(void, js_open_in_new_tab, (const char* url), {
    window.open(UTF8ToString(url), '_blank', 'noopener');
});

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_copy_done(int id, int ok) {
    g_copies.finish(id, ok != 0);
    platform::request_frames(2);
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

void download_canvas_png(float x, float y, float w, float h, const std::string& filename) {
    js_download_canvas_png(x, y, w, h, filename.c_str());
}

void open_in_new_tab(const std::string& url) { js_open_in_new_tab(url.c_str()); }

} // namespace platform
