// Import: what both readers share — encoding detection, text folding, numbers, fiscal years,
// ids, the MAP.json options, the final check through the loader, and the JSON writer.
//
// [SECTION] Encoding
// [SECTION] Text folding
// [SECTION] Numbers and fiscal years
// [SECTION] Ids
// [SECTION] Options file
// [SECTION] Finish: ids, report fields, loader check
// [SECTION] JSON output
// [SECTION] Entry point
#include "import_internal.h"

#include "load.h"
#include "utf8.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>

namespace kpi {
using namespace import_detail;

//-----------------------------------------------------------------------------
// [SECTION] Encoding
//-----------------------------------------------------------------------------
namespace {

bool is_space_cp(uint32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000; }
bool is_ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

} // namespace

TextEncoding detect_text_encoding(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF" && utf8_valid(bytes.substr(3))) return TextEncoding::Utf8Bom;
    return utf8_valid(bytes) ? TextEncoding::Utf8 : TextEncoding::Cp932;
}

const char* encoding_label(TextEncoding e) { return e == TextEncoding::Cp932 ? "shift_jis" : "utf-8"; }

std::string ImportIssue::describe(std::string_view file) const {
    std::string s(file);
    if (line > 0) s += ":" + std::to_string(line);
    return s + ": " + message;
}

namespace import_detail {

//-----------------------------------------------------------------------------
// [SECTION] Text folding
//-----------------------------------------------------------------------------
std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (true) {
        if (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
        else if (e - b >= 3 && s.substr(b, 3) == "\xE3\x80\x80") b += 3;
        else break;
    }
    while (true) {
        if (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
        else if (e - b >= 3 && s.substr(e - 3, 3) == "\xE3\x80\x80") e -= 3;
        else break;
    }
    return std::string(s.substr(b, e - b));
}

std::string fold_text(std::string_view s) {
    std::string w;
    w.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = utf8_decode(s, i);
        if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A))
            cp -= 0xFEE0;
        utf8_encode(cp, w);
    }
    // "R 5" -> "R5": an era letter (not part of a longer word) + spaces + a digit.
    std::string out;
    out.reserve(w.size());
    for (size_t i = 0; i < w.size(); ++i) {
        out += w[i];
        const char c = w[i];
        if ((c == 'R' || c == 'H') && (i == 0 || !is_ascii_alpha(w[i - 1]))) {
            size_t j = i + 1;
            while (true) {
                if (j < w.size() && w[j] == ' ') ++j;
                else if (w.compare(j, 3, "\xE3\x80\x80") == 0) j += 3;
                else break;
            }
            if (j > i + 1 && j < w.size() && is_digit(w[j])) i = j - 1;
        }
    }
    return trim(out);
}

std::vector<std::string> split_cells(std::string_view line) {
    std::vector<std::string> cells;
    size_t start = 0;
    while (true) {
        const size_t tab = line.find('\t', start);
        cells.push_back(fold_text(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                                   : tab - start)));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    return cells;
}

std::string shown(std::string_view s) {
    std::string out;
    size_t i = 0, n = 0;
    while (i < s.size() && n < 40) {
        const size_t b = i;
        utf8_decode(s, i);
        out.append(s.substr(b, i - b));
        ++n;
    }
    if (i < s.size()) out += "…";
    return "\"" + out + "\"";
}

