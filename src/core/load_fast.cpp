// The loader's fast path: a dataset that is well-formed, as every published one is, read from its
// bytes straight into the model. A nationwide file has 8,705 projects; reading each through a small
// nlohmann tree (load_stream.cpp) spent most of the load in the lexer and in allocating and freeing
// the trees. Here each string is built once, in the model, and nothing else is allocated per value.
//
// It must never answer differently from the whole-document loader (load.cpp, load_dataset_dom),
// so it is an "accept only" reader:
//   - it answers only with a dataset (never an error): at any syntax or schema problem, or anything
//     it is not certain about, it gives the whole file back (read() returns nothing) and the
//     streaming loader runs, so every error and its pointer come from the existing code;
//   - the root's fields other than "programs" and each program's fields other than "projects" (a
//     few values) are parsed by nlohmann from their byte ranges and read by the schema readers
//     (load_schema.h), as the streaming loader does;
//   - a project is read by the fast reader below; when it is not sure of something in a project
//     (an unknown field: a warning; a duplicate key; an escaped key; a number form it does not parse
//     exactly; more languages than it tracks…) that project alone is parsed by nlohmann from its byte
//     range and read by the schema readers (warnings included); if they fail, the whole file goes back;
//   - numbers: exactly nlohmann's values. An integer (no '.', no exponent) of at most 18 digits is
//     an int64, then cast to double as nlohmann's get<double>() does ("-0" is +0.0); a decimal
//     with at most 18 digits whose value is m·10^k, m <= 2^53 and |k| <= 22, is one correctly
//     rounded IEEE operation on two exact doubles, as a correctly rounded strtod gives. Anything
//     else is a number it is not sure of;
//   - the pre-checks (UTF-8, NUL, nesting) do not run first, a second pass over 13 MB: outside
//     strings it reads only ASCII tokens, inside them only well-formed UTF-8 (Table 3-7, as the
//     pre-checks) and no control byte; a byte range it gives to nlohmann is parsed by nlohmann
//     (which refuses NUL and ill-formed UTF-8 itself) and its nesting counted against the limit.
//     So when it answers, the pre-checks would have passed; when it gives up, they run;
//   - the value checks are the readers' own functions (number_in_range, int_in_range,
//     is_language_key, control_character, is_slug…), and duplicate ids / KPI numbers, years out of
//     order, missing required fields all mean "not sure".
//
// [SECTION] Tokens: whitespace, strings, numbers, skipping a value
// [SECTION] Projects: project, KPI, year, text (straight into the model)
// [SECTION] The document: root and programs (their own fields through the schema readers)
// [SECTION] Entry points

#include "load_fast.h"
#include "load_schema.h"
#include "utf8.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kpi {
namespace load_fast {
namespace {

using load_schema::json;

//-----------------------------------------------------------------------------
// [SECTION] Tokens: whitespace, strings, numbers, skipping a value
//-----------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Powers of ten that are exact doubles (10^22 is the last: 5^22 < 2^53).
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// A cursor over the body that reads only what it is sure is JSON. Every reader returns false when
// it is not (it may then have moved; the caller goes back with seek()).
class Tokens {
public:
    explicit Tokens(std::string_view body) : begin_(body.data()), p_(body.data()), end_(body.data() + body.size()) {}

    const char* pos() const { return p_; }
    void seek(const char* p) { p_ = p; }
    size_t offset() const { return static_cast<size_t>(p_ - begin_); }

    // The next byte after whitespace (JSON's four), or 0 at the end.
    char peek() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
        return p_ < end_ ? *p_ : 0;
    }
    bool eat(char c) {
        if (peek() != c) return false;
        ++p_;
        return true;
    }
    bool at_end() { return peek() == 0 && p_ == end_; }

