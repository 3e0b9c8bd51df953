#include "app/requests.h"

#include "app/printing.h"

#include "core/csv.h"
#include "core/format.h"
#include "core/query.h"
#include "core/view_url.h"
#include "platform/platform.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include "ui/message.h"

namespace app {
namespace {

// Feedback lines live in AppState, so a callback may set one after the frame that asked.
void show_feedback(AppState& a, const ui::Message& text) {
    a.ui.share_feedback = text;
    a.ui.share_feedback_until_ms = platform::now_ms() + 2500;
    platform::wake_after(2600);
}

void chart_caption(const AppState& a, std::vector<std::string>& header, std::vector<std::string>& footer);   // (below)

std::string file_stem(const AppState& a) {
    return "kpi-" + a.data_name + (a.view.project.empty() ? "" : "-" + a.view.project);
}

} // namespace

void RequestHandler::carry_out(AppState& a) {
    const AppState::Requests r = a.frame.requests;
    if (r.copy_link) {
        AppState* app = &a;   // the one AppState outlives every callback
        platform::copy_text(a.frame.share_url, [app](bool ok) {
            show_feedback(*app, ui::Message(ok ? Str::LinkCopied : Str::CopyFailed));
        });
    }
    if (r.copy_embed && !a.frame.embed_code.empty()) {
        AppState* app = &a;
        platform::copy_text(a.frame.embed_code, [app](bool ok) {
            show_feedback(*app, ui::Message(ok ? Str::EmbedCopied : Str::CopyFailed));
        });
    }
    if (r.web_share && a.dataset) platform::web_share(a.dataset->title.in(a.view.lang), a.frame.share_url);
    if (r.download_csv && a.dataset) {
        // What is shown: the open project, or the projects the filters leave.
        const std::string csv = kpi::export_csv(*a.dataset, a.view.lang, [&](const kpi::Project& p) {
            if (!a.view.project.empty()) return p.id == a.view.project;
            const kpi::Program* prog = a.dataset->program_of(p.id);
            return prog && kpi::project_matches(*prog, p, a.view.filters);
        });
        platform::download_bytes(file_stem(a) + ".csv", "text/csv;charset=utf-8", csv);
        show_feedback(a, ui::Message(Str::CsvDownloaded));
    }
    if (r.save_chart_png) png_ = PngCapture::Asked;
    if (r.open_full_view) platform::open_in_new_tab(a.frame.share_url);
    if (r.pick_file) platform::pick_file();
    if (r.save_dataset && !a.publish.json.empty())
        platform::download_bytes(a.publish.save_name, "application/json", a.publish.json);
    if (r.print) platform::print_page();
    if (r.save_chart_svg && a.dataset) {
        std::vector<std::string> header, footer;
        chart_caption(a, header, footer);
        // (The SVG's chart draws its own legend: the PNG's swatch lines are left out.)
        footer.erase(std::remove_if(footer.begin(), footer.end(), [](const std::string& l) { return !l.empty() && l[0] == '#'; }), footer.end());
        save_chart_svg(a, header, footer, file_stem(a) + "-kpi" + std::to_string(a.view.kpi) + ".svg");
    }
    if (!r.open_page.empty()) platform::navigate(r.open_page);
    if (r.open_publish) platform::navigate(a.view.lang == kpi::Lang::En ? "?publish=1&lang=en" : "?publish=1");
    if (!r.open_dataset.empty()) {
        kpi::ViewState v;
        v.lang = a.view.lang;
        const std::string q = kpi::encode_view(v, r.open_dataset, a.default_data);
        platform::navigate(q.empty() ? "./" : q);   // another dataset is another document
    }
}

namespace {

std::string hex(kpi::Colour c) { return kpi::css_hex(kpi::swatch(c)); }   // "#a6c8e6": a legend swatch

// What the saved chart must say about itself: the KPI, the project and city, the unit, the legend,
// the source and the date of the data.
void chart_caption(const AppState& a, std::vector<std::string>& header, std::vector<std::string>& footer) {
    if (!a.dataset) return;
    const kpi::Lang lang = a.view.lang;
    const kpi::Project* p = a.dataset->find_project(a.view.project);
    if (!p) return;
    for (const auto& k : p->kpis) {
        if (k.no != a.view.kpi) continue;
        header = {kpi::kpi_title(k, lang), p->name.in(lang) + " ・ " + a.dataset->publisher.in(lang),
                  std::string(tr(Str::Unit, lang)) + ": " + k.unit.in(lang)};
        footer = {hex(kpi::Colour::Plan) + " " + tr(Str::Plan, lang), hex(kpi::Colour::Actual) + " " + tr(Str::Actual, lang)};
        const auto baseline = k.baseline_actual ? k.baseline_actual : k.baseline_plan;
        if (baseline)
            footer.push_back(hex(kpi::Colour::Baseline) + " " + tr(Str::Baseline, lang) + " " + kpi::format_number(baseline, k.decimals));
        footer.push_back(std::string(tr(Str::Source, lang)) + ": " + a.dataset->source.title.in(lang) +
                         (a.dataset->source.url.empty() ? "" : " " + a.dataset->source.url));
        footer.push_back(std::string(tr(Str::AsOf, lang)) + ": " + a.dataset->as_of);
    }
}

} // namespace

void RequestHandler::after_frame(AppState& a) {
    if (png_ == PngCapture::None) return;
    if (png_ == PngCapture::Asked) {
        png_ = PngCapture::Next;
        platform::request_frame();
        return;
    }
    png_ = PngCapture::None;
    const AppState::Rect c = a.frame.selected_chart;
    if (c.w <= 0 || c.h <= 0) return;
    std::vector<std::string> header, footer;
    chart_caption(a, header, footer);
    a.perf.last_png_caption = header;
    a.perf.last_png_caption.insert(a.perf.last_png_caption.end(), footer.begin(), footer.end());
    platform::download_canvas_png(c.x, c.y, c.w, c.h, file_stem(a) + "-kpi" + std::to_string(a.view.kpi) + ".png", header, footer);
}

} // namespace app
