#include "ui/message.h"

namespace ui {

namespace {
std::string fill(const std::string& fmt, const std::vector<std::string>& args) {
    std::string out;
    size_t next = 0;
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] == '%' && i + 1 < fmt.size() && fmt[i + 1] == 's') {
            if (next < args.size()) out += args[next++];
            ++i;
        } else {
            out += fmt[i];
        }
    }
    return out;
}
} // namespace

std::string Message::in(kpi::Lang lang) const { return fill(tr(text, lang), args); }
std::string Message::marked(kpi::Lang lang) const { return fill(tr_marked(text, lang), args); }

} // namespace ui