    // A string value into `out`. Not sure of: a raw control byte (nlohmann refuses it), invalid
    // UTF-8 (the pre-checks refuse it), an unknown escape, a bad or lone surrogate, \u0000 (the
    // readers refuse a NUL with their own message).
    bool string(std::string& out) {
        if (!eat('"')) return false;
        const char* start = p_;
        while (p_ < end_) {   // the common case: no escape, copied once
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out.assign(start, p_);
                ++p_;
                return true;
            }
            if (c == '\\') break;
            if (c < 0x20) return false;
            if (c < 0x80) ++p_;
            else if (!utf8_char()) return false;
        }
        out.assign(start, p_);
        while (p_ < end_) {
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c != '\\') {
                const char* from = p_;
                if (c < 0x80) ++p_;
                else if (!utf8_char()) return false;
                out.append(from, p_);
                continue;
            }
            if (end_ - p_ < 2) return false;
            const char e = p_[1];
            p_ += 2;
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                char32_t cp = 0;
                if (!hex4(cp)) return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {   // a high surrogate: its low half must follow
                    char32_t low = 0;
                    if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                    p_ += 2;
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                if (cp == 0) return false;
                utf8_encode(cp, out);
                break;
            }
            default: return false;
            }
        }
        return false;
    }

    // An object key of printable ASCII with no escape (as a view of the bytes) and the ':' after
    // it. Any other key is not sure (the fields the format knows need nothing else).
    bool key(std::string_view& k) {
        if (!eat('"')) return false;
        const char* start = p_;
        while (p_ < end_ && *p_ != '"') {
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '\\' || c < 0x20 || c >= 0x80) return false;
            ++p_;
        }
        if (p_ == end_) return false;
        k = std::string_view(start, static_cast<size_t>(p_ - start));
        ++p_;
        return eat(':');
    }

    bool null() {
        if (peek() != 'n' || end_ - p_ < 4 || std::memcmp(p_, "null", 4) != 0) return false;
        p_ += 4;
        return true;
    }

    // A number, as the double nlohmann's parse and get<double>() give (see the file's header).
    bool number(double& out) {
        peek();
        bool negative = false;
        if (p_ < end_ && *p_ == '-') {
            negative = true;
            ++p_;
        }
        if (p_ == end_ || !is_digit(*p_)) return false;
        uint64_t m = 0;
        int digits = 0;          // digits in m (all of them, leading zeros of a fraction too)
        int fraction = 0;        // of which after the point
        if (*p_ == '0') {
            ++p_;
            if (p_ < end_ && is_digit(*p_)) return false;   // a leading zero: not JSON
            digits = 1;
        } else {
            for (; p_ < end_ && is_digit(*p_); ++p_) {
                if (++digits > 18) return false;
                m = m * 10 + static_cast<uint64_t>(*p_ - '0');
            }
        }
        bool is_float = false;
        if (p_ < end_ && *p_ == '.') {
            is_float = true;
            ++p_;
            if (p_ == end_ || !is_digit(*p_)) return false;
            for (; p_ < end_ && is_digit(*p_); ++p_) {
                if (++digits > 18) return false;
                ++fraction;
                m = m * 10 + static_cast<uint64_t>(*p_ - '0');
            }
        }
        int exponent = 0;
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            is_float = true;
            ++p_;
            bool exponent_negative = false;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) exponent_negative = *p_++ == '-';
            if (p_ == end_ || !is_digit(*p_)) return false;
            int n = 0;
            for (; p_ < end_ && is_digit(*p_); ++p_) {
                if (++n > 4) return false;
                exponent = exponent * 10 + (*p_ - '0');
            }
            if (exponent_negative) exponent = -exponent;
        }
        if (!is_float) {   // nlohmann: an int64 (or uint64), then static_cast<double>
            const int64_t i = negative ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
            out = static_cast<double>(i);
            return true;
        }
        const int k = exponent - fraction;
        if (m > (uint64_t{1} << 53) || k < -22 || k > 22) return false;
        double d = static_cast<double>(m);
        d = k < 0 ? d / kExactPowers[-k] : d * kExactPowers[k];
        out = negative ? -d : d;
        return true;
    }

    // Moves past one value, without reading it; `first` is where it starts, `deepest` how many
    // arrays/objects deep it goes. Only finds the end: nlohmann then parses [first, pos()) and
    // refuses it if it is not one JSON value (and then `deepest` is its nesting).
    bool skip_value(const char*& first, int& deepest) {
        peek();
        first = p_;
        deepest = 0;
        if (p_ == end_) return false;
        if (*p_ == '"') return skip_string();
        if (*p_ == '{' || *p_ == '[') {
            int depth = 0;
            while (p_ < end_) {
                const char c = *p_;
                if (c == '"') {
                    if (!skip_string()) return false;
                    continue;
                }
                if (c == '{' || c == '[') deepest = std::max(deepest, ++depth);
                else if ((c == '}' || c == ']') && --depth == 0) {
                    ++p_;
                    return true;
                }
                ++p_;
            }
            return false;
        }
        while (p_ < end_ && *p_ != ',' && *p_ != '}' && *p_ != ']' && *p_ != ' ' && *p_ != '\n' && *p_ != '\r' &&
               *p_ != '\t')
            ++p_;
        return p_ > first;
    }

