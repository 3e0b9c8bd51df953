#include "app/printing.h"

#include "core/chart_svg.h"
#include "core/document.h"
#include "core/view_url.h"
#include "platform/platform.h"
#include "ui/widgets.h"

#include <qrcodegen.hpp>

namespace app {
namespace {

// The QR code of `text` as the document draws it (core has no encoder; the share panel's is this one).
kpi::QrModules qr_modules(const std::string& text) {
    kpi::QrModules q;
    try {
        const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
        q.size = qr.getSize();
        q.dark.resize(static_cast<size_t>(q.size) * static_cast<size_t>(q.size));
        for (int y = 0; y < q.size; ++y)
            for (int x = 0; x < q.size; ++x) q.dark[static_cast<size_t>(y) * q.size + x] = qr.getModule(x, y);
    } catch (const std::exception&) {
        q = {};   // too long for any QR version: the address is still written out
    }
    return q;
}

} // namespace

std::string print_document(const AppState& a, const std::string& live_url) {
    if (!a.dataset) return {};
    kpi::DocumentOptions o;
    o.whole_page = false;
    o.live_url = live_url;
    if (kpi::usable_live_url(live_url)) o.qr = qr_modules(live_url);
    return kpi::render_document(*a.dataset, a.view, o);
}

void DocumentPage::frame(const AppState& a) {
    const bool show = a.dataset && !a.is(PageMode::Publish);
    // (The page is the live view: no address or QR code on screen; print adds them.)
    const std::string key = show ? std::to_string(a.dataset_version) + "\n" + kpi::encode_view(a.view) : std::string();
    if (key == shown_) return;
    shown_ = key;
    platform::show_document(show ? print_document(a, "") : std::string());
}

void save_chart_svg(const AppState& a, const std::vector<std::string>& header, const std::vector<std::string>& footer,
                    const std::string& filename) {
    const kpi::Project* p = a.dataset ? a.dataset->find_project(a.view.project) : nullptr;
    if (!p) return;
    for (const kpi::Kpi& k : p->kpis) {
        if (k.no != a.view.kpi) continue;
        kpi::SvgChartOptions o;
        o.lang = a.view.lang;
        o.era = a.view.era;
        o.id_prefix = "chart";
        const std::string title = ui::KpiTitle(k, a.view.lang) + " - " + p->name.in(a.view.lang);
        platform::download_bytes(filename, "image/svg+xml", kpi::kpi_chart_file_svg(k, title, header, footer, o));
    }
}

} // namespace app
