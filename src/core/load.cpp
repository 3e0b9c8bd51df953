// The one parse boundary for dataset files (format "kpi-report/1", see data/FORMAT.md): the
// schema readers both loaders share (load_schema.h), and the whole-document loader
// (load_dataset_dom), the oracle the streaming loader that ships (load_stream.cpp, load_dataset)
// is tested against.
//
// Bytes go through three stages, each of which stops at the first problem it finds:
//   1. pre-checks on the raw bytes: empty, too large, UTF-8 BOM (skipped), invalid UTF-8, NUL
//      bytes, nesting deeper than kMaxNestingDepth. The nesting check runs before any parser sees
//      the input, so nothing downstream can use stack in proportion to hostile input.
//   2. JSON syntax (nlohmann/json), errors mapped to line/column of the original file.
//   3. schema validation into the model, errors carrying the JSON pointer of the offending value.
// Order is deterministic: within an object fields are checked in the order the reader functions
// below ask for them (the format's order), array items in index order, so the first error is
// always the same one for the same input.
//
// Forward compatibility: keys this version does not know are ignored, everywhere, so a newer file
// that only adds fields still opens in an older viewer; each one is reported in
// LoadResult::warnings (pointer, name, did-you-mean), and kpi-tool validate fails on them. An optional field that is present with the
// value null is treated as absent. (JSON duplicate keys: the last value is kept; accepted.)
//
// Nothing escapes: schema failures travel as an internal `Invalid` exception to the loader,
// which also catches nlohmann's exceptions, std::bad_alloc and anything else and returns a
// LoadError. No function here recurses with a depth that follows the input.

// Index of this file:
// [SECTION] Small helpers (type names, quoting values, JSON pointers, line/column)
// [SECTION] Pre-checks on raw bytes (size, BOM, UTF-8, NUL, nesting depth)
// [SECTION] JSON syntax (nlohmann parse, error position)
// [SECTION] Schema: Cursor (a value plus its JSON pointer) and failing
// [SECTION] Schema: leaf readers (string, slug, integer, number, date, enum, text)
// [SECTION] Schema: the dataset structure (dataset, program, project, kpi, year)
// [SECTION] Public API (load_dataset_dom, load_dataset_file, is_slug, LoadError::describe)

#include "load.h"
#include "load_schema.h"

#include "utf8.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <map>
#include <new>
#include <utility>
#include <vector>

