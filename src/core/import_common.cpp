// Import: what both readers share — encoding detection, text folding, numbers, fiscal years,
// ids, the MAP.json options and the final check through the loader (the JSON writer it uses is
// core/dataset_writer.cpp, beside the loader).
//
// [SECTION] Encoding
// [SECTION] Text folding
// [SECTION] Numbers and fiscal years
// [SECTION] Ids
// [SECTION] Options file
// [SECTION] Finish: ids, report fields, loader check
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
    // ASCII space, TAB, CR, U+3000 (ideographic space) and U+00A0 (no-break space, which a
    // copy from a web page or Word often leaves at the end of a cell).
    size_t b = 0, e = s.size();
    while (true) {
        if (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
        else if (e - b >= 3 && s.substr(b, 3) == "\xE3\x80\x80") b += 3;
        else if (e - b >= 2 && s.substr(b, 2) == "\xC2\xA0") b += 2;
        else break;
    }
    while (true) {
        if (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
        else if (e - b >= 3 && s.substr(e - 3, 3) == "\xE3\x80\x80") e -= 3;
        else if (e - b >= 2 && s.substr(e - 2, 2) == "\xC2\xA0") e -= 2;
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
    std::vector<std::string> cells = split_all_cells(line);
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    return cells;
}

std::vector<std::string> split_all_cells(std::string_view line) {
    std::vector<std::string> cells;
    size_t start = 0;
    while (true) {
        const size_t tab = line.find('\t', start);
        cells.push_back(fold_text(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                                   : tab - start)));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return cells;
}

std::string shown(std::string_view s) {
    // The one escaping routine (utf8_printable): a report's control bytes (an ESC in a cell) never
    // reach the terminal or the page as they are. A TAB, common in a report line, reads as <TAB>.
    std::string cut(s.substr(0, utf8_floor(s, 400)));
    for (size_t at = cut.find('\t'); at != std::string::npos; at = cut.find('\t', at + 5)) cut.replace(at, 1, "<TAB>");
    return "\"" + utf8_printable(cut, 40) + "\"";
}

Text ja(std::string s) {
    Text t;
    if (!s.empty()) t.by_lang["ja"] = std::move(s);
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers and fiscal years
//-----------------------------------------------------------------------------
namespace {

// Spaces a person may type or paste: ASCII, ideographic (U+3000), no-break (U+00A0) and the
// typographic ones (U+2000..U+200B, U+202F, U+205F).
bool is_any_space(uint32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x202F || cp == 0x205F;
}

} // namespace

std::optional<Number> parse_number(std::string_view cell, std::string* why) {
    auto fail = [&](std::string msg) -> std::optional<Number> {
        if (why) *why = std::move(msg);
        return std::nullopt;
    };
    // Fold full-width digits/signs/separators to ASCII; note spaces, which only may surround it.
    std::string s;
    bool space_inside = false, pending_space = false;
    for (size_t i = 0; i < cell.size();) {
        uint32_t cp = utf8_decode(cell, i);
        if (is_any_space(cp)) {
            pending_space = !s.empty();
            continue;
        }
        if (pending_space) space_inside = true;
        pending_space = false;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;   // full-width ASCII
        utf8_encode(cp, s);
    }
    if (space_inside)
        return fail("a space inside one cell: if these are two values, separate them with a TAB (a comma in CSV); "
                    "if it is one number, remove the space / 1つのセルの中に空白があります。2つの値ならタブ（CSVではカンマ）で"
                    "区切り、1つの数なら空白を消してください");
    static const char* const kMissingMarks[] = {"", "\xE2\x80\x94" /*—*/, "-" /*－ folded*/,
                                                "\xE2\x80\x95" /*―*/, "\xE2\x80\x90" /*‐*/,
                                                "\xE2\x80\x93" /*–*/, "\xE2\x88\x92" /*−*/,
                                                "\xE3\x83\xBC" /*ー*/};
    for (const char* m : kMissingMarks)
        if (s == m) return Number{};
    const char* const kNotNumber = "a number (1,200 / 31.20 / △5) or — for no value / 数（1,200、31.20、△5）か、値がなければ —";
    bool negative = false;
    std::string_view v = s;
    for (const char* sign : {"\xE2\x96\xB3" /*△*/, "\xE2\x96\xB2" /*▲*/, "\xE2\x88\x92" /*−*/, "-"}) {
        const size_t n = std::char_traits<char>::length(sign);
        if (v.substr(0, n) == sign) { negative = true; v.remove_prefix(n); break; }
    }
    if (v.empty()) return fail(kNotNumber);
    // Digits with optional thousands separators in groups of 3, then an optional fraction.
    std::string digits;
    size_t i = 0, group = 0;
    bool commas = false;
    while (i < v.size() && (is_digit(v[i]) || v[i] == ',')) {
        if (v[i] == ',') {
            if (digits.empty() || (commas && group != 3) || (!commas && group > 3))
                return fail("thousands separators in groups of three digits (1,200) / 桁区切りのカンマは3桁ごとに（1,200）");
            commas = true;
            group = 0;
        } else {
            digits += v[i];
            ++group;
        }
        ++i;
    }
    if (digits.empty()) return fail(kNotNumber);
    if (commas && group != 3)
        return fail("thousands separators in groups of three digits (1,200) / 桁区切りのカンマは3桁ごとに（1,200）");
    const size_t int_digits = digits.size();
    int decimals = 0;
    if (i < v.size() && v[i] == '.') {
        digits += '.';
        ++i;
        while (i < v.size() && is_digit(v[i])) { digits += v[i++]; ++decimals; }
        if (decimals == 0) return fail(kNotNumber);
    }
    Number out;
    if (i != v.size()) {
        // Text after the number: a unit ("120人", "80.0%") is told apart from a broken cell
        // ("12a3", "1.2.3"): a suffix never holds a digit or a separator.
        const std::string_view rest = v.substr(i);
        for (char c : rest)
            if (is_digit(c) || c == '.' || c == ',') return fail(kNotNumber);
        out.suffix = std::string(rest);
    }
    double x = std::strtod(digits.c_str(), nullptr);
    if (!std::isfinite(x) || x > 1e15) return fail("a number below 10^15 / 10の15乗より小さい数");
    out.value = negative ? -x : x;
    out.decimals = decimals;
    // "1.200": 1-3 digits, no comma, a point and exactly three digits; not "0.125".
    out.ambiguous_point = !commas && decimals == 3 && digits[0] != '0' && int_digits <= 3;
    return out;
}

std::string ambiguous_point_message(std::string_view cell) {
    return "expected a number that cannot be misread, found " + shown(cell) +
           " (one thousand and something with a period as the thousands separator, or a number with three "
           "decimals?): write 1,200 for a thousands separator, or 1.2 (or 1.200 in every value of this KPI) for "
           "decimals / " + shown(cell) + " は千の位の区切りか小数点か判断できません。千以上の数なら 1,200 のようにカンマで、"
           "小数なら 1.2 のように書いてください（このKPIのすべての値を小数3桁で書く場合はそのままで読めます）";
}

std::string check_suffix(const Number& n, std::string_view cell, std::string_view unit, std::string* notice) {
    if (n.suffix.empty()) return "";
    std::string folded_unit;
    for (size_t i = 0; i < unit.size();) {
        uint32_t cp = utf8_decode(unit, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        utf8_encode(cp, folded_unit);
    }
    if (!unit.empty() && n.suffix == folded_unit) {
        if (notice)
            *notice = "read " + shown(cell) + " as the number before its unit " + shown(unit) +
                      " (write the unit only in the 単位 column) / " + shown(cell) +
                      " は単位を除いた数として読みました（単位は単位の列にだけ書いてください）";
        return "";
    }
    return "expected only a number in the cell, found " + shown(cell) + " with " + shown(n.suffix) +
           " after it, which is not the KPI's unit " + (unit.empty() ? std::string("(none given)") : shown(unit)) +
           ": write the number alone and the unit in the 単位 column / セルには数だけを書き、単位は単位の列に書いてください";
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
    while (true) {   // 「令和 6」, 「令和　6」
        if (!after.empty() && after[0] == ' ') after.remove_prefix(1);
        else if (after.substr(0, 3) == "\xE3\x80\x80") after.remove_prefix(3);
        else break;
    }
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
                     shown(era_text) + " / 年度の元号は R（令和）、H（平成）などで書いてください";
        return std::nullopt;
    }
    if (year < 1 || year > 99) {
        if (error) *error = "expected a year 1-99 in the era " + std::string(era->name) + ", found " + std::to_string(year);
        return std::nullopt;
    }
    return era->base + year;
}

std::optional<int> parse_fiscal_year(std::string_view label, std::string* error) {
    // The first year of a new era is often written with both names: 「H31/R1」, 「H31(R1)」,
    // 「平成31（令和元）」. Both must name the same year.
    const std::string f = fold_text(label);
    for (const char* sep : {"/", "\xEF\xBC\x8F" /*／*/, "(", "\xEF\xBC\x88" /*（*/}) {
        const size_t at = f.find(sep);
        if (at == std::string::npos || at == 0) continue;
        std::string second = f.substr(at + std::char_traits<char>::length(sep));
        for (const char* close : {")", "\xEF\xBC\x89" /*）*/})
            if (second.size() >= std::char_traits<char>::length(close) &&
                second.compare(second.size() - std::char_traits<char>::length(close), std::string::npos, close) == 0)
                second.resize(second.size() - std::char_traits<char>::length(close));
        std::string e1, e2;
        const auto a = parse_fy_prefix(f.substr(0, at), nullptr, &e1);
        const auto b = parse_fy_prefix(second, nullptr, &e2);
        if (!a || !b) break;   // not two years: judged as one label below
        if (*a != *b) {
            if (error)
                *error = "expected one fiscal year per column, found " + shown(label) + ": " + std::to_string(*a) +
                         " and " + std::to_string(*b) + " are different years / 1つの列に違う2つの年度があります";
            return std::nullopt;
        }
        return a;
    }
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
    // The kind of grant by the words that name it, whatever the spelling around them: spaces,
    // full-width letters, brackets or a prefix (「（地方創生）推進交付金」 aside, these are the
    // grants' official names, which every municipality's report uses).
    std::string folded;
    for (size_t i = 0; i < name.size();) {
        uint32_t cp = utf8_decode(name, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        if (is_space_cp(cp) || cp == 0x00A0) continue;
        utf8_encode(cp, folded);
    }
    struct Known { const char* words; const char* slug; };
    static const Known kKnown[] = {
        {"拠点整備", "kyoten"},
        {"デジタル田園都市", "digiden"},
        {"新しい地方経済", "chiho"},
        {"地方創生推進", "suishin"},
    };
    std::string slug = "grant";
    for (const auto& k : kKnown)
        if (folded.find(k.words) != std::string::npos) { slug = k.slug; break; }
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

void finish(Dataset ds, const ImportOptions& opt, const SourceLines& lines, ImportResult& result) {
    if (!result.errors.empty()) return;
    ds.format = kFormatId;
    ds.publisher = opt.publisher;
    if (!ds.publisher.by_lang.count("ja")) {
        result.errors.push_back({0, "expected the publisher's name (--publisher, or report.publisher in the "
                                    "--ids map), found none / 発行者（自治体名）を --publisher で指定してください"});
        return;
    }
    if (opt.title.by_lang.count("ja")) ds.title = opt.title;   // else the report's own title line, if any
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
        const std::string& at = loaded.error->pointer;
        long line = 0;
        size_t best = 0;
        for (const auto& [pointer, l] : lines)
            if (pointer.size() > best && at.compare(0, pointer.size(), pointer) == 0 &&
                (at.size() == pointer.size() || at[pointer.size()] == '/')) {
                best = pointer.size();
                line = l;
            }
        if (line > 0) result.errors.push_back({line, loaded.error->message});
        else result.errors.push_back({0, "expected a dataset that passes validation, found: " + loaded.error->describe()});
        return;
    }
    result.dataset = std::move(*loaded.dataset);
}

} // namespace import_detail

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
        r.errors.push_back({0, "expected UTF-8 text (convert CP932 first), found bytes that are not UTF-8 / "
                               "文字コードが UTF-8 ではありません"});
        return r;
    }
    // A dataset (JSON) given to the importer would otherwise fail on every line: say so once.
    const size_t first = utf8.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (utf8[first] == '{' || utf8[first] == '[')) {
        ImportResult r;
        r.errors.push_back({0, "expected a report's text (tab-separated) or the CSV of `kpi-tool csv`, found JSON: a "
                               "dataset is checked with `kpi-tool validate`, not imported / JSONファイルです。"
                               "データセットは取り込まずに `kpi-tool validate` で確認してください"});
        return r;
    }
    if (format == ImportFormat::Auto) format = detect_import_format(utf8);
    return format == ImportFormat::Csv ? import_csv(utf8, opt) : import_text_layout(utf8, opt);
}

} // namespace kpi
