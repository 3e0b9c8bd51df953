// Running kpi-tool as a user does, and files for it, shared by the CLI's tests
// (test_kpi_tool.cpp, test_import.cpp). Files live in one private directory per test run (mkdtemp),
// removed when the process exits, so parallel runs and other users of /tmp never see each other's.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/wait.h>

namespace tool_test {

struct Run {
    int exit_code;
    std::string output;  // stdout + stderr
};

inline Run run_tool(const std::string& args) {
    const std::string cmd = std::string(KPI_TOOL_PATH) + " " + args + " 2>&1";
    Run r{-1, {}};
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    const int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "kpi-tool-test-XXXXXX").string();
        if (mkdtemp(tmpl.data()) == nullptr) std::abort();
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

inline const std::filesystem::path& temp_dir() {
    static TempDir dir;
    return dir.path;
}

inline std::string temp_path(const std::string& name) { return (temp_dir() / name).string(); }

inline std::string temp_file(const std::string& name, const std::string& bytes) {
    const std::string path = temp_path(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

inline std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace tool_test
