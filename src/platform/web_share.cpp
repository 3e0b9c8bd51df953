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

// The chart is copied now (the drawing buffer is not kept after this task); the caption is set in
// the viewer's own font (the first-frame subset, as a FontFace) once it is loaded.
EM_JS(void, js_download_canvas_png, (float x, float y, float w, float h, const char* name, const char* head_c, const char* foot_c), {
    const src = document.getElementById('canvas');
    const k = src.width / src.getBoundingClientRect().width;
    const chart = document.createElement('canvas');
    chart.width = Math.max(1, Math.round(w * k)); chart.height = Math.max(1, Math.round(h * k));
    chart.getContext('2d').drawImage(src, x * k, y * k, w * k, h * k, 0, 0, chart.width, chart.height);
    const filename = UTF8ToString(name);
    const head = UTF8ToString(head_c).split("\n").filter((s) => s);
    const foot = UTF8ToString(foot_c).split("\n").filter((s) => s);
    const face = window.kpiCaptionFont || (window.kpiCaptionFont = new FontFace("KPIViewer", "url(fonts/ui-subset.ttf)").load()
        .then((f) => { document.fonts.add(f); return "KPIViewer"; }).catch(() => "sans-serif"));
    face.then((family) => {
        const pad = Math.round(16 * k), body = Math.round(15 * k), title = Math.round(19 * k), gap = Math.round(6 * k);
        const out = document.createElement('canvas');
        const ctx0 = out.getContext('2d');
        const width = chart.width + 2 * pad;
        // Lines broken to the picture's width, character by character (Japanese has no spaces).
        const wrap = (text, size) => {
            ctx0.font = size + "px " + family;
            const lines = []; let line = "";
            for (const ch of text) {
                if (line && ctx0.measureText(line + ch).width > width - 2 * pad) { lines.push(line); line = ""; }
                line += ch;
            }
            if (line) lines.push(line);
            return lines;
        };
        const headLines = head.flatMap((t, i) => wrap(t, i === 0 ? title : body).map((l) => [l, i === 0 ? title : body, i === 0]));
        const footLines = foot.flatMap((t) => {
            const m = /^(#[0-9a-fA-F]{6}) (.*)$/.exec(t);
            return m ? [[m[2], body, false, m[1]]] : wrap(t, body).map((l) => [l, body, false]);
        });
        const lineH = (s) => Math.round(s * 1.5);
        const hh = headLines.reduce((a, l) => a + lineH(l[1]), 0), fh = footLines.reduce((a, l) => a + lineH(l[1]), 0);
        out.width = width;
        out.height = pad + hh + gap + chart.height + gap + fh + pad;
        const ctx = out.getContext('2d');
        ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
        ctx.textBaseline = "top";
        let yy = pad;
        const text = ([t, size, bold, swatch]) => {
            ctx.font = (bold ? "bold " : "") + size + "px " + family;
            ctx.fillStyle = bold ? "#1f4e79" : "#1d2733";
            let xx = pad;
            if (swatch) { ctx.fillStyle = swatch; ctx.fillRect(xx, yy + size * 0.15, size * 0.9, size * 0.9); xx += size * 1.3; ctx.fillStyle = "#1d2733"; }
            ctx.fillText(t, xx, yy);
            yy += lineH(size);
        };
        headLines.forEach(text);
        yy += gap;
        ctx.drawImage(chart, pad, yy);
        yy += chart.height + gap;
        footLines.forEach(text);
        out.toBlob((blob) => {
            if (!blob) return;
            const a = document.createElement('a');
            a.href = URL.createObjectURL(blob); a.download = filename;
            document.body.appendChild(a); a.click(); a.remove();
            setTimeout(() => URL.revokeObjectURL(a.href), 10000);
        }, 'image/png');
    });
});

EM_JS(void, js_open_in_new_tab, (const char* url), {
    window.open(UTF8ToString(url), '_blank', 'noopener');
});

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
    js_download_canvas_png(x, y, w, h, filename.c_str(), join(header).c_str(), join(footer).c_str());
}

void open_in_new_tab(const std::string& url) { js_open_in_new_tab(url.c_str()); }

} // namespace platform
