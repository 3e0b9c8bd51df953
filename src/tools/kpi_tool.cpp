// kpi-tool: the data core without any UI.
//   kpi-tool validate FILE            exit 0 + one-line summary, or exit 1 + the error, or exit 1 +
//                                     every unknown field (JSON pointer, did-you-mean)
// Text from the file (and the file name) is never written raw to the terminal: control characters
// and escape sequences are shown as \x1b-style escapes, invalid UTF-8 bytes as \xHH.
//   kpi-tool csv FILE [--lang ja|en]  CSV (UTF-8 with BOM) on stdout
#include "core/csv.h"
#include "core/load.h"
#include "core/utf8.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace {

// Dataset text as it may go to a terminal (one line, nothing a terminal would act on).
std::string shown(std::string_view s) { return kpi::utf8_printable(s); }

int usage() {
    std::cerr << "usage: kpi-tool validate FILE\n"
                 "       kpi-tool csv FILE [--lang ja|en]\n";
    return 2;
}

int validate(const std::string& path) {
    const kpi::LoadResult r = kpi::load_dataset_file(path);
    if (!r.ok()) {
        std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
        return 1;
    }
    if (!r.warnings.empty()) {
        // The viewer ignores unknown fields; a file being checked for publication must not have any
        // (they are usually typos: "partner" for "partners").
        for (const auto& w : r.warnings)
            std::cerr << shown(path) << ": invalid: " << shown(w.describe()) << "\n";
        std::cerr << shown(path) << ": " << r.warnings.size() << " unknown field"
                  << (r.warnings.size() == 1 ? "" : "s") << " (see data/FORMAT.md for the fields)\n";
        return 1;
    }
    const kpi::Dataset& d = *r.dataset;
    std::cout << shown(path) << ": ok: " << d.format << ", " << d.programs.size() << " programs, "
              << d.project_count() << " projects, " << d.kpi_count() << " KPIs, as of " << d.as_of
              << " (" << shown(d.publisher.in("ja")) << ")\n";
    return 0;
}

int csv(const std::string& path, const std::string& lang) {
    const kpi::LoadResult r = kpi::load_dataset_file(path);
    if (!r.ok()) {
        std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
        return 1;
    }
    const std::string out = kpi::export_csv(*r.dataset, lang);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    const std::string cmd = argv[1], path = argv[2];
    if (cmd == "validate" && argc == 3) return validate(path);
    if (cmd == "csv") {
        std::string lang = "ja";
        if (argc == 5 && std::string(argv[3]) == "--lang") lang = argv[4];
        else if (argc != 3) return usage();
        if (lang != "ja" && lang != "en") return usage();
        return csv(path, lang);
    }
    return usage();
}
