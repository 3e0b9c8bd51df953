// libFuzzer target for line breaking. Input: one byte of width (0-255, in quarter characters),
// then the text. Every character is 1 wide. Checks: the lines are in order, inside the text, only
// spaces and '\n' are left out between them, and each line fits the width (a kinsoku character
// may hang one past it; a line always holds at least one character).
// Seeds: tests/fuzz/seeds/line_break (texts from data/sapporo.json).
#include "core/line_break.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
float count_chars(std::string_view s) {
    float n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n += 1;
    return n;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const float width = data[0] / 4.0f;
    const std::string_view t(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto lines = kpi::break_lines(t, width, count_chars);
    if (lines.empty()) std::abort();
    size_t covered = 0;
    for (const auto& l : lines) {
        if (l.begin < covered || l.end < l.begin || l.end > t.size()) std::abort();
        for (size_t i = covered; i < l.begin; ++i)
            if (t[i] != ' ' && t[i] != '\n') std::abort();
        const float w = count_chars(t.substr(l.begin, l.end - l.begin));
        const float limit = (width < 1 ? 1.0f : width) + 1.0f;
        if (w > limit) std::abort();
        covered = l.end;
    }
    for (size_t i = covered; i < t.size(); ++i)
        if (t[i] != ' ' && t[i] != '\n') std::abort();
    return 0;
}
