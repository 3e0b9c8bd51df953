#include "ui/message.h"

namespace ui {

std::string Message::in(kpi::Lang lang) const {
    const std::string fmt = tr(text, lang);
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

} // namespace ui
