// The one UTF-8 routine of the project. Strict, as in Unicode Table 3-7 ("well-formed UTF-8 byte
// sequences"): overlong forms, encoded UTF-16 surrogates (U+D800..U+DFFF), code points above
// U+10FFFF, stray continuation bytes and truncated sequences are all invalid. Nothing here reads
// past the end of its input or throws.
//
// Used by the dataset loader (load.cpp), the link decoder (view_url.cpp), line breaking
// (line_break.cpp), search normalisation (text_normalize.cpp) and kpi-tool's terminal output.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kpi {

constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Length in bytes of the well-formed sequence starting at s[i] (1-4), or 0 when there is none;
// then *why (if given) says what is wrong in a few English words. i < s.size() is required.
size_t utf8_sequence_length(std::string_view s, size_t i, const char** why = nullptr);

// Decodes the code point at s[i] and advances i past it. For an ill-formed sequence returns
// kInvalidCodePoint and advances i by exactly one byte (so a loop resynchronises on the next).
char32_t utf8_decode(std::string_view s, size_t& i);

// Appends the UTF-8 form of cp (a Unicode scalar value; anything else is written as U+FFFD).
void utf8_encode(char32_t cp, std::string& out);

// Is the whole of s well-formed UTF-8?
bool utf8_valid(std::string_view s);
// Byte offset of the first ill-formed sequence, or std::string_view::npos when s is valid.
size_t utf8_first_invalid(std::string_view s, const char** why = nullptr);

// Number of code points (each ill-formed byte counts as one).
size_t utf8_length(std::string_view s);

// The largest byte count <= max_bytes that does not cut a well-formed sequence of s in two.
size_t utf8_floor(std::string_view s, size_t max_bytes);

// Text for a message shown to a person (a notice, a terminal line): valid UTF-8 whatever s is.
// Ill-formed bytes become \xHH, control characters (C0, DEL and C1, which terminals act on, such
// as ESC = \x1b) become \xHH / \u0085-style escapes; with keep_newlines, '\n' and '\t' stay as they
// are. At most max_chars code points of s are kept; a longer text is cut at a code-point boundary
// and ends with "…".
std::string utf8_printable(std::string_view s, size_t max_chars = std::string_view::npos,
                           bool keep_newlines = false);

} // namespace kpi