private:
    // Moves past one well-formed UTF-8 character of two to four bytes (Unicode Table 3-7, as the
    // pre-checks and nlohmann read it); false when the bytes are not one.
    bool utf8_char() {
        const unsigned char c = static_cast<unsigned char>(*p_);
        // Most of a Japanese text: E1..EC or EE..EF and two continuation bytes, always well formed.
        if (end_ - p_ >= 3 && ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) &&
            (static_cast<unsigned char>(p_[1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(p_[2]) & 0xC0) == 0x80) {
            p_ += 3;
            return true;
        }
        const size_t len = utf8_sequence_length(std::string_view(p_, static_cast<size_t>(end_ - p_)), 0);
        p_ += len;
        return len != 0;
    }

    bool hex4(char32_t& cp) {
        if (end_ - p_ < 4) return false;
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex_value(p_[i]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<char32_t>(h);
        }
        p_ += 4;
        return true;
    }
    bool skip_string() {
        ++p_;   // the opening quote
        while (p_ < end_) {
            if (*p_ == '\\') {
                p_ += 2;
                continue;
            }
            if (*p_++ == '"') return true;
        }
        return false;
    }

    const char* begin_;
    const char* p_;
    const char* end_;
};

//-----------------------------------------------------------------------------
// [SECTION] Projects: project, KPI, year, text (straight into the model)
//-----------------------------------------------------------------------------

// Reads one project (the tokens at its '{'); false when not sure of it. Each check is the one the
// schema reader of that field makes (load.cpp), in terms of the same functions.
class ProjectReader {
public:
    explicit ProjectReader(Tokens& t) : t_(t) {}

    bool project(Project& p) {
        enum : unsigned { Id = 1, Name = 2, App = 4, Partners = 8, Summary = 16, Scope = 32, Notes = 64, Kpis = 128 };
        unsigned seen = 0;
        if (!t_.eat('{') || t_.eat('}')) return false;
        do {
            std::string_view k;
            if (!t_.key(k)) return false;
            unsigned field = 0;
            bool ok = false;
            if (k == "id") {
                field = Id;
                ok = t_.string(p.id) && is_slug(p.id);
            } else if (k == "name") {
                field = Name;
                ok = text(p.name, false);
            } else if (k == "application") {
                field = App;
                ok = t_.string(scratch_) && load_schema::application_named(scratch_, p.application);
            } else if (k == "partners") {
                field = Partners;
                ok = t_.null() || text_list(p.partners, false);
            } else if (k == "summary") {
                field = Summary;
                ok = text(p.summary, true);
            } else if (k == "kpi_scope") {
                field = Scope;
                ok = t_.null() || text(p.kpi_scope, false);
            } else if (k == "notes") {
                field = Notes;
                ok = t_.null() || text_list(p.notes, true);
            } else if (k == "kpis") {
                field = Kpis;
                ok = kpis(p.kpis);
            }
            if (!ok || (seen & field)) return false;   // (an unknown field: field 0, ok false)
            seen |= field;
        } while (t_.eat(','));
        constexpr unsigned kRequired = Id | Name | App | Summary | Kpis;
        return t_.eat('}') && (seen & kRequired) == kRequired;
    }

private:
    // {lang: string} with a non-empty "ja" (read_text): every key a language code, no string with
    // NUL or over the length limit, no control character ('\n' too unless multiline); an empty
    // string for another language is dropped. A repeated language is not sure.
    bool text(Text& out, bool multiline) {
        constexpr size_t kMaxLanguages = 8;
        std::string_view langs[kMaxLanguages];
        size_t n = 0;
        bool has_ja = false;
        if (!t_.eat('{') || t_.eat('}')) return false;
        do {
            std::string_view lang;
            if (!t_.key(lang) || !load_schema::is_language_key(lang) || n == kMaxLanguages) return false;
            for (size_t i = 0; i < n; ++i)
                if (langs[i] == lang) return false;
            langs[n++] = lang;
            std::string s;
            if (!t_.string(s)) return false;
            if (s.find('\0') != std::string::npos || load_schema::chars_over_text_limit(s) != 0) return false;
            if (lang == "ja") {
                if (s.empty()) return false;
                has_ja = true;
            }
            if (!load_schema::control_character(s, multiline).empty()) return false;
            if (!s.empty()) out.by_lang.emplace(std::string(lang), std::move(s));
        } while (t_.eat(','));
        return t_.eat('}') && has_ja;
    }

