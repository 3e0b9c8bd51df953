// For the tests that read the project's own sources (no colour, layout number or text written in
// place): a file's text by its path from the repository root, and the files of one folder.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace source_files {

inline std::string read(const std::string& rel) {
    std::ifstream in(std::string(KPI_SOURCE_DIR) + "/" + rel, std::ios::binary);
    REQUIRE_MESSAGE(in, rel);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// "DIR/NAME" of every file in DIR (from the repository root) with extension `ext` ("" = all), sorted.
inline std::vector<std::string> in_folder(const std::string& dir, const std::string& ext) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(std::string(KPI_SOURCE_DIR) + "/" + dir))
        if (ext.empty() || e.path().extension() == ext) out.push_back(dir + "/" + e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// "FILE:LINE: WHAT" for every line of `text` in which `fault` finds something ("" = nothing).
inline std::vector<std::string> line_faults(const std::string& file, const std::string& text,
                                            const std::function<std::string(const std::string& line)>& fault) {
    std::vector<std::string> out;
    std::istringstream lines(text);
    std::string line;
    for (int no = 1; std::getline(lines, line); ++no) {
        const std::string what = fault(line);
        if (!what.empty()) out.push_back(file + ":" + std::to_string(no) + ": " + what);
    }
    return out;
}

} // namespace source_files
