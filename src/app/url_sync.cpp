#include "app/url_sync.h"

#include "platform/platform.h"
#include "ui/navigation.h"
#include "ui/strings.h"

namespace app {

kpi::DecodedView UrlSync::apply(AppState& a, const std::string& query) {
    kpi::DecodedView d = kpi::decode_view(query);
    ui::GoTo(a, d.view);
    a.notices.clear();
    for (const auto& n : d.notices) a.notices.push_back(ui::Message::verbatim(n));   // short, technical, one language
    replace_next_ = !a.notices.empty();   // write the link back without the values we could not use
    shown_ = a.view;
    check_against_data(a);
    return d;
}

void UrlSync::check_against_data(AppState& a) {
    if (!a.dataset || a.view.project.empty()) return;
    const kpi::Project* p = a.dataset->find_project(a.view.project);
    if (!p) {
        a.notices.push_back(ui::Message(Str::ProjectNotFoundFmt, {a.view.project}));
        a.view.project.clear();
        a.view.kpi = 0;
        replace_next_ = true;
        return;
    }
    if (a.view.kpi == 0) return;
    for (const auto& k : p->kpis)
        if (k.no == a.view.kpi) return;
    a.notices.push_back(ui::Message(Str::KpiNotFoundFmt, {std::to_string(a.view.kpi)}));
    a.view.kpi = 0;
    replace_next_ = true;
}

void UrlSync::write_back(const AppState& a) {
    if (a.view == shown_ && !replace_next_) return;
    const bool push = !replace_next_ && kpi::is_navigation(shown_, a.view);
    platform::set_url_query(kpi::encode_view(a.view, a.data_name, a.default_data), push);
    shown_ = a.view;
    replace_next_ = false;
}

} // namespace app
