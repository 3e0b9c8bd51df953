// Spacing, sizes and type sizes have names (ui/theme.h's metrics, or a named constexpr at the top of
// a view's file or function for one drawing's own geometry): no view writes a bare pixel number
// such as `12 * s`, `VSpace(8)`, `ImVec2(18 * s, 16 * s)` or a heading's `1.2f`. A literal that
// creeps back into src/ui/*.cpp fails here with its file and line.
#include "source_files.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

namespace {

// The patterns of a layout number written in place, each with what to use instead.
struct Rule { const char* what; std::regex re; };
const std::vector<Rule>& rules() {
    static const std::vector<Rule> r = {
        // 12 * s, 28.0f * Scale(), (wide ? 260.0f : 220.0f) * Scale()
        {"a pixel number times the UI scale (use a theme:: metric or a named constexpr)",
         std::regex(R"((\b\d+(\.\d*)?f?|\.\d+f?)\s*\)?\s*\*\s*(s\b|Scale\(\)|ui_scale\b|scale\b))")},
        {"VSpace of a number (use VSpace(theme::kGap...))", std::regex(R"(\bVSpace\(\s*[-\d.])")},
        {"SameLine with a number for its spacing (use a theme:: metric times the scale)",   // (0 is fine)
         std::regex(R"(\bSameLine\(\s*[^,()]*,\s*-?(\d*[1-9][\d.]*|\d+\.\d*[1-9]\d*)f?\s*\))")},
        // Heading(text, 1.2f, …), PushFont(nullptr, FontSizeBase * 1.1f), … * (wide ? 1.3f : 0.85f)
        {"a font size multiplier (use a theme::kType... constant)",
         std::regex(R"(\bHeading\(.*,\s*\d+\.\d+f?\s*[,)]|FontSizeBase\s*\*.*\b\d+\.\d+f?)")},
    };
    return r;
}


// "FILE:LINE: TEXT (what)" for every line of `text` that breaks a rule (comments left out).
std::vector<std::string> violations(const std::string& file, const std::string& text) {
    return source_files::line_faults(file, text, [](const std::string& line) -> std::string {
        const std::string code = line.substr(0, line.find("//"));
        for (const Rule& r : rules())
            if (std::regex_search(code, r.re)) {
                const size_t b = code.find_first_not_of(' ');
                return code.substr(b == std::string::npos ? 0 : b) + "   <- " + r.what;
            }
        return "";
    });
}

} // namespace

TEST_CASE("the rules catch a bare layout number and let named metrics through") {
    for (const char* bad : {"const float h = 8 * s;", "ImVec2(18 * s, 16 * s)", "x + 28.0f * Scale()", "VSpace(8);",
                            "ShowKpiChart(app, k, (wide ? 260.0f : 220.0f) * Scale());", "ImGui::SameLine(0, 6);",
                            "ImGui::SameLine(0, 12 * s);", "Heading(tr(Str::Filters, lang), 1.3f, theme::kAccent);",
                            "Heading(buf, 1.2f);", "ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);",
                            "ImGui::GetStyle().FontSizeBase * (wide ? 1.3f : 0.85f)", "ImGui::SameLine(0, 0.5f);"})
        CHECK_MESSAGE(violations("x.cpp", bad).size() == 1, bad);
    for (const char* good : {"const float h = theme::kTopBarHeight * s;", "VSpace(theme::kGapM);", "ImGui::SameLine();",
                             "ImGui::SameLine(0, 0);", "ImGui::SameLine(0, theme::kChipGap * Scale());",
                             "Heading(hdr, theme::kTypeLead, theme::kText, 2);", "x + 2 * theme::kControlPaddingX * s",
                             "const float rule_y = o.y - kRowGap * s * 0.5f;", "VSpace(ImGui::GetFontSize() / s);",
                             "(wide ? theme::kChartHeightWide : theme::kChartHeight) * Scale()",
                             "    constexpr float kBarHeight = 22;   // 22 * s px", "const float bar_w = std::min(group_w * kBarShare, kBarMaxWidth * s);"})
        CHECK_MESSAGE(violations("x.cpp", good).empty(), good);
}

TEST_CASE("no bare pixel number or font multiplier in the views (src/ui/*.cpp): theme.h names them") {
    const std::vector<std::string> files = source_files::in_folder("src/ui", ".cpp");
    REQUIRE(files.size() > 10);
    std::string report;
    for (const std::string& f : files)
        for (const std::string& v : violations(f, source_files::read(f))) report += "  " + v + "\n";
    CHECK_MESSAGE(report.empty(), "layout numbers written in place:\n", report);
}
