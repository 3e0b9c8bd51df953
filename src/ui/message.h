// A message for the reader kept as what happened — a strings-table entry and its arguments — not
// as text, so that it follows a language switch (notices, load errors, "data updated", copy
// feedback). Arguments are facts (a file name, an id, the loader's located error) shown as given.
#pragma once

#include "ui/strings.h"

#include <string>
#include <vector>

namespace ui {

struct Message {
    Str text = Str::Verbatim;          // a format with one %s per argument
    std::vector<std::string> args;

    Message() = default;
    Message(Str t, std::vector<std::string> a = {}) : text(t), args(std::move(a)) {}
    static Message verbatim(std::string s) { return Message(Str::Verbatim, {std::move(s)}); }

    bool empty() const { return text == Str::Verbatim && (args.empty() || args[0].empty()); }
    void clear() { *this = Message(); }
    std::string in(kpi::Lang lang) const;   // the text in `lang`
    // The same with easy Japanese's readings in the format (tr_marked), for what draws them
    // (text_layout.h MarkedBlock); the arguments stay as given.
    std::string marked(kpi::Lang lang) const;
    bool operator==(const Message& o) const { return text == o.text && args == o.args; }
    bool operator!=(const Message& o) const { return !(*this == o); }
};

} // namespace ui
