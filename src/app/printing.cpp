#include "app/printing.h"

#include "core/chart_svg.h"
#include "core/document.h"
#include "core/view_url.h"
#include "platform/platform.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace app {
std::string print_document(const AppState& a, const std::string& live_url) {
    if (!a.dataset) return {};
    kpi::DocumentOptions o;
    o.whole_page = false;
    o.live_url = live_url;
    if (kpi::usable_live_url(live_url)) o.qr = ui::QrModulesOf(live_url);
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
        const std::string title = kpi::kpi_title(k, a.view.lang) + " - " + p->name.in(a.view.lang);
        platform::download_bytes(filename, "image/svg+xml", kpi::kpi_chart_file_svg(k, title, header, footer, o));
    }
}

} // namespace app
