// Sharing and saving: clipboard, Web Share, downloads (CSV, chart PNG), new tabs, timers.
#include "platform/platform.h"

#include <emscripten.h>

#include <cstdlib>
#include <map>

namespace {
std::map<int, std::function<void(bool)>> g_copy_callbacks;
int g_next_copy = 1;
}

EM_JS(char*, js_page_base_url, (), {
    const s = location.origin + location.pathname;
    const n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

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

EM_JS(void, js_set_accessible_html, (const char* html), {
    const m = document.getElementById('a11y');
    if (m) m.innerHTML = UTF8ToString(html);
});

EM_JS(void, js_request_wake_lock, (), {
    if (window.kpiGlue) window.kpiGlue.keepScreenOn();
});

// One timer: the earliest wake-up asked for wins, so frequent requests do not pile up timers.
EM_JS(void, js_wake_after, (double ms), {
    const now = performance.now(), at = now + ms;
    if (window.kpiWakeAt && window.kpiWakeAt > now && window.kpiWakeAt <= at) return;
    clearTimeout(window.kpiWakeTimer);
    window.kpiWakeAt = at;
    window.kpiWakeTimer = setTimeout(() => { window.kpiWakeAt = 0; _kpi_wake(); }, ms);
});

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_copy_done(int id, int ok) {
    auto it = g_copy_callbacks.find(id);
    if (it == g_copy_callbacks.end()) return;
    auto cb = std::move(it->second);
    g_copy_callbacks.erase(it);
    cb(ok != 0);
    platform::request_frames(2);
}

namespace platform {

std::string page_base_url() {
    char* p = js_page_base_url();
    std::string s(p);
    free(p);
    return s;
}

void copy_text(const std::string& text, std::function<void(bool)> done) {
    const int id = g_next_copy++;
    g_copy_callbacks[id] = std::move(done);
    js_copy_text(id, text.c_str());
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
void wake_after(double ms) { js_wake_after(ms); }
void request_wake_lock() { js_request_wake_lock(); }
void set_accessible_html(const std::string& html) { js_set_accessible_html(html.c_str()); }

} // namespace platform