namespace kpi {
namespace load_schema {


constexpr std::string_view kFormat = kFormatId;
constexpr double kMaxMagnitude = 1e15;
constexpr size_t kMaxQuotedChars = 40;

//-----------------------------------------------------------------------------
// [SECTION] Small helpers (type names, quoting values, JSON pointers, line/column)
//-----------------------------------------------------------------------------

std::string format_number(double d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
}

// A string for an error message: in double quotes, at most kMaxQuotedChars code points, control
// characters shown as \u00XX. Input is valid UTF-8 (the pre-checks guarantee it).
std::string quote(std::string_view s) {
    std::string out = "\"";
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool starts_char = (c & 0xC0) != 0x80;
        if (starts_char && ++chars > kMaxQuotedChars) {
            out += "…";
            break;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

// "string \"abc\"", "number 2019.5", "null", "object"… for "expected X, got Y".
std::string describe_value(const json& v) {
    switch (v.type()) {
    case json::value_t::string: return "string " + quote(v.get_ref<const std::string&>());
    case json::value_t::boolean: return v.get<bool>() ? "boolean true" : "boolean false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number " + format_number(v.get<double>());
    default: return v.type_name();
    }
}

// One reference token of a JSON pointer (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

struct LineColumn {
    long line = 1;
    long column = 1;
};

// 1-based line and column (in code points) of byte `offset` in `text`. Only the bytes before
// `offset` are looked at, and those are valid UTF-8 whenever this is called.
LineColumn line_column(std::string_view text, size_t offset) {
    LineColumn lc;
    size_t end = offset < text.size() ? offset : text.size();
    for (size_t i = 0; i < end; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++lc.column;
        }
    }
    return lc;
}

//-----------------------------------------------------------------------------
// [SECTION] Pre-checks on raw bytes (size, BOM, UTF-8, NUL, nesting depth)
//-----------------------------------------------------------------------------

// A problem found at a byte offset of the body (the input after any BOM).
struct BytesProblem {
    size_t offset;
    std::string what;
};

// An ASCII byte that changes nothing here: not NUL, a quote, a backslash or a bracket.
struct PlainBytes {
    bool plain[256] = {};
    constexpr PlainBytes() {
        for (int c = 1; c < 0x80; ++c)
            plain[c] = c != '"' && c != '\\' && c != '[' && c != ']' && c != '{' && c != '}';
    }
};
constexpr PlainBytes kPlainBytes;

// One pass over the bytes: the first invalid UTF-8 sequence or NUL byte, in document order; when
// there is none, the first '[' or '{' (outside strings) that opens a level deeper than
// kMaxNestingDepth. (One pass with an ASCII fast path: a nationwide file is 13 MB, and this runs
// before the parser sees a byte. A multi-byte sequence never holds an ASCII byte, so brackets and
// quotes are only ever seen where a character starts.)
std::optional<BytesProblem> find_bytes_problem(std::string_view s) {
    std::optional<BytesProblem> nesting;
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    const unsigned char* const b = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    for (size_t i = 0; i < n;) {
        const unsigned char c = b[i];
        if (kPlainBytes.plain[c]) {   // a run of them (the byte after a backslash included)
            escaped = false;
            for (++i; i < n && kPlainBytes.plain[b[i]]; ++i) {}
            continue;
        }
        if (c == 0)
            return BytesProblem{i, "NUL byte"};
        if (c >= 0x80) {
            // Most of a Japanese text: E1..EC or EE..EF, then two continuation bytes, which Table
            // 3-7 always allows (E0 and ED, which restrict the second byte, take the full check).
            if (i + 2 < n && ((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && (b[i + 1] & 0xC0) == 0x80 &&
                (b[i + 2] & 0xC0) == 0x80) {
                escaped = false;
                i += 3;
                continue;
            }
            const char* why = "";
            const size_t len = utf8_sequence_length(s, i, &why);
            if (len == 0)
                return BytesProblem{i, std::string("invalid UTF-8: ") + why};
            escaped = false;
            i += len;
            continue;
        }
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNestingDepth && !nesting)
                nesting = BytesProblem{i, "nesting deeper than " + std::to_string(kMaxNestingDepth) +
                                              " levels of arrays/objects"};
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        ++i;
    }
    return nesting;
}

// A LoadError for a problem at byte `offset` of `body`, with line/column set (describe() shows
// them); `bom` is the length of the skipped BOM, so the byte offset in the message counts from
// the start of the file.
LoadError error_at(std::string_view body, size_t offset, size_t bom, const std::string& what) {
    LineColumn lc = line_column(body, offset);
    LoadError e;
    e.line = lc.line;
    e.column = lc.column;
    e.message = what + " at byte offset " + std::to_string(offset + bom);
    return e;
}

LoadError plain_error(std::string message) {
    LoadError e;
    e.message = std::move(message);
    return e;
}

bool looks_like_utf16(std::string_view s) {
    return s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

size_t bom_length(std::string_view bytes) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    return bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
}

// Runs every pre-check; on success `body` is the input without its BOM.
std::optional<LoadError> precheck(std::string_view bytes, std::string_view& body, size_t& bom) {
    if (bytes.empty())
        return plain_error("the file is empty");
    if (bytes.size() > kMaxDatasetBytes)
        return plain_error("the file is too large: " + std::to_string(bytes.size()) +
                           " bytes (the limit is " + std::to_string(kMaxDatasetBytes) + " bytes)");
    if (looks_like_utf16(bytes))
        return plain_error("the file looks like UTF-16; datasets must be saved as UTF-8");

    bom = bom_length(bytes);
    body = bytes.substr(bom);
    if (body.empty())
        return plain_error("the file is empty (it holds only a UTF-8 byte order mark)");

    if (auto p = find_bytes_problem(body))
        return error_at(body, p->offset, bom, p->what);
    return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] JSON syntax (nlohmann parse, error position)
//-----------------------------------------------------------------------------


// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1,
// column 4: " prefix (we compute line/column ourselves, relative to the original file).
std::string strip_nlohmann_prefix(std::string msg) {
    if (!msg.empty() && msg[0] == '[') {
        size_t close = msg.find("] ");
        if (close != std::string::npos) msg.erase(0, close + 2);
    }
    if (msg.compare(0, 11, "parse error") == 0) {
        size_t colon = msg.find(": ");
        if (colon != std::string::npos) msg.erase(0, colon + 2);
    }
    return msg;
}

LoadError syntax_error(std::string_view body, size_t bom, const ErrorLocator& locator) {
    // nlohmann counts the offending character as read, so it sits one byte before `position`;
    // a number that overflows is reported at its first character.
    size_t offset = locator.position > 0 ? locator.position - 1 : 0;
    if (locator.id == 406 && locator.token_size <= locator.position)
        offset = locator.position - locator.token_size;
    // nlohmann's "last read: '…'" may end inside a multi-byte character: the message is made
    // printable (valid UTF-8, control characters escaped) before anyone serialises it.
    std::string detail = locator.what.empty() ? "cannot be parsed"
                                              : utf8_printable(strip_nlohmann_prefix(locator.what), 200);
    return error_at(body, offset, bom, "invalid JSON: " + detail);
}

namespace {

// Parses `body` (valid UTF-8, nesting already bounded) into `out`, or returns the syntax error.
std::optional<LoadError> parse_json(std::string_view body, size_t bom, json& out) {
    const char* first = body.data();
    const char* last = body.data() + body.size();
    try {
        out = json::parse(first, last);
        return std::nullopt;
    } catch (const json::exception&) {
        // fall through: locate the error with a second, non-building pass
    }
    ErrorLocator locator;
    json::sax_parse(first, last, &locator);
    return syntax_error(body, bom, locator);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Schema: Cursor (a value plus its JSON pointer) and failing
//-----------------------------------------------------------------------------

// Edit distance (insertions, deletions, substitutions) between two short keys, capped at 3
// beyond which nothing counts as a typo. Keys longer than 64 bytes are never close.
size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() > 64 || b.size() > 64) return 99;
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// The known field a mistyped key most likely meant ("partner" -> "partners", "note" -> "notes",
// "Decimals" -> "decimals"), or "" when none is within 2 edits (and less than half the key).
std::string closest_field(const std::string& key, std::initializer_list<const char*> known) {
    std::string lower = key;
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    std::string best;
    size_t best_d = 3;
    for (const char* k : known) {
        const size_t d = edit_distance(lower, k);
        if (d < best_d && 2 * d < std::string_view(k).size()) {
            best_d = d;
            best = k;
        }
    }
    return best;
}


[[noreturn]] void fail_at(const std::string& pointer, std::string message) {
    LoadError e;
    e.pointer = pointer;
    e.message = std::move(message);
    throw Invalid{std::move(e)};
}


//-----------------------------------------------------------------------------
// [SECTION] Schema: leaf readers (string, slug, integer, number, date, enum, text)
//-----------------------------------------------------------------------------

size_t chars_over_text_limit(std::string_view s) {
    // Bytes first: a string that short cannot exceed the limit in characters.
    if (s.size() <= kMaxTextChars) return 0;
    const size_t chars = utf8_length(s);
    return chars > kMaxTextChars ? chars : 0;
}

bool number_in_range(double d) { return std::isfinite(d) && std::fabs(d) <= kMaxMagnitude; }

bool int_in_range(double d, int lo, int hi) { return std::isfinite(d) && d == std::floor(d) && d >= lo && d <= hi; }

std::string read_string(const Cursor& c) {
    if (!c.value().is_string()) c.expected("a string");
    const std::string& s = c.value().get_ref<const std::string&>();
    if (s.find('\0') != std::string::npos) c.fail("expected a string without NUL characters (\\u0000)");
    if (const size_t chars = chars_over_text_limit(s))
        c.fail("expected a text of at most " + std::to_string(kMaxTextChars) + " characters, got " +
               std::to_string(chars) + " characters");
    return s;
}

std::string read_slug(const Cursor& c) {
    if (!c.value().is_string()) c.expected("a slug (a string such as \"smart-city\")");
    const std::string& s = c.value().get_ref<const std::string&>();
    if (!is_slug(s))
        c.fail("expected a slug: 1-64 characters a-z, 0-9 and single hyphens between them, got " +
               quote(s));
    return s;
}

// A finite number with |x| <= kMaxMagnitude.
double read_number(const Cursor& c, const char* what = "a number") {
    if (!c.value().is_number()) c.expected(what);
    double d = c.value().get<double>();
    if (!number_in_range(d))
        c.fail("expected a finite number with magnitude at most 1e15, got " + format_number(d));
    return d;
}

std::optional<double> read_number_or_null(const Cursor& c) {
    if (c.value().is_null()) return std::nullopt;
    return read_number(c, "a number or null");
}

// An integer in [lo, hi]. 2019.0 is accepted as 2019; 2019.5 is not.
int read_int(const Cursor& c, int lo, int hi) {
    std::string range = "an integer between " + std::to_string(lo) + " and " + std::to_string(hi);
    if (!c.value().is_number()) c.expected(range);
    double d = c.value().get<double>();
    if (!int_in_range(d, lo, hi))
        c.fail("expected " + range + ", got " + format_number(d));
    return static_cast<int>(d);
}

template <class Enum>
struct EnumName {
    const char* name;
    Enum value;
};

template <class Enum, size_t N>
const Enum* find_enum(std::string_view s, const EnumName<Enum> (&names)[N]) {
    for (const auto& n : names)
        if (s == n.name) return &n.value;
    return nullptr;
}

template <class Enum, size_t N>
Enum read_enum(const Cursor& c, const EnumName<Enum> (&names)[N]) {
    std::string allowed;
    for (size_t i = 0; i < N; ++i)
        allowed += std::string(i ? ", " : "") + "\"" + names[i].name + "\"";
    if (c.value().is_string())
        if (const Enum* e = find_enum(c.value().get_ref<const std::string&>(), names)) return *e;
    c.expected("one of " + allowed);
}

bool is_language_key(std::string_view k) {
    if (k == "ja-easy") return true;   // easy Japanese (やさしい日本語), lang.h's text_key
    auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
    auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
    if (k.size() != 2 && k.size() != 5) return false;
    if (!lower(k[0]) || !lower(k[1])) return false;
    return k.size() == 2 || (k[2] == '-' && upper(k[3]) && upper(k[4]));
}

// The first control character of s (C0, DEL, C1; '\n' too unless `multiline`), as "\x1b", or "".
// A name is one line of plain text: an ESC in it would reach a terminal (kpi-tool) as a command,
// a '\n' would break a heading. Summaries and notes may hold line breaks.
std::string control_character(std::string_view s, bool multiline) {
    // Every control character has a byte below 0x20, DEL, or the lead byte 0xC2 (C1: C2 80..C2 9F):
    // a text with none of those has none, and the code points need not be decoded.
    bool maybe = false;
    for (const char ch : s) {
        const unsigned char b = static_cast<unsigned char>(ch);
        if (b < 0x20 || b == 0x7F || b == 0xC2) {
            maybe = true;
            break;
        }
    }
    if (!maybe) return "";
    for (size_t i = 0; i < s.size();) {
        const uint32_t cp = utf8_decode(s, i);
        if (cp == '\n' && multiline) continue;
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            std::string one;
            utf8_encode(cp, one);
            return utf8_printable(one);
        }
    }
    return "";
}

enum class Lines { One, Many };

// {lang: string} with a non-empty "ja". An empty string for another language is dropped, so
// Text::in() falls back to Japanese instead of showing a blank.
Text read_text(const Cursor& c, Lines lines = Lines::One) {
    const json::object_t& obj = c.object("a text object such as {\"ja\": \"…\"}");
    Text text;
    for (const auto& [lang, value] : obj) {
        Cursor entry = c.child(lang, value);
        if (!is_language_key(lang))
            entry.fail("expected a language code such as \"ja\", \"en\" or \"zh-TW\" as key, got " +
                       quote(lang));
        std::string s = read_string(entry);
        if (s.empty() && lang == "ja") entry.fail("expected a non-empty string (the Japanese text)");
        if (const std::string bad = control_character(s, lines == Lines::Many); !bad.empty())
            entry.fail("expected text without control characters" +
                       std::string(lines == Lines::Many ? " (line breaks are allowed)" : " (one line)") + ", found " +
                       bad);
        if (!s.empty()) text.by_lang.emplace(lang, std::move(s));
    }
    if (!text.by_lang.count("ja")) c.fail("missing required field \"ja\" (the Japanese text)");
    return text;
}

Text read_optional_text(const Cursor& parent, const char* key) {
    auto c = parent.optional(key);
    return c ? read_text(*c) : Text{};
}

std::vector<Text> read_text_list(const Cursor& c, Lines lines) {
    std::vector<Text> out;
    c.array("an array of text objects");
    out.reserve(c.size());
    for (size_t i = 0; i < c.size(); ++i)
        out.push_back(read_text(c.item(i), lines));
    return out;
}

std::vector<Text> read_optional_text_list(const Cursor& parent, const char* key, Lines lines) {
    auto c = parent.optional(key);
    return c ? read_text_list(*c, lines) : std::vector<Text>{};
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "YYYY-MM-DD", a real calendar date.
std::string read_date(const Cursor& c) {
    const char* expect = "a date \"YYYY-MM-DD\"";
    if (!c.value().is_string()) c.expected(expect);
    const std::string& s = c.value().get_ref<const std::string&>();
    auto digits = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        c.fail(std::string("expected ") + expect + ", got " + quote(s));
    int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        c.fail(std::string("expected ") + expect + ", got " + quote(s));
    if (m < 1 || m > 12)
        c.fail(std::string("expected ") + expect + " with a month 01-12, got " + quote(s));
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int days = kDays[m - 1] + (m == 2 && is_leap_year(y) ? 1 : 0);
    if (d < 1 || d > days)
        c.fail(std::string("expected ") + expect + " with a day 01-" + std::to_string(days) +
               " for that month, got " + quote(s));
    return s;
}

// Empty, or an absolute http(s) URL without spaces or control characters (it becomes a link).
std::string read_url(const Cursor& c) {
    std::string s = read_string(c);
    if (s.empty()) return s;
    bool http = s.compare(0, 8, "https://") == 0 || s.compare(0, 7, "http://") == 0;
    bool clean = true;
    for (unsigned char ch : s)
        if (ch <= 0x20 || ch == 0x7F) clean = false;
    if (!http || !clean)
        c.fail("expected an http:// or https:// URL without spaces, got " + quote(s));
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Schema: the dataset structure (dataset, program, project, kpi, year)
//-----------------------------------------------------------------------------

constexpr EnumName<Application> kApplications[] = {
    {"single", Application::Single}, {"joint", Application::Joint}};
constexpr EnumName<Direction> kDirections[] = {
    {"increase", Direction::Increase}, {"decrease", Direction::Decrease}};

bool application_named(std::string_view s, Application& out) {
    const Application* a = find_enum(s, kApplications);
    if (a) out = *a;
    return a != nullptr;
}

bool direction_named(std::string_view s, Direction& out) {
    const Direction* d = find_enum(s, kDirections);
    if (d) out = *d;
    return d != nullptr;
}


YearValue read_year(const Cursor& c) {
    c.object();
    c.known_fields({"fy", "plan", "actual"});
    YearValue y;
    y.fy = read_int(c.required("fy"), kMinFiscalYear, kMaxFiscalYear);
    y.plan = read_number_or_null(c.required("plan"));
    y.actual = read_number_or_null(c.required("actual"));
    return y;
}

// Years in strictly ascending fy order; a repeated fy is reported as a duplicate.
std::vector<YearValue> read_years(const Cursor& c) {
    c.array();
    std::vector<YearValue> years;
    years.reserve(c.size());   // (exactly: a nationwide file has 130,000 years)
    for (size_t i = 0; i < c.size(); ++i) {
        Cursor item = c.item(i);
        YearValue y = read_year(item);
        if (!years.empty() && y.fy <= years.back().fy) {
            Cursor fy = item.required("fy");
            if (y.fy == years.back().fy)
                fy.fail("duplicate fy " + std::to_string(y.fy) + " (first used at " + c.pointer() +
                        "/" + std::to_string(i - 1) + "/fy)");
            fy.fail("expected years in ascending order: fy " + std::to_string(y.fy) +
                    " comes after fy " + std::to_string(years.back().fy));
        }
        years.push_back(y);
    }
    return years;
}

void read_baseline(const Cursor& c, Kpi& kpi) {
    c.object("an object {\"plan\": …, \"actual\": …}");
    c.known_fields({"plan", "actual"});
    if (auto plan = c.optional("plan")) kpi.baseline_plan = read_number_or_null(*plan);
    if (auto actual = c.optional("actual")) kpi.baseline_actual = read_number_or_null(*actual);
}

// `numbers` holds the KPI numbers already used in this project.
Kpi read_kpi(const Cursor& c, FirstSeen& numbers) {
    c.object();
    c.known_fields({"no", "name", "unit", "decimals", "direction", "baseline", "years", "notes"});
    Kpi kpi;
    Cursor no = c.required("no");
    kpi.no = read_int(no, 1, 999);
    numbers.claim(std::to_string(kpi.no), std::to_string(kpi.no), no);
    kpi.name = read_text(c.required("name"));
    kpi.unit = read_text(c.required("unit"));
    if (auto d = c.optional("decimals")) kpi.decimals = read_int(*d, 0, 6);
    if (auto d = c.optional("direction")) kpi.direction = read_enum(*d, kDirections);
    if (auto b = c.optional("baseline")) read_baseline(*b, kpi);
    else kpi.has_baseline = false;
    kpi.years = read_years(c.required("years"));
    kpi.notes = read_optional_text_list(c, "notes", Lines::Many);
    return kpi;
}

std::vector<Kpi> read_kpis(const Cursor& c) {
    c.array();
    std::vector<Kpi> kpis;
    kpis.reserve(c.size());
    FirstSeen numbers("KPI no");
    for (size_t i = 0; i < c.size(); ++i)
        kpis.push_back(read_kpi(c.item(i), numbers));
    return kpis;
}

Project read_project(const Cursor& c, Uniqueness& unique) {
    c.object();
    c.known_fields({"id", "name", "application", "partners", "summary", "kpi_scope", "notes", "kpis"});
    Project p;
    Cursor id = c.required("id");
    p.id = read_slug(id);
    unique.project_ids.claim(p.id, quote(p.id), id);
    p.name = read_text(c.required("name"));
    p.application = read_enum(c.required("application"), kApplications);
    p.partners = read_optional_text_list(c, "partners", Lines::One);
    p.summary = read_text(c.required("summary"), Lines::Many);
    p.kpi_scope = read_optional_text(c, "kpi_scope");
    p.notes = read_optional_text_list(c, "notes", Lines::Many);
    p.kpis = read_kpis(c.required("kpis"));
    return p;
}

void read_program_head(const Cursor& c, Uniqueness& unique, Program& p) {
    c.object();
    c.known_fields({"id", "adopted_fy", "name", "funding", "period", "notes", "projects"});
    Cursor id = c.required("id");
    p.id = read_slug(id);
    unique.program_ids.claim(p.id, quote(p.id), id);
    p.adopted_fy = read_int(c.required("adopted_fy"), kMinFiscalYear, kMaxFiscalYear);
    p.name = read_text(c.required("name"));
    p.funding = read_optional_text(c, "funding");
    p.period = read_optional_text(c, "period");
    p.notes = read_optional_text_list(c, "notes", Lines::Many);
}

Cursor read_projects_field(const Cursor& program) {
    Cursor projects = program.required("projects");
    projects.array();
    return projects;
}

Program read_program(const Cursor& c, Uniqueness& unique) {
    Program p;
    read_program_head(c, unique, p);
    Cursor projects = read_projects_field(c);
    for (size_t i = 0; i < projects.size(); ++i)
        p.projects.push_back(read_project(projects.item(i), unique));
    return p;
}

Source read_source(const Cursor& c) {
    c.object("an object {\"title\": {…}, \"url\": \"…\"}");
    c.known_fields({"title", "url"});
    Source s;
    s.title = read_text(c.required("title"));
    if (auto url = c.optional("url")) s.url = read_url(*url);
    return s;
}

void read_format(const Cursor& c) {
    if (!c.value().is_string() || c.value().get_ref<const std::string&>() != kFormat)
        c.expected("\"" + std::string(kFormat) + "\" (the only format this version reads)");
}

void read_dataset_head(const Cursor& root, Dataset& ds) {
    root.object("a JSON object at the top level");
    root.known_fields({"format", "title", "publisher", "source", "as_of", "notes", "programs"});
    Cursor format = root.required("format");
    read_format(format);
    ds.format = std::string(kFormat);
    ds.title = read_text(root.required("title"));
    ds.publisher = read_text(root.required("publisher"));
    if (auto source = root.optional("source")) ds.source = read_source(*source);
    ds.as_of = read_date(root.required("as_of"));
    ds.notes = read_optional_text_list(root, "notes", Lines::Many);
}

Cursor read_programs_field(const Cursor& root, size_t count) {
    Cursor programs = root.required("programs");
    programs.array();
    if (count == 0) programs.fail("expected a non-empty array of programs, got []");
    return programs;
}

Dataset read_dataset(const Cursor& root) {
    Dataset ds;
    read_dataset_head(root, ds);
    const json& value = root.value();   // (an object: read_dataset_head checked it)
    const auto it = value.find("programs");
    Cursor programs = read_programs_field(root, it != value.end() && it->is_array() ? it->size() : 0);
    Uniqueness unique;
    for (size_t i = 0; i < programs.size(); ++i)
        ds.programs.push_back(read_program(programs.item(i), unique));
    return ds;
}

LoadResult failure(LoadError e) {
    LoadResult r;
    r.error = std::move(e);
    return r;
}

LoadResult guarded(LoadResult (*unguarded)(std::string_view), std::string_view bytes) {
    try {
        return unguarded(bytes);
    } catch (const std::bad_alloc&) {
        return failure(plain_error("out of memory while loading the dataset"));
    } catch (const std::exception& e) {
        return failure(plain_error(std::string("internal error while loading the dataset: ") + e.what()));
    } catch (...) {
        return failure(plain_error("internal error while loading the dataset"));
    }
}

} // namespace load_schema

namespace {
using namespace load_schema;

LoadResult load_dom_unguarded(std::string_view bytes) {
    std::string_view body;
    size_t bom = 0;
    if (auto e = precheck(bytes, body, bom)) return failure(std::move(*e));
    json doc;
    if (auto e = parse_json(body, bom, doc)) return failure(std::move(*e));
    try {
        LoadResult r;
        r.dataset = read_dataset(Cursor(doc, "", &r.warnings));
        return r;
    } catch (Invalid& invalid) {
        return failure(std::move(invalid.error));
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public API (load_dataset_dom, load_dataset_file, is_slug, LoadError::describe)
//-----------------------------------------------------------------------------

LoadResult load_dataset_dom(std::string_view bytes) { return load_schema::guarded(load_dom_unguarded, bytes); }

LoadResult load_dataset_file(const std::string& path) {
    using load_schema::failure;
    using load_schema::plain_error;
    try {
        std::FILE* f = std::fopen(path.c_str(), "rb");
        if (!f)
            return failure(plain_error("cannot open \"" + path + "\": " + std::strerror(errno)));
        // Read at most one byte past the limit: enough to tell "too large" without reading it all.
        std::string bytes;
        char buf[64 * 1024];
        size_t n;
        while (bytes.size() <= kMaxDatasetBytes && (n = std::fread(buf, 1, sizeof buf, f)) > 0)
            bytes.append(buf, n);
        bool read_failed = std::ferror(f) != 0;
        int err = errno;
        std::fclose(f);
        if (read_failed)
            return failure(plain_error("cannot read \"" + path + "\": " + std::strerror(err)));
        if (bytes.size() > kMaxDatasetBytes)
            return failure(plain_error("\"" + path + "\" is too large (the limit is " +
                                       std::to_string(kMaxDatasetBytes) + " bytes)"));
        return load_dataset(bytes);
    } catch (const std::bad_alloc&) {
        return failure(plain_error("out of memory while reading \"" + path + "\""));
    } catch (...) {
        return failure(plain_error("internal error while reading \"" + path + "\""));
    }
}

bool is_slug(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    bool prev_hyphen = true;  // so a leading hyphen is rejected
    for (char c : s) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c == '-') {
            if (prev_hyphen) return false;
            prev_hyphen = true;
        } else if (alnum) {
            prev_hyphen = false;
        } else {
            return false;
        }
    }
    return !prev_hyphen;  // no trailing hyphen
}

std::string LoadWarning::describe() const {
    std::string s = "at " + pointer + ": unknown field " + quote(field);
    if (!suggestion.empty()) s += " (did you mean \"" + suggestion + "\"?)";
    return s;
}

std::string LoadError::describe() const {
    if (line > 0)
        return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
    if (!pointer.empty())
        return "at " + pointer + ": " + message;
    return message;
}

} // namespace kpi
