// Every word and mark a view shows comes from the strings table (core/strings.cpp, ja and en), or
// from the data: no view writes Japanese text, full-width punctuation or a symbol in place. A
// literal with a non-ASCII character in src/ui/*.cpp (outside comments) fails here with its file
// and line.
#include "source_files.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// Allowed, with the reason: KPIs are numbered with circled digits in both languages, as the
// report numbers them (core/format.cpp, kpi_title).
const char* const kAllowed[] = {"\"①\", \"②\", \"③\""};

// The string literals of one line of code (comments cut off; escaped quotes kept inside).
std::vector<std::string> literals(const std::string& line) {
    std::vector<std::string> out;
    bool in = false;
    std::string cur;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (!in && c == '/' && i + 1 < line.size() && line[i + 1] == '/') break;
        if (!in && c == '\'') {   // a character literal: skip it whole
            const size_t end = line.find('\'', i + 2);
            if (end == std::string::npos) break;
            i = end;
            continue;
        }
        if (c == '"' && (i == 0 || line[i - 1] != '\\')) {
            if (in) out.push_back(cur);
            cur.clear();
            in = !in;
            continue;
        }
        if (in) cur += c;
    }
    return out;
}

// "FILE:LINE: \"LITERAL\"" for the first non-ASCII literal of every line of `text`.
std::vector<std::string> violations(const std::string& file, const std::string& text) {
    return source_files::line_faults(file, text, [](const std::string& line) -> std::string {
        if (std::any_of(std::begin(kAllowed), std::end(kAllowed), [&](const char* a) { return line.find(a) != std::string::npos; }))
            return "";
        for (const std::string& lit : literals(line))
            if (std::any_of(lit.begin(), lit.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                return "\"" + lit + "\"";
        return "";
    });
}


} // namespace

TEST_CASE("the rule catches text written in a view and lets ids, formats and comments through") {
    for (const char* bad : {"label += \" ●\";", "d += (en ? \". \" : \"。\") + x;", "Wrapped(\"データがありません\");",
                            "x + \"（\" + y + \"）\";"})
        CHECK_MESSAGE(violations("x.cpp", bad).size() == 1, bad);
    for (const char* good : {"TouchButton(tr(Str::Close, lang), 0.0f, \"share:close\");", "// 「期間外」 is said", "x = '\\\"';",
                             "std::snprintf(buf, sizeof buf, \"%s (%d)\", a, n);", "label += tr(Str::ActiveMark, lang);"})
        CHECK_MESSAGE(violations("x.cpp", good).empty(), good);
}

TEST_CASE("no Japanese text, full-width punctuation or symbol written in the views (src/ui/*.cpp)") {
    std::string report;
    int files = 0;
    for (const std::string& f : source_files::in_folder("src/ui", ".cpp")) {
        ++files;
        for (const std::string& v : violations(f, source_files::read(f))) report += "  " + v + "\n";
    }
    REQUIRE(files > 10);
    CHECK_MESSAGE(report.empty(), "text written in a view instead of core/strings.cpp:\n", report);
}