    bool text_list(std::vector<Text>& out, bool multiline) {
        if (!t_.eat('[')) return false;
        if (t_.eat(']')) return true;
        do {
            out.emplace_back();
            if (!text(out.back(), multiline)) return false;
        } while (t_.eat(','));
        return t_.eat(']');
    }

    bool number_or_null(std::optional<double>& out) {
        if (t_.null()) {
            out.reset();
            return true;
        }
        double d = 0;
        if (!t_.number(d) || !load_schema::number_in_range(d)) return false;
        out = d;
        return true;
    }

    bool integer(int& out, int lo, int hi) {
        double d = 0;
        if (!t_.number(d) || !load_schema::int_in_range(d, lo, hi)) return false;
        out = static_cast<int>(d);
        return true;
    }

    // Each KPI read into a scratch list, then moved into a vector of the exact size.
    bool kpis(std::vector<Kpi>& out) {
        if (!t_.eat('[')) return false;
        kpis_.clear();
        std::bitset<1000> numbers;   // "no" is 1..999, unique in a project
        if (!t_.eat(']')) {
            do {
                kpis_.emplace_back();
                Kpi& k = kpis_.back();
                if (!kpi(k) || numbers.test(static_cast<size_t>(k.no))) return false;
                numbers.set(static_cast<size_t>(k.no));
            } while (t_.eat(','));
            if (!t_.eat(']')) return false;
        }
        out.reserve(kpis_.size());
        for (Kpi& k : kpis_) out.push_back(std::move(k));
        return true;
    }

    bool kpi(Kpi& k) {
        enum : unsigned { No = 1, Name = 2, Unit = 4, Decimals = 8, Direction = 16, Baseline = 32, Years = 64, Notes = 128 };
        unsigned seen = 0;
        bool baseline = false;   // present and not null
        if (!t_.eat('{') || t_.eat('}')) return false;
        do {
            std::string_view key;
            if (!t_.key(key)) return false;
            unsigned field = 0;
            bool ok = false;
            if (key == "no") {
                field = No;
                ok = integer(k.no, 1, 999);
            } else if (key == "name") {
                field = Name;
                ok = text(k.name, false);
            } else if (key == "unit") {
                field = Unit;
                ok = text(k.unit, false);
            } else if (key == "decimals") {
                field = Decimals;
                ok = t_.null() || integer(k.decimals, 0, 6);
            } else if (key == "direction") {
                field = Direction;
                ok = t_.null() || (t_.string(scratch_) && load_schema::direction_named(scratch_, k.direction));
            } else if (key == "baseline") {
                field = Baseline;
                ok = t_.null() || (baseline = true, baseline_values(k));
            } else if (key == "years") {
                field = Years;
                ok = years(k.years);
            } else if (key == "notes") {
                field = Notes;
                ok = t_.null() || text_list(k.notes, true);
            }
            if (!ok || (seen & field)) return false;
            seen |= field;
        } while (t_.eat(','));
        k.has_baseline = baseline;   // (absent or null: the report had no 当初値 column)
        constexpr unsigned kRequired = No | Name | Unit | Years;
        return t_.eat('}') && (seen & kRequired) == kRequired;
    }

    // {"plan": …, "actual": …}, each optional, a number or null (read_baseline).
    bool baseline_values(Kpi& k) {
        if (!t_.eat('{')) return false;
        if (t_.eat('}')) return true;
        unsigned seen = 0;
        do {
            std::string_view key;
            if (!t_.key(key)) return false;
            unsigned field = 0;
            bool ok = false;
            if (key == "plan") {
                field = 1;
                ok = number_or_null(k.baseline_plan);
            } else if (key == "actual") {
                field = 2;
                ok = number_or_null(k.baseline_actual);
            }
            if (!ok || (seen & field)) return false;
            seen |= field;
        } while (t_.eat(','));
        return t_.eat('}');
    }