Text ja(std::string s) {
    Text t;
    if (!s.empty()) t.by_lang["ja"] = std::move(s);
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers and fiscal years
//-----------------------------------------------------------------------------
std::optional<Number> parse_number(std::string_view cell) {
    // Fold: full-width digits/signs/separators to ASCII.
    std::string s;
    for (size_t i = 0; i < cell.size();) {
        uint32_t cp = utf8_decode(cell, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;   // full-width ASCII
        if (is_space_cp(cp)) continue;
        utf8_encode(cp, s);
    }
    static const char* const kMissingMarks[] = {"", "\xE2\x80\x94" /*—*/, "-" /*－ folded*/,
                                                "\xE2\x80\x95" /*―*/, "\xE2\x80\x90" /*‐*/,
                                                "\xE2\x80\x93" /*–*/, "\xE2\x88\x92" /*−*/,
                                                "\xE3\x83\xBC" /*ー*/};
    for (const char* m : kMissingMarks)
        if (s == m) return Number{};
    bool negative = false;
    std::string_view v = s;
    for (const char* sign : {"\xE2\x96\xB3" /*△*/, "\xE2\x96\xB2" /*▲*/, "\xE2\x88\x92" /*−*/, "-"}) {
        const size_t n = std::char_traits<char>::length(sign);
        if (v.substr(0, n) == sign) { negative = true; v.remove_prefix(n); break; }
    }
    if (v.empty()) return std::nullopt;
    // Digits with optional thousands separators in groups of 3, then an optional fraction.
    std::string digits;
    size_t i = 0, group = 0;
    bool commas = false;
    while (i < v.size() && (is_digit(v[i]) || v[i] == ',')) {
        if (v[i] == ',') {
            if (digits.empty() || (commas && group != 3) || (!commas && group > 3)) return std::nullopt;
            commas = true;
            group = 0;
        } else {
            digits += v[i];
            ++group;
        }
        ++i;
    }
    if (digits.empty() || (commas && group != 3)) return std::nullopt;
    int decimals = 0;
    if (i < v.size() && v[i] == '.') {
        digits += '.';
        ++i;
        while (i < v.size() && is_digit(v[i])) { digits += v[i++]; ++decimals; }
        if (decimals == 0) return std::nullopt;
    }
    if (i != v.size()) return std::nullopt;
    double x = std::strtod(digits.c_str(), nullptr);
    if (!std::isfinite(x) || x > 1e15) return std::nullopt;
    return Number{negative ? -x : x, decimals};
}

namespace {

struct EraDef {
    const char* letter;
    const char* name;
    int base;  // fy = base + year
};
constexpr EraDef kEras[] = {{"R", "令和", 2018}, {"H", "平成", 1988}, {"S", "昭和", 1925},
                            {"T", "大正", 1911}, {"M", "明治", 1867}};

} // namespace

std::optional<int> parse_fy_prefix(std::string_view s, std::string* rest, std::string* error) {
    std::string f = fold_text(s);
    std::string_view v = f;
    const EraDef* era = nullptr;
    std::string era_text;
    // Era: ASCII letters, or a two-kanji era name.
    size_t i = 0;
    while (i < v.size() && is_ascii_alpha(v[i])) ++i;
    if (i > 0) {
        era_text = std::string(v.substr(0, i));
    } else {
        for (const auto& e : kEras)
            if (v.substr(0, 6) == e.name) { era = &e; era_text = e.name; i = 6; break; }
        if (!era && v.size() >= 6 && static_cast<unsigned char>(v[0]) >= 0xE0 &&
            static_cast<unsigned char>(v[3]) >= 0xE0) {
            // Two CJK characters followed by a year: an era name we do not know.
            era_text = std::string(v.substr(0, 6));
            i = 6;
        }
    }
    std::string_view after = v.substr(i);
    while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
    int year = 0;
    size_t n = 0;
    if (after.substr(0, 3) == "元") { year = 1; n = 3; }
    else {
        while (n < after.size() && is_digit(after[n]) && n < 5) year = year * 10 + (after[n++] - '0');
        if (n == 0) return std::nullopt;   // not a year
    }
    after.remove_prefix(n);
    const bool nendo = after.substr(0, 6) == "年度";
    if (nendo) after.remove_prefix(6);
    else if (after.substr(0, 3) == "年") after.remove_prefix(3);
    if (rest) *rest = std::string(after);
    else if (!after.empty()) return std::nullopt;
    if (era_text.empty()) {
        if (n != 4) return std::nullopt;   // a bare number is a year only as a Western year
        if (year < 1900 || year > 2200) {
            if (error) *error = "expected a fiscal year between 1900 and 2200, found " + std::to_string(year);
            return std::nullopt;
        }
        return year;
    }
    if (!era) {
        for (const auto& e : kEras)
            if (era_text == e.letter) era = &e;
    }
    if (!era) {
        if (error)
            *error = "expected an era R (令和), H (平成), S (昭和), T (大正) or M (明治) before the year, found " +
                     shown(era_text);
        return std::nullopt;
    }
    if (year < 1 || year > 99) {
        if (error) *error = "expected a year 1-99 in the era " + std::string(era->name) + ", found " + std::to_string(year);
        return std::nullopt;
    }
    return era->base + year;
}

std::optional<int> parse_fiscal_year(std::string_view label, std::string* error) {
    return parse_fy_prefix(label, nullptr, error);
}

std::optional<int> parse_kpi_marker(std::string_view s, size_t* len) {
    if (s.size() >= 3) {
        size_t i = 0;
        const uint32_t cp = utf8_decode(s, i);
        if (cp >= 0x2460 && cp <= 0x2473) { *len = i; return static_cast<int>(cp - 0x2460 + 1); }
    }
    size_t i = 0;
    const bool paren = !s.empty() && s[0] == '(';
    if (paren) ++i;
    int no = 0;
    const size_t start = i;
    while (i < s.size() && is_digit(s[i]) && i - start < 3) no = no * 10 + (s[i++] - '0');
    if (i == start) return std::nullopt;
    if (paren) {
        if (i >= s.size() || s[i] != ')') return std::nullopt;
        ++i;
    }
    *len = i;
    return no;
}

//-----------------------------------------------------------------------------
// [SECTION] Ids
//-----------------------------------------------------------------------------
std::string program_slug(int fy, std::string_view name) {
    struct Known { const char* name; const char* slug; };
    static const Known kKnown[] = {
        {"地方創生推進交付金", "suishin"},
        {"地方創生拠点整備交付金", "kyoten"},
        {"デジタル田園都市国家構想推進交付金", "digiden"},
        {"デジタル田園都市国家構想交付金", "digiden"},
        {"新しい地方経済・生活環境創生交付金", "chiho"},
    };
    std::string slug = "grant";
    for (const auto& k : kKnown)
        if (name == k.name) slug = k.slug;
    return "fy" + std::to_string(fy) + "-" + slug;
}

std::string project_slug(std::string_view name) {
    uint32_t h = 2166136261u;
    for (unsigned char c : name) { h ^= c; h *= 16777619u; }
    char hex[8];
    std::snprintf(hex, sizeof hex, "%06x", static_cast<unsigned>(h & 0xFFFFFF));
    std::string words;
    int count = 0;
    bool in_word = false;
    for (char c : name) {
        const bool alnum = is_ascii_alpha(c) || is_digit(c);
        if (alnum && count < 3) {
            if (!in_word) {
                if (count == 3) break;
                if (!words.empty()) words += '-';
                in_word = true;
            }
            words += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (!alnum && in_word) {
            in_word = false;
            ++count;
        }
    }
    if (words.size() > 40) words.resize(40);
    while (!words.empty() && words.back() == '-') words.pop_back();
    return (words.empty() ? std::string("p") : words) + "-" + hex;
}

} // namespace import_detail

//-----------------------------------------------------------------------------
// [SECTION] Options file
//-----------------------------------------------------------------------------
std::string parse_import_map(std::string_view text, ImportOptions& opt) {
    using nlohmann::json;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return "expected a JSON object, found text that is not one";
    auto read_ids = [&](const char* key, std::map<std::string, std::string>& out) -> std::string {
        if (!j.contains(key)) return "";
        const json& m = j[key];
        if (!m.is_object()) return std::string("expected \"") + key + "\" to be an object of name -> id";
        for (const auto& [k, v] : m.items()) {
            if (!v.is_string() || !is_slug(v.get<std::string>()))
                return std::string("expected a slug (a-z, 0-9, single hyphens) for ") + key + " " + shown(k) +
                       ", found " + v.dump();
            out[k] = v.get<std::string>();
        }
        return "";
    };
    if (auto e = read_ids("programs", opt.program_ids); !e.empty()) return e;
    if (auto e = read_ids("projects", opt.project_ids); !e.empty()) return e;
    if (j.contains("report")) {
        const json& r = j["report"];
        if (!r.is_object()) return "expected \"report\" to be an object";
        auto text_of = [&](const char* key, Text& out) -> std::string {
            if (!r.contains(key)) return "";
            const json& v = r[key];
            if (v.is_string()) out = ja(v.get<std::string>());
            else if (v.is_object()) {
                out = {};
                for (const auto& [lang, s] : v.items())
                    if (s.is_string() && !s.get<std::string>().empty()) out.by_lang[lang] = s.get<std::string>();
            } else return std::string("expected report.") + key + " to be a string or {\"ja\": …}";
            return "";
        };
        if (auto e = text_of("title", opt.title); !e.empty()) return e;
        if (auto e = text_of("publisher", opt.publisher); !e.empty()) return e;
        if (r.contains("as_of")) {
            if (!r["as_of"].is_string()) return "expected report.as_of to be a date string YYYY-MM-DD";
            opt.as_of = r["as_of"].get<std::string>();
        }
        if (r.contains("source_url")) {
            if (!r["source_url"].is_string()) return "expected report.source_url to be a string";
            opt.source_url = r["source_url"].get<std::string>();
        }
        if (r.contains("notes")) {
            if (!r["notes"].is_array()) return "expected report.notes to be an array of strings";
            opt.notes.clear();
            for (const auto& n : r["notes"]) {
                if (!n.is_string()) return "expected report.notes to be an array of strings";
                opt.notes.push_back(ja(n.get<std::string>()));
            }
        }
    }
    return "";
}

//-----------------------------------------------------------------------------
// [SECTION] Finish: ids, report fields, loader check
//-----------------------------------------------------------------------------
namespace import_detail {

void finish(Dataset ds, const ImportOptions& opt, const std::vector<bool>&, ImportResult& result) {
    if (!result.errors.empty()) return;
    ds.format = "kpi-report/1";
    ds.publisher = opt.publisher;
    if (!ds.publisher.by_lang.count("ja")) {
        result.errors.push_back({0, "expected the publisher's name (--publisher, or report.publisher in the "
                                    "--ids map), found none"});
        return;
    }
    ds.title = opt.title;
    if (!ds.title.by_lang.count("ja")) ds.title = ja(ds.publisher.in("ja") + " 地方創生関連交付金事業のKPI");
    ds.source.title = ds.title;
    ds.source.url = opt.source_url;
    ds.as_of = opt.as_of;
    std::vector<Text> notes = opt.notes;
    notes.insert(notes.end(), ds.notes.begin(), ds.notes.end());
    ds.notes = std::move(notes);

    // Ids: generated where the input gave none, overridden by the map, then made unique
    // (a generated id that repeats gets -2, -3…; a repeated id from the input or the map is an error).
    std::set<std::string> used;
    auto unique = [&](std::string id) {
        if (!used.count(id)) return id;
        for (int n = 2;; ++n) {
            const std::string c = id + "-" + std::to_string(n);
            if (!used.count(c)) return c;
        }
    };
    for (auto& prog : ds.programs) {
        std::string id = prog.id.empty() ? program_slug(prog.adopted_fy, prog.name.in("ja")) : prog.id;
        if (auto it = opt.program_ids.find(id); it != opt.program_ids.end()) id = it->second;
        else id = unique(id);
        prog.id = id;
        used.insert(id);
    }
    used.clear();
    for (auto& prog : ds.programs)
        for (auto& p : prog.projects) {
            const bool given = !p.id.empty();
            std::string id = given ? p.id : project_slug(p.name.in("ja"));
            if (auto it = opt.project_ids.find(p.name.in("ja")); it != opt.project_ids.end()) id = it->second;
            else if (auto it2 = opt.project_ids.find(id); it2 != opt.project_ids.end()) id = it2->second;
            else if (!given) id = unique(id);
            p.id = id;
            used.insert(id);
        }

    const std::string json = dataset_to_json(ds);
    LoadResult loaded = load_dataset(json);
    if (!loaded.ok()) {
        result.errors.push_back({0, "expected a dataset that passes validation, found: " + loaded.error->describe()});
        return;
    }
    result.dataset = std::move(*loaded.dataset);
}

} // namespace import_detail

//-----------------------------------------------------------------------------
// [SECTION] JSON output
//-----------------------------------------------------------------------------
namespace {

using ojson = nlohmann::ordered_json;

ojson text_json(const Text& t) {
    ojson o = ojson::object();
    if (auto it = t.by_lang.find("ja"); it != t.by_lang.end()) o["ja"] = it->second;
    for (const auto& [lang, s] : t.by_lang)
        if (lang != "ja") o[lang] = s;
    return o;
}

ojson texts_json(const std::vector<Text>& ts) {
    ojson a = ojson::array();
    for (const auto& t : ts) a.push_back(text_json(t));
    return a;
}

ojson number_json(std::optional<double> v) {
    if (!v) return nullptr;
    if (std::fabs(*v) < 9e15 && std::floor(*v) == *v) return static_cast<int64_t>(*v);
    return *v;
}

} // namespace

std::string dataset_to_json(const Dataset& d) {
    ojson root;
    root["format"] = d.format.empty() ? "kpi-report/1" : d.format;
    root["title"] = text_json(d.title);
    root["publisher"] = text_json(d.publisher);
    if (!d.source.title.empty()) root["source"] = {{"title", text_json(d.source.title)}, {"url", d.source.url}};
    root["as_of"] = d.as_of;
    root["notes"] = texts_json(d.notes);
    ojson programs = ojson::array();
    for (const auto& prog : d.programs) {
        ojson pg;
        pg["id"] = prog.id;
        pg["adopted_fy"] = prog.adopted_fy;
        pg["name"] = text_json(prog.name);
        if (!prog.funding.empty()) pg["funding"] = text_json(prog.funding);
        if (!prog.period.empty()) pg["period"] = text_json(prog.period);
        pg["notes"] = texts_json(prog.notes);
        ojson projects = ojson::array();
        for (const auto& p : prog.projects) {
            ojson pj;
            pj["id"] = p.id;
            pj["name"] = text_json(p.name);
            pj["application"] = to_string(p.application);
            pj["partners"] = texts_json(p.partners);
            pj["summary"] = text_json(p.summary);
            if (!p.kpi_scope.empty()) pj["kpi_scope"] = text_json(p.kpi_scope);
            pj["notes"] = texts_json(p.notes);
            ojson kpis = ojson::array();
            for (const auto& k : p.kpis) {
                ojson kj;
                kj["no"] = k.no;
                kj["name"] = text_json(k.name);
                kj["unit"] = text_json(k.unit);
                kj["decimals"] = k.decimals;
                kj["direction"] = k.direction == Direction::Decrease ? "decrease" : "increase";
                kj["baseline"] = {{"plan", number_json(k.baseline_plan)}, {"actual", number_json(k.baseline_actual)}};
                ojson years = ojson::array();
                for (const auto& y : k.years)
                    years.push_back({{"fy", y.fy}, {"plan", number_json(y.plan)}, {"actual", number_json(y.actual)}});
                kj["years"] = years;
                kj["notes"] = texts_json(k.notes);
                kpis.push_back(kj);
            }
            pj["kpis"] = kpis;
            projects.push_back(pj);
        }
        pg["projects"] = projects;
        programs.push_back(pg);
    }
    root["programs"] = programs;
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------
ImportFormat detect_import_format(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    const std::string_view first = s.substr(0, s.find('\n'));
    if (first.find('\t') == std::string_view::npos && first.find(',') != std::string_view::npos &&
        (first.find("交付金採択年度") != std::string_view::npos || first.find("adopted_fy") != std::string_view::npos))
        return ImportFormat::Csv;
    return ImportFormat::ReportText;
}

ImportResult import_report(std::string_view utf8, const ImportOptions& opt, ImportFormat format) {
    if (utf8.substr(0, 3) == "\xEF\xBB\xBF") utf8.remove_prefix(3);
    if (!utf8_valid(utf8)) {
        ImportResult r;
        r.errors.push_back({0, "expected UTF-8 text (convert CP932 first), found bytes that are not UTF-8"});
        return r;
    }
    if (format == ImportFormat::Auto) format = detect_import_format(utf8);
    return format == ImportFormat::Csv ? import_csv(utf8, opt) : import_text_layout(utf8, opt);
}

} // namespace kpi
