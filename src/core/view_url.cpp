#include "view_url.h"

#include "load.h"
#include "url_query.h"
#include "utf8.h"

#include <algorithm>
#include <cstdlib>

namespace kpi {
namespace {

constexpr size_t kMaxQueryText = 200;   // bytes; longer search text is cut (a link is not a document)
constexpr size_t kMaxUnitChars = 64;    // code points of unit= (units are short: 人, 件, 社, %)
constexpr size_t kMaxQuotedChars = 40;  // code points of a bad value repeated in a notice

bool parse_int(const std::string& s, int lo, int hi, int& out) {
    if (s.empty() || s.size() > 6) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    const int v = std::atoi(s.c_str());
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

// Link values are text the viewer may show and serialise (JSON, the a11y mirror): well-formed
// UTF-8 (utf8.h: no overlongs, surrogates, > U+10FFFF or truncated sequences) without control
// characters.
bool is_link_text(std::string_view s) {
    if (!utf8_valid(s)) return false;
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7F) return false;
    return true;
}

// A value as shown in a notice: readable whatever the bytes (ill-formed ones as \xHH), at most
// kMaxQuotedChars characters, cut at a character boundary with "…".
std::string quoted(const std::string& v) {
    return "\"" + utf8_printable(v, kMaxQuotedChars) + "\"";
}

} // namespace

std::string percent_encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

bool is_dataset_name(std::string_view name) { return is_slug(name); }

DecodedView decode_view(std::string_view query) {
    DecodedView d;
    ViewState& v = d.view;
    auto bad = [&](const std::string& key, const std::string& value, const char* why) {
        d.notices.push_back(key + ": " + quoted(value) + " " + why);
    };
    static const char* const kKeys[] = {"project", "kpi", "lang", "era", "view", "fy", "grant", "app",
                                        "status", "unit", "q", "embed", "kiosk", "publish", "rotate", "idle", "data"};
    bool era_given = false;
    std::vector<std::string> seen;     // known keys met so far (first occurrence wins)
    std::vector<std::string> repeated; // known keys already reported as repeated
    for (const auto& [key, value] : parse_query(query)) {
        bool known = false;
        for (const char* k : kKeys) known = known || key == k;
        if (!known) continue;   // utm_*, fbclid, … are ignored
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
            if (std::find(repeated.begin(), repeated.end(), key) == repeated.end()) {
                repeated.push_back(key);
                d.notices.push_back(key + ": repeated, the first value is used");
            }
            continue;
        }
        seen.push_back(key);
        if (key == "project") {
            if (is_slug(value)) v.project = value;
            else bad(key, value, "is not a project id");
        } else if (key == "kpi") {
            int n = 0;
            if (parse_int(value, 1, 999, n)) v.kpi = n;
            else bad(key, value, "is not a KPI number");
        } else if (key == "lang") {
            if (auto l = lang_from_string(value)) v.lang = *l;
            else bad(key, value, "is not a supported language (ja, en)");
        } else if (key == "era") {
            if (value == "western") v.era = EraStyle::Western, era_given = true;
            else if (value == "japanese") v.era = EraStyle::Japanese, era_given = true;
            else bad(key, value, "is not an era style (japanese, western)");
        } else if (key == "view") {
            if (value == "compare") v.mode = ViewMode::Compare;
            else if (value == "overview") v.mode = ViewMode::Overview;
            else bad(key, value, "is not a view (overview, compare)");
        } else if (key == "fy") {
            int n = 0;
            if (parse_int(value, 1900, 2200, n)) v.compare_fy = n;
            else bad(key, value, "is not a fiscal year");
        } else if (key == "grant") {
            int n = 0;
            if (parse_int(value, 1900, 2200, n)) v.filters.adopted_fy = n;
            else bad(key, value, "is not a fiscal year");
        } else if (key == "app") {
            if (value == "single") v.filters.application = Application::Single;
            else if (value == "joint") v.filters.application = Application::Joint;
            else bad(key, value, "is not an application type (single, joint)");
        } else if (key == "status") {
            if (auto s = status_from_string(value)) v.filters.status = *s;
            else bad(key, value, "is not a status (met, not-met, no-actual, no-target)");
        } else if (key == "unit") {
            if (!value.empty() && is_link_text(value) && utf8_length(value) <= kMaxUnitChars) v.filters.unit = value;
            else bad(key, value, "is not a unit");
        } else if (key == "q") {
            if (!is_link_text(value)) {
                bad(key, value, "is not valid text");
            } else {
                // Over-long text is cut at a character boundary, never inside a character.
                v.filters.query = value.substr(0, utf8_floor(value, kMaxQueryText));
            }
        } else if (key == "embed" || key == "kiosk" || key == "publish") {
            bool& flag = key == "embed" ? d.embed : key == "kiosk" ? d.kiosk : d.publish;
            if (value == "1" || value == "true") flag = true;
            else if (value == "0" || value == "false") flag = false;
            else bad(key, value, "is not 0 or 1");
        } else if (key == "rotate" || key == "idle") {
            // Seconds, decimals allowed (tests run the loop fast); bounded so a typo cannot stall it.
            char* end = nullptr;
            const double s = value.empty() ? -1 : std::strtod(value.c_str(), &end);
            const bool rotate = key == "rotate";
            const double lo = rotate ? 0.02 : 5, hi = rotate ? 3600 : 86400;
            if (end && *end == 0 && s >= lo && s <= hi) (rotate ? d.kiosk_options.rotate_s : d.kiosk_options.idle_s) = s;
            else bad(key, value, rotate ? "is not a number of seconds (0.02-3600)" : "is not a number of seconds (5-86400)");
        } else if (key == "data") {
            if (is_dataset_name(value)) d.data_name = value;
            else bad(key, value, "is not a dataset name");
        }
    }
    if (v.kpi != 0 && v.project.empty()) {
        d.notices.push_back("kpi: needs a project");
        v.kpi = 0;
    }
    if (!era_given) v.era = default_era(v.lang);
    v.era_chosen = era_given;
    return d;
}

