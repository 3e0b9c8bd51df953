// JavaScript has one home, web/*.js: the EM_JS bodies in src/platform are one call each into the
// page's objects (window.kpiGlue, kpiWeb, kpiPrint, kpiShare) with the C++ side's data as arguments,
// every name they call is set by its web file and kept by Closure (web/closure-externs.js), and the
// files' [SECTION] indexes list their sections as they are.
#include "source_files.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct EmJs {
    std::string file;
    int line;
    std::string body;   // between the body's braces, whitespace runs as one space
};

// Every EM_JS(ret, name, (args), { body }) of `text`.
std::vector<EmJs> em_js_bodies(const std::string& file, const std::string& text) {
    std::vector<EmJs> out;
    for (size_t at = text.find("EM_JS("); at != std::string::npos; at = text.find("EM_JS(", at + 1)) {
        // The body is the first '{' inside EM_JS( ... ), and runs to its matching '}'.
        int parens = 0;
        size_t open = std::string::npos;
        for (size_t i = at + 5; i < text.size(); ++i) {
            if (text[i] == '(') ++parens;
            else if (text[i] == ')') --parens;
            else if (text[i] == '{' && parens == 1) { open = i; break; }
        }
        REQUIRE_MESSAGE(open != std::string::npos, file, ": EM_JS without a body");
        int depth = 0;
        size_t close = open;
        for (; close < text.size(); ++close) {
            if (text[close] == '{') ++depth;
            else if (text[close] == '}' && --depth == 0) break;
        }
        REQUIRE_MESSAGE(close < text.size(), file, ": EM_JS body not closed");
        const std::string body = std::regex_replace(text.substr(open + 1, close - open - 1), std::regex("\\s+"), " ");
        const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
        out.push_back({file, line, std::regex_replace(body, std::regex("^ | $"), "")});
    }
    return out;
}

const std::map<std::string, std::string> kPageObjects = {
    {"kpiGlue", "web/glue.js"}, {"kpiWeb", "web/web_backend.js"}, {"kpiPrint", "web/print.js"}, {"kpiShare", "web/share.js"}};

std::vector<std::string> platform_sources() {
    auto files = source_files::in_folder("src/platform", ".cpp");
    for (const auto& h : source_files::in_folder("src/platform", ".h")) files.push_back(h);
    return files;
}

} // namespace

TEST_CASE("every EM_JS body is one call into web/*.js, with data for arguments") {
    // One statement: (return) [guard &&] window.kpiX.name(arguments) — no function, arrow, block or
    // object literal, no second statement. The arguments are the C++ side's values as JS values
    // (UTF8ToString, HEAPU8.slice, !!flag); a string returned is copied into wasm memory (allocateUTF8).
    const std::regex thin(
        "(return )?(window\\.(kpi\\w+) && )?(allocateUTF8\\()?window\\.(kpi\\w+)\\.\\w+\\([^;{}]*\\)\\)?( \\? 1 : 0)?;?");
    const std::regex forbidden("=>|\\bfunction\\b|\\bdocument\\.|\\bnavigator\\.|\\bconsole\\.|\\blocation\\.|\\bsetTimeout\\b");
    int bodies = 0;
    for (const std::string& rel : platform_sources()) {
        for (const EmJs& js : em_js_bodies(rel, source_files::read(rel))) {
            ++bodies;
            std::smatch m;
            const bool one_call = std::regex_match(js.body, m, thin) && !std::regex_search(js.body, forbidden);
            CHECK_MESSAGE(one_call, js.file, ":", js.line, ": not one call into web/*.js (move the JS there): ", js.body);
            if (!one_call) continue;
            CHECK_MESSAGE(kPageObjects.count(m[5].str()), js.file, ":", js.line, ": window.", m[5].str(), " is no page object");
            if (m[3].matched) CHECK_MESSAGE(m[3].str() == m[5].str(), js.file, ":", js.line, ": guards another object");
        }
        const std::string text = source_files::read(rel);
        CHECK_MESSAGE(text.find("EM_ASM") == std::string::npos, rel, ": EM_ASM (use a one-line EM_JS into web/*.js)");
    }
    CHECK(bodies > 20);
    // The browser is src/platform's alone.
    for (const char* dir : {"src/core", "src/ui", "src/app", "src/tools"})
        for (const std::string& rel : source_files::in_folder(dir, "")) {
            const std::string text = source_files::read(rel);
            CHECK_MESSAGE(text.find("EM_JS(") == std::string::npos, rel, ": EM_JS outside src/platform");
            CHECK_MESSAGE(text.find("EM_ASM") == std::string::npos, rel, ": EM_ASM outside src/platform");
        }
}

TEST_CASE("every page-object name the C++ calls is set by its web file and kept by Closure") {
    const std::string externs = source_files::read("web/closure-externs.js");
    const std::regex call("window\\.(kpi\\w+)\\.(\\w+)\\(");
    int names = 0;
    for (const std::string& rel : platform_sources()) {
        const std::string text = source_files::read(rel);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it, ++names) {
            const std::string obj = (*it)[1].str(), name = (*it)[2].str();
            const auto home = kPageObjects.find(obj);
            REQUIRE_MESSAGE(home != kPageObjects.end(), rel, ": window.", obj, " is no page object");
            // The object literal `window.kpiX = { … };` of its file names it (name, or name(…) {).
            const std::string js = source_files::read(home->second);
            const size_t open = js.find("window." + obj + " = {");
            REQUIRE_MESSAGE(open != std::string::npos, home->second, ": sets no window.", obj);
            const size_t close = js.find("\n  };", open);
            REQUIRE(close != std::string::npos);
            const std::string literal = js.substr(open, close - open);
            CHECK_MESSAGE(std::regex_search(literal, std::regex("\\n    " + name + "(,|\\()")),
                          rel, ": ", obj, ".", name, " is not in ", home->second, "'s window.", obj);
            CHECK_MESSAGE(std::regex_search(externs, std::regex("\\n" + obj + "\\." + name + " = function")),
                          rel, ": ", obj, ".", name, " is not in web/closure-externs.js (Closure would rename it)");
        }
    }
    CHECK(names > 20);
}

TEST_CASE("each file's [SECTION] index lists its sections, in order (web/*.js, src/platform)") {
    std::vector<std::string> files = source_files::in_folder("web", ".js");
    for (const auto& f : platform_sources()) files.push_back(f);
    const std::regex index_line("^// \\[SECTION\\] (.+)$");
    const std::regex marker_line("^\\s*// --- \\[SECTION\\] (.+?) -+$");
    int sectioned = 0;
    for (const std::string& rel : files) {
        std::vector<std::string> index, markers;
        std::istringstream lines(source_files::read(rel));
        std::string line;
        std::smatch m;
        while (std::getline(lines, line)) {
            if (std::regex_match(line, m, index_line)) index.push_back(m[1].str());
            else if (std::regex_match(line, m, marker_line)) markers.push_back(m[1].str());
        }
        if (!markers.empty()) ++sectioned;
        std::string want, got;
        for (const auto& s : index) want += "  " + s + "\n";
        for (const auto& s : markers) got += "  " + s + "\n";
        CHECK_MESSAGE(index == markers, rel, ": the index at the top says\n", want, "the sections are\n", got);
    }
    CHECK(sectioned >= 5);
}
