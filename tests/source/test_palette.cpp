// One palette (core/palette.h): kpi-tool prints it for the page's CSS and the site's images, and no
// colour is written anywhere else — not in web/style.css or web/print.css, not in scripts/make-images.py, not as an
// IM_COL32 literal in the viewer's sources, not in the browser layer (src/platform, web/*.js: the C++
// passes the palette's colours to the page's scripts). A copy that creeps back in fails here.
#include "core/palette.h"
#include "source_files.h"
#include "../unit/tool_runner.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using tool_test::run_tool;

namespace {


// "LINE: TEXT" of every match of `re` in `text`.
std::vector<std::string> matches(const std::string& text, const std::regex& re) {
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
        const auto line = 1 + std::count(text.begin(), text.begin() + it->position(), '\n');
        out.push_back(std::to_string(line) + ": " + it->str());
    }
    return out;
}

} // namespace

TEST_CASE("palette: every colour has a unique CSS name; kpi-tool prints all of them as CSS and JSON") {
    std::set<std::string> names;
    const std::regex ident("[a-z]+(-[a-z]+)*");
    for (const kpi::Swatch& s : kpi::kPalette) {
        CHECK_MESSAGE(std::regex_match(s.name, ident), s.name);
        CHECK_MESSAGE(names.insert(s.name).second, "repeated name ", s.name);
    }
    CHECK(kpi::css_hex(kpi::swatch(kpi::Colour::Accent)) == "#1f4e79");
    CHECK(kpi::css_hex(kpi::swatch(kpi::Colour::OnBarBadge)) == "#ffffff28");

    const tool_test::Run css = run_tool("palette --css");
    REQUIRE(css.exit_code == 0);
    for (const kpi::Swatch& s : kpi::kPalette)
        CHECK_MESSAGE(css.output.find(std::string("  --kpi-") + s.name + ": " + kpi::css_hex(s) + ";\n") != std::string::npos, s.name);

    const tool_test::Run js = run_tool("palette --json");
    REQUIRE(js.exit_code == 0);
    const auto j = nlohmann::json::parse(js.output);
    REQUIRE(j.size() == kpi::kPaletteSize);
    for (const kpi::Swatch& s : kpi::kPalette)
        CHECK_MESSAGE(j.at(s.name) == nlohmann::json({s.r, s.g, s.b, s.a}), s.name);

    CHECK(run_tool("palette").exit_code == 2);
    CHECK(run_tool("palette --html").exit_code == 2);
}

TEST_CASE("no colour is written outside the palette: web/style.css and scripts/make-images.py use its names") {
    // CSS: in declarations (not in selectors such as #fatal), no hex colour, colour function or named colour.
    const std::string css = source_files::read("web/style.css");
    std::string declarations;   // the text inside { }, one block after another (the file has no nesting)
    for (size_t open = css.find('{'); open != std::string::npos; open = css.find('{', open + 1)) {
        const size_t close = css.find('}', open);
        REQUIRE(close != std::string::npos);
        declarations += css.substr(open, close - open + 1) + "\n";
    }
    const std::regex css_colour(
        "#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|"
        "(:|\\s)(white|black|red|green|blue|gray|grey|silver|navy|orange|yellow|purple)(?![-\\w])",
        std::regex::icase);
    CHECK_MESSAGE(matches(declarations, css_colour).empty(), "web/style.css: colour literals (use var(--kpi-NAME)):\n",
                  [&] { std::string s; for (auto& m : matches(declarations, css_colour)) s += "  " + m + "\n"; return s; }());
    // Every var(--kpi-…) names a palette colour (an unknown one silently falls back).
    std::set<std::string> names;
    for (const kpi::Swatch& s : kpi::kPalette) names.insert(s.name);
    const std::regex var("var\\(--kpi-([a-z-]+)\\)");
    int vars = 0;
    for (auto it = std::sregex_iterator(css.begin(), css.end(), var); it != std::sregex_iterator(); ++it, ++vars)
        CHECK_MESSAGE(names.count((*it)[1].str()), "web/style.css: no palette colour --kpi-", (*it)[1].str());
    CHECK(vars > 10);
    // The print container's CSS (the site's document.css = the document's palette-named rules + this).
    const std::string print_css = source_files::read("web/print.css");
    CHECK_MESSAGE(matches(print_css, css_colour).empty(), "web/print.css: colour literals");
    for (auto it = std::sregex_iterator(print_css.begin(), print_css.end(), var); it != std::sregex_iterator(); ++it)
        CHECK_MESSAGE(names.count((*it)[1].str()), "web/print.css: no palette colour --kpi-", (*it)[1].str());

    // The image script: no hex literal or "#rrggbb", and every colour it asks for exists.
    const std::string py = source_files::read("scripts/make-images.py");
    const std::regex py_colour("\\b0x[0-9a-fA-F]{1,2}\\b|#[0-9a-fA-F]{6}\\b|\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\)");
    CHECK_MESSAGE(matches(py, py_colour).empty(), "scripts/make-images.py: colour literals (use colour(\"NAME\")):\n",
                  [&] { std::string s; for (auto& m : matches(py, py_colour)) s += "  " + m + "\n"; return s; }());
    const std::regex asked("colour\\(\"([a-z-]+)\"\\)");
    for (auto it = std::sregex_iterator(py.begin(), py.end(), asked); it != std::sregex_iterator(); ++it)
        CHECK_MESSAGE(names.count((*it)[1].str()), "scripts/make-images.py: no palette colour ", (*it)[1].str());
}