std::string iframe_snippet(std::string_view link, std::string_view title, int width, int height) {
    auto attr = [](std::string_view v) { return html_escape(v); };
    std::string src(link.substr(0, link.find('#')));
    src += src.find('?') == std::string::npos ? "?embed=1" : "&embed=1";
    return "<iframe src=\"" + attr(src) + "\" title=\"" + attr(title) + "\" width=\"" + std::to_string(width) +
           "\" height=\"" + std::to_string(height) + "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
}

EraStyle default_era(Lang lang) { return lang == Lang::Ja ? EraStyle::Japanese : EraStyle::Western; }

std::string encode_view(const ViewState& v, std::string_view data_name, std::string_view default_data) {
    std::string q;
    auto add = [&](const char* key, const std::string& value) {
        q += q.empty() ? "?" : "&";
        q += key;
        q += '=';
        q += percent_encode(value);
    };
    if (!data_name.empty() && data_name != default_data) add("data", std::string(data_name));
    if (!v.project.empty()) add("project", v.project);
    if (!v.project.empty() && v.kpi != 0) add("kpi", std::to_string(v.kpi));
    if (v.mode == ViewMode::Compare) add("view", "compare");
    if (v.compare_fy) add("fy", std::to_string(*v.compare_fy));
    if (v.filters.adopted_fy) add("grant", std::to_string(*v.filters.adopted_fy));
    if (v.filters.application) add("app", to_string(*v.filters.application));
    if (v.filters.status) add("status", to_string(*v.filters.status));
    if (!v.filters.unit.empty()) add("unit", v.filters.unit);
    if (!v.filters.query.empty()) add("q", v.filters.query);
    if (v.era_chosen || v.era != default_era(v.lang)) add("era", v.era == EraStyle::Western ? "western" : "japanese");
    if (v.lang != Lang::Ja) add("lang", to_string(v.lang));
    return q;
}

bool is_navigation(const ViewState& a, const ViewState& b) {
    return a.project != b.project || a.kpi != b.kpi || a.mode != b.mode;
}

} // namespace kpi