    // Years in strictly ascending fy order, each {fy, plan, actual} with all three present.
    bool years(std::vector<YearValue>& out) {
        if (!t_.eat('[')) return false;
        years_.clear();
        if (!t_.eat(']')) {
            do {
                YearValue y;
                if (!year(y) || (!years_.empty() && y.fy <= years_.back().fy)) return false;
                years_.push_back(y);
            } while (t_.eat(','));
            if (!t_.eat(']')) return false;
        }
        out.assign(years_.begin(), years_.end());
        return true;
    }

    bool year(YearValue& y) {
        unsigned seen = 0;
        if (!t_.eat('{') || t_.eat('}')) return false;
        do {
            std::string_view key;
            if (!t_.key(key)) return false;
            unsigned field = 0;
            bool ok = false;
            if (key == "fy") {
                field = 1;
                ok = integer(y.fy, load_schema::kMinFiscalYear, load_schema::kMaxFiscalYear);
            } else if (key == "plan") {
                field = 2;
                ok = number_or_null(y.plan);
            } else if (key == "actual") {
                field = 4;
                ok = number_or_null(y.actual);
            }
            if (!ok || (seen & field)) return false;
            seen |= field;
        } while (t_.eat(','));
        return t_.eat('}') && seen == 7;
    }

    Tokens& t_;
    std::string scratch_;             // an enum's name
    std::vector<Kpi> kpis_;           // one project's KPIs as they are read
    std::vector<YearValue> years_;    // one KPI's years as they are read
};

//-----------------------------------------------------------------------------
// [SECTION] The document: root and programs (their own fields through the schema readers)
//-----------------------------------------------------------------------------

// Thrown (and caught in read()) to give the whole file back.
struct GiveUp {
    const char* why;
};

class DocumentReader {
public:
    DocumentReader(std::string_view body, Stats& stats) : t_(body), projects_(t_), stats_(stats) {}

    LoadResult document() {
        if (!t_.eat('{')) give_up("the document is not an object");
        json root = json::object();   // its fields other than "programs", for the schema readers
        bool programs_seen = false;
        size_t programs_count = 0;
        if (!t_.eat('}')) {
            do {
                std::string_view k;
                if (!t_.key(k)) give_up("a key of the root object");
                if (k == "programs") {
                    if (programs_seen) give_up("\"programs\" twice");
                    programs_seen = true;
                    root["programs"] = json::array();   // (its place among the keys; read_programs_field)
                    programs_count = programs();
                } else {
                    root[std::string(k)] = tree_value(1);   // (a repeated key: the last value, as nlohmann)
                }
            } while (t_.eat(','));
            if (!t_.eat('}')) give_up("the end of the root object");
        }
        if (!t_.at_end()) give_up("bytes after the document");
        LoadResult r;
        load_schema::Cursor c(root, "", &r.warnings);
        load_schema::read_dataset_head(c, ds_);
        load_schema::read_programs_field(c, programs_count);
        r.warnings.insert(r.warnings.end(), std::make_move_iterator(warnings_.begin()),
                          std::make_move_iterator(warnings_.end()));
        r.dataset = std::move(ds_);
        return r;
    }

private:
    [[noreturn]] void give_up(const char* why) { throw GiveUp{why}; }

    // The value at the tokens as nlohmann's tree (it refuses what is not one JSON value, invalid
    // UTF-8 and NUL bytes included), inside `enclosing` arrays/objects: its nesting is what the
    // pre-checks would count (nlohmann has no limit of its own).
    json tree_value(int enclosing) {
        const char* first = nullptr;
        int deepest = 0;
        if (!t_.skip_value(first, deepest)) give_up("a value that does not end");
        if (enclosing + deepest > kMaxNestingDepth) give_up("nesting deeper than the limit");
        // nlohmann's own tree builder, as json::parse uses it (and the streaming loader's captures):
        // the same tree, without also linking json::parse's callback variant into the viewer.
        json value;
        nlohmann::detail::json_sax_dom_parser<json> builder(value, /*allow_exceptions=*/false);
        if (!json::sax_parse(first, t_.pos(), &builder)) give_up("a value nlohmann does not parse");
        return value;
    }

    // The items of "programs" (each an object); returns how many.
    size_t programs() {
        if (!t_.eat('[')) give_up("\"programs\" is not an array");
        size_t count = 0;
        if (t_.eat(']')) return 0;
        do program(count++);
        while (t_.eat(','));
        if (!t_.eat(']')) give_up("the end of \"programs\"");
        return count;
    }