TEST_CASE("the page's theme-color and the web app manifest's colours are palette names too") {
    std::set<std::string> names;
    for (const kpi::Swatch& s : kpi::kPalette) names.insert(s.name);
    const std::regex hex("#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b");
    const std::regex placeholder("__KPI_COLOUR_([A-Z_]+?)__");
    for (const std::string rel : {"web/index.html", "web/manifest.webmanifest"}) {
        const std::string text = source_files::read(rel);
        const auto found = matches(text, hex);
        CHECK_MESSAGE(found.empty(), rel, ": colour literal ", found.empty() ? "" : found.front(), " (use __KPI_COLOUR_NAME__)");
        int n = 0;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it, ++n) {
            std::string name = (*it)[1].str();
            for (char& c : name) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            CHECK_MESSAGE(names.count(name), rel, ": no palette colour ", name);
        }
        CHECK(n > 0);
    }
}

TEST_CASE("no IM_COL32 colour literal in the viewer's sources: theme.h names the palette's colours") {
    const std::regex literal("IM_COL32\\(\\s*(0x[0-9a-fA-F]+|\\d+)\\s*,");
    for (const char* dir : {"src/ui", "src/app", "src/core", "src/platform"}) {
        for (const std::string& rel : source_files::in_folder(dir, "")) {
            const auto found = matches(source_files::read(rel), literal);
            CHECK_MESSAGE(found.empty(), rel, ": ", found.empty() ? "" : found.front());
        }
    }
}

TEST_CASE("no colour is written in the browser layer: src/platform and web/*.js take the palette's") {
    // A hex colour ("#1f4e79"), a CSS colour function or a quoted named colour. What the page's
    // scripts paint with comes from core/palette.h as arguments (the chart PNG's caption:
    // platform/web_share.cpp -> web/share.js), or from style.css's var(--kpi-NAME).
    const std::regex colour(
        "#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|"
        "[\"'`](white|black|red|green|blue|gray|grey|silver|navy|orange|yellow|purple)[\"'`]",
        std::regex::icase);
    std::vector<std::string> files = source_files::in_folder("src/platform", "");
    for (const std::string& rel : source_files::in_folder("web", ".js")) files.push_back(rel);
    CHECK(files.size() > 15);
    for (const std::string& rel : files) {
        const auto found = matches(source_files::read(rel), colour);
        std::string list;
        for (const auto& f : found) list += "  " + rel + ":" + f + "\n";
        CHECK_MESSAGE(found.empty(), rel, ": colour literals (pass the palette's colour from C++, core/palette.h):\n", list);
    }
}