    // One program: its fields other than "projects" read by read_program_head at its end (they
    // come first in the format's order), its projects as they come.
    void program(size_t index) {
        const std::string pointer = "/programs/" + std::to_string(index);
        if (!t_.eat('{')) give_up("a program that is not an object");
        json head = json::object();
        bool projects_seen = false;
        std::vector<Project> projects;
        std::vector<LoadWarning> project_warnings;
        if (!t_.eat('}')) {
            do {
                std::string_view k;
                if (!t_.key(k)) give_up("a key of a program");
                if (k == "projects") {
                    if (projects_seen) give_up("\"projects\" twice");
                    projects_seen = true;
                    head["projects"] = json::array();
                    program_projects(pointer, projects, project_warnings);
                } else {
                    head[std::string(k)] = tree_value(3);   // (the root, "programs", the program)
                }
            } while (t_.eat(','));
            if (!t_.eat('}')) give_up("the end of a program");
        }
        std::vector<LoadWarning> warnings;
        load_schema::Cursor c(head, pointer, &warnings);
        Program p;
        load_schema::read_program_head(c, unique_, p);
        load_schema::read_projects_field(c);
        p.projects = std::move(projects);
        ds_.programs.push_back(std::move(p));
        for (auto* from : {&warnings, &project_warnings})
            warnings_.insert(warnings_.end(), std::make_move_iterator(from->begin()), std::make_move_iterator(from->end()));
    }

    void program_projects(const std::string& pointer, std::vector<Project>& out, std::vector<LoadWarning>& warnings) {
        if (!t_.eat('[')) give_up("\"projects\" is not an array");
        read_.clear();
        if (!t_.eat(']')) {
            do {
                const size_t index = read_.size();
                if (t_.peek() != '{') give_up("a project that is not an object");
                const char* start = t_.pos();
                read_.emplace_back();
                if (projects_.project(read_.back())) {
                    ++stats_.projects_fast;
                } else {
                    // Not sure: this project alone through nlohmann and the schema reader (which
                    // throws Invalid, and the file goes back, when it is wrong).
                    t_.seek(start);
                    const json value = tree_value(4);   // (… the program, "projects")
                    load_schema::Uniqueness own;   // (ids are checked across the file below)
                    read_.back() = load_schema::read_project(
                        load_schema::Cursor(value, pointer + "/projects/" + std::to_string(index), &warnings), own);
                    ++stats_.projects_tree;
                }
                if (!project_ids_.insert(read_.back().id).second) give_up("a project id used twice");
            } while (t_.eat(','));
            if (!t_.eat(']')) give_up("the end of \"projects\"");
        }
        out.reserve(read_.size());
        for (Project& p : read_) out.push_back(std::move(p));
    }

public:
    size_t offset() const { return t_.offset(); }

private:
    Tokens t_;
    ProjectReader projects_;
    Stats& stats_;
    Dataset ds_;
    load_schema::Uniqueness unique_;              // program ids (read_program_head claims them)
    std::unordered_set<std::string> project_ids_;
    std::vector<LoadWarning> warnings_;           // the programs', in order
    std::vector<Project> read_;                   // one program's projects as they are read
};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry points
//-----------------------------------------------------------------------------

std::optional<LoadResult> read(std::string_view body, Stats* stats) {
    Stats own;
    Stats& s = stats ? *stats : own;
    s = Stats{};
    std::optional<DocumentReader> reader;
    try {
        reader.emplace(body, s);
        return reader->document();
    } catch (const GiveUp& g) {
        s.gave_up = g.why;
    } catch (const load_schema::Invalid&) {
        s.gave_up = "a schema reader refused a value";
    } catch (...) {   // (out of memory, …: the streaming loader answers for the file)
        s.gave_up = "an exception";
    }
    s.gave_up_at = reader ? reader->offset() : 0;
    return std::nullopt;
}

std::optional<LoadResult> try_load(std::string_view bytes, Stats* stats) {
    if (bytes.size() > kMaxDatasetBytes) {
        if (stats) {
            *stats = Stats{};
            stats->gave_up = "the file is too large";
        }
        return std::nullopt;
    }
    return read(bytes.substr(load_schema::bom_length(bytes)), stats);
}

} // namespace load_fast
} // namespace kpi
