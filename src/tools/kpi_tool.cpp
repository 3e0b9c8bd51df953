// kpi-tool: the data core without any UI.
//   kpi-tool validate FILE            exit 0 + one-line summary, or exit 1 + the error, or exit 1 +
//                                     every unknown field (JSON pointer, did-you-mean)
// Text from the file (and the file name) is never written raw to the terminal: control characters
// and escape sequences are shown as \x1b-style escapes, invalid UTF-8 bytes as \xHH.
//   kpi-tool csv FILE [--lang ja|easy|en]  CSV (UTF-8 with BOM) on stdout
//   kpi-tool import FILE [-o OUT.json] [--ids MAP.json] [--publisher NAME] [--title TEXT]
//                   [--as-of YYYY-MM-DD]
//                                     the report's text layout or the CSV above (UTF-8 or CP932)
//                                     -> kpi-report/1 JSON; exit 1 + "FILE:LINE: …" per problem
//   kpi-tool catalog DIR/NAME.json… [-o OUT.json]
//                                     validate each and print (or write) the site's catalog
//                                     (data/index.json; the catalog itself and *.schema.json in the
//                                     list are skipped); exit 1 + every invalid file's error, writing
//                                     nothing (-o replaces OUT.json only on success)
//   kpi-tool html FILE [--lang ja|easy|en] [--url LIVE_VIEWER_URL] [-o OUT.html]
//                                     the whole dataset as one standalone report page (core/document.h):
//                                     no script, no request; -o writes only on success
//   kpi-tool first-screen FILE --sha256 HEX --data NAME --default NAME -o DIR
//                                     the viewer's first screen as HTML (core/first_screen.h) for
//                                     each language and page: DIR/LANG/index.html (overview) and
//                                     DIR/LANG/PROJECT.html, stamped with the file's SHA-256
//   kpi-tool document-css             the report document's stylesheet (core/document.h: palette,
//                                     screen, A4 print), for a page that shows documents as fragments
//                                     (the viewer's print and no-WebGL page; its CSP allows no <style>)
//   kpi-tool --help                   usage on stdout, exit 0 (no arguments: usage on stderr, exit 2)
//   kpi-tool palette --css|--json     the viewer's colours (core/palette.h) as CSS custom properties
//                                     (--kpi-NAME) or as JSON {NAME: [r, g, b, a]}, for the site build
#include "core/catalog.h"
#include "core/csv.h"
#include "core/document.h"
#include "core/first_screen.h"
#include "core/import_report.h"
#include "core/load.h"
#include "core/load_hints.h"
#include "core/palette.h"
#include "core/utf8.h"
#include "core/view_url.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <ctime>
#include <fstream>
#include <iconv.h>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <unistd.h>

namespace {

// Dataset text as it may go to a terminal (one line, nothing a terminal would act on).
std::string shown(std::string_view s) { return kpi::utf8_printable(s); }

const char* const kUsage =
    "usage: kpi-tool validate FILE\n"
    "       kpi-tool csv FILE [--lang ja|easy|en]\n"
    "       kpi-tool import FILE [-o OUT.json] [--ids MAP.json] [--publisher NAME]\n"
    "                       [--title TEXT] [--as-of YYYY-MM-DD]\n"
    "       kpi-tool catalog FILE... [-o OUT.json]\n"
    "       kpi-tool html FILE [--lang ja|easy|en] [--url LIVE_VIEWER_URL] [-o OUT.html]\n"
    "       kpi-tool first-screen FILE --sha256 HEX --data NAME --default NAME -o DIR\n"
    "       kpi-tool palette --css|--json\n"
    "       kpi-tool document-css\n"
    "The dataset format and the importer's layouts: data/FORMAT.md\n";

int usage() {
    std::cerr << kUsage;
    return 2;
}

// Writes `text` to `path` through a temporary file renamed over it, so a failure never leaves
// an emptied or half-written file where a good one was (as a shell's `>` redirect would).
bool write_whole_file(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            std::remove(tmp.c_str());
            return false;
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

// The catalog of a site's datasets. Every file must validate (unknown fields included): a broken one
// fails the build with its located error instead of reaching citizens.
int catalog(int argc, char** argv) {
    std::vector<kpi::CatalogEntry> entries;
    std::string out_path;
    int bad = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string path = argv[i];
        if (path == "-o") {
            if (i + 1 >= argc) return usage();
            out_path = argv[++i];
            continue;
        }
        const size_t slash = path.find_last_of('/');
        std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
        // `kpi-tool catalog data/*.json` in a site's data folder also lists the catalog itself and
        // the format's schema: neither is a dataset.
        if (name == "index.json" || (name.size() > 12 && name.compare(name.size() - 12, 12, ".schema.json") == 0)) {
            std::cerr << shown(path) << ": skipped (not a dataset)\n";
            continue;
        }
        if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) name.resize(name.size() - 5);
        const kpi::LoadResult r = kpi::load_dataset_file(path);
        if (!kpi::is_dataset_name(name)) {
            std::cerr << shown(path) << ": invalid: the file name is not a dataset name (a-z, 0-9 and single hyphens, at most 64)\n";
            ++bad;
        } else if (!r.ok()) {
            std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
            ++bad;
        } else if (!r.warnings.empty()) {
            for (const auto& w : r.warnings) std::cerr << shown(path) << ": invalid: " << shown(w.describe()) << "\n";
            ++bad;
        } else {
            entries.push_back(kpi::catalog_entry(name, *r.dataset, kpi::report_pages_beside(path, name)));
        }
    }
    if (bad) return 1;
    const std::string json = kpi::catalog_json(std::move(entries));
    if (out_path.empty()) {
        std::cout << json;
        return std::cout.flush() ? 0 : 1;
    }
    if (!write_whole_file(out_path, json)) {
        std::cerr << shown(out_path) << ": cannot write: " << std::strerror(errno) << "\n";
        return 1;
    }
    return 0;
}

int validate(const std::string& path) {
    const kpi::LoadResult r = kpi::load_dataset_file(path);
    if (!r.ok()) {
        std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
        // What to change, in both languages (staff may be reading either).
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const kpi::Text hint = kpi::staff_hint(*r.error, bytes);
        for (kpi::Lang lang : kpi::kLangs)
            if (hint.by_lang.count(kpi::to_string(lang))) std::cerr << "  " << shown(hint.in(lang)) << "\n";
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

int csv(const std::string& path, kpi::Lang lang) {
    const kpi::LoadResult r = kpi::load_dataset_file(path);
    if (!r.ok()) {
        std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
        return 1;
    }
    std::string out = kpi::export_csv(*r.dataset, lang);
    // To a terminal (not a file or a pipe), the CSV is shown, not stored: nothing in it may act on
    // the terminal (the loader already refuses control characters; this keeps it so for any text).
    if (::isatty(STDOUT_FILENO)) {
        std::string shown_csv;
        for (size_t i = 0; i < out.size(); ++i)
            if (!(out[i] == '\r' && i + 1 < out.size() && out[i + 1] == '\n')) shown_csv += out[i];
        out = kpi::utf8_printable(shown_csv, std::string_view::npos, true);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// CP932 -> UTF-8 with glibc's iconv. Returns false (and the byte offset) on an invalid sequence.
bool cp932_to_utf8(const std::string& in, std::string& out, size_t& bad_offset) {
    iconv_t cd = iconv_open("UTF-8", "CP932");
    if (cd == reinterpret_cast<iconv_t>(-1)) { bad_offset = 0; return false; }
    out.assign(in.size() * 3 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    size_t src_left = in.size();
    char* dst = out.data();
    size_t dst_left = out.size();
    const size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    iconv_close(cd);
    if (r == static_cast<size_t>(-1)) { bad_offset = in.size() - src_left; return false; }
    out.resize(out.size() - dst_left);
    return true;
}

std::string today() {
    const std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
    return buf;
}

int import_cmd(const std::string& path, int argc, char** argv) {
    std::string out_path, ids_path;
    kpi::ImportOptions opt;
    for (int i = 3; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc) return usage();
        const std::string v = argv[++i];
        if (a == "-o") out_path = v;
        else if (a == "--ids") ids_path = v;
        else if (a == "--publisher") opt.publisher.by_lang["ja"] = v;
        else if (a == "--title") opt.title.by_lang["ja"] = v;
        else if (a == "--as-of") opt.as_of = v;
        else return usage();
    }
    const kpi::ImportOptions from_flags = opt;
    if (!ids_path.empty()) {
        std::string map;
        if (!read_file(ids_path, map)) {
            std::cerr << shown(ids_path) << ": cannot read: " << std::strerror(errno) << "\n";
            return 1;
        }
        if (std::string e = kpi::parse_import_map(map, opt); !e.empty()) {
            std::cerr << shown(ids_path) << ": " << shown(e) << "\n";
            return 1;
        }
        // Flags win over the map file.
        if (!from_flags.publisher.empty()) opt.publisher = from_flags.publisher;
        if (!from_flags.title.empty()) opt.title = from_flags.title;
        if (!from_flags.as_of.empty()) opt.as_of = from_flags.as_of;
    }
    if (opt.as_of.empty()) opt.as_of = today();
    std::string bytes;
    if (!read_file(path, bytes)) {
        std::cerr << shown(path) << ": cannot read: " << std::strerror(errno) << "\n";
        return 1;
    }
    std::string text;
    if (kpi::detect_text_encoding(bytes) == kpi::TextEncoding::Cp932) {
        size_t bad = 0;
        if (!cp932_to_utf8(bytes, text, bad)) {
            long line = 1;
            for (size_t i = 0; i < bad && i < bytes.size(); ++i) line += bytes[i] == '\n';
            std::cerr << shown(path) << ":" << line << ": expected UTF-8 or CP932 (Shift_JIS) text, found bytes that are neither\n";
            return 1;
        }
    } else {
        text = std::move(bytes);
    }
    const kpi::ImportResult r = kpi::import_report(text, opt);
    for (const auto& w : r.warnings) {
        kpi::ImportIssue labelled = w;
        labelled.message = "warning: " + w.message;
        std::cerr << shown(labelled.describe(path)) << "\n";
    }
    if (!r.ok()) {
        for (const auto& e : r.errors) std::cerr << shown(e.describe(path)) << "\n";
        // How to read the lines above, in both languages (staff may be reading either).
        const std::string n = std::to_string(r.errors.size());
        std::cerr << n << " problem" << (r.errors.size() == 1 ? "" : "s")
                  << "; nothing was written. Each line names the line of the file, what was expected there and what "
                     "was found; change the file and import it again.\n"
                  << "問題が" << n << "件あります。何も書き出していません。各行は「ファイル:行番号: expected（正しい書き方）, "
                     "found（見つかった内容）」です。ファイルを直して、もう一度取り込んでください。\n";
        return 1;
    }
    const std::string json = kpi::dataset_to_json(*r.dataset);
    if (out_path.empty()) {
        std::fwrite(json.data(), 1, json.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (!write_whole_file(out_path, json)) {
        std::cerr << shown(out_path) << ": cannot write: " << std::strerror(errno) << "\n";
        return 1;
    }
    return 0;
}

// The whole dataset as one standalone report page. With -o, the page goes to a temporary file
// beside OUT that is renamed over it only when everything was written.
int html_cmd(const std::string& path, int argc, char** argv) {
    kpi::ViewState view;
    kpi::DocumentOptions opt;
    std::string out_path;
    for (int i = 3; i < argc; i += 2) {
        const std::string a = argv[i];
        if (i + 1 >= argc) return usage();
        const std::string v = argv[i + 1];
        if (a == "--lang") {
            const auto lang = kpi::lang_from_string(v);
            if (!lang) return usage();
            view.lang = *lang;
            view.era = kpi::default_era(*lang);
        } else if (a == "--url") {
            if (!kpi::usable_live_url(v)) {
                std::cerr << shown(v) << ": not a usable address (http:// or https://, or a relative one; no spaces or quotes)\n";
                return 2;
            }
            opt.live_url = v;
        } else if (a == "-o") {
            out_path = v;
        } else {
            return usage();
        }
    }
    const kpi::LoadResult r = kpi::load_dataset_file(path);
    if (!r.ok()) {
        std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
        return 1;
    }
    const std::string page = kpi::render_document(*r.dataset, view, opt);
    if (out_path.empty()) {
        std::fwrite(page.data(), 1, page.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (!write_whole_file(out_path, page)) {
        std::cerr << shown(out_path) << ": cannot write: " << std::strerror(errno) << "\n";
        return 1;
    }
    return 0;
}

// The first screens of one dataset (see core/first_screen.h): every language, the overview and
// each project's page. Project ids are checked to be plain file names before one is written.
int first_screen_cmd(const std::string& path, int argc, char** argv) {
    kpi::FirstScreenOptions opt;
    std::string out_dir;
    for (int i = 3; i < argc; i += 2) {
        const std::string a = argv[i];
        if (i + 1 >= argc) return usage();
        const std::string v = argv[i + 1];
        if (a == "--sha256") opt.dataset_sha256 = v;
        else if (a == "--data") opt.data_name = v;
        else if (a == "--default") opt.default_data = v;
        else if (a == "-o") out_dir = v;
        else return usage();
    }
    const bool hex = opt.dataset_sha256.size() == 64 &&
                     opt.dataset_sha256.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (out_dir.empty() || !hex) {
        std::cerr << "first-screen: needs -o DIR and --sha256 with the file's 64 lowercase hex digits\n";
        return 2;
    }
    const kpi::LoadResult r = kpi::load_dataset_file(path);
    if (!r.ok()) {
        std::cerr << shown(path) << ": invalid: " << shown(r.error->describe()) << "\n";
        return 1;
    }
    auto plain_name = [](const std::string& id) {
        return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos;
    };
    for (kpi::Lang lang : kpi::kLangs) {
        const std::string dir = out_dir + "/" + kpi::to_string(lang);
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        kpi::ViewState view;
        view.lang = lang;
        view.era = kpi::default_era(lang);
        std::vector<std::pair<std::string, std::string>> pages = {{dir + "/index.html", ""}};
        for (const auto& prog : r.dataset->programs)
            for (const auto& p : prog.projects)
                if (plain_name(p.id)) pages.push_back({dir + "/" + p.id + ".html", p.id});
        for (const auto& [file, project] : pages) {
            view.project = project;
            if (!write_whole_file(file, kpi::render_first_screen(*r.dataset, view, opt))) {
                std::cerr << shown(file) << ": cannot write: " << std::strerror(errno) << "\n";
                return 1;
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
                      std::string(argv[1]) == "help")) {
        std::cout << kUsage;
        return 0;
    }
    if (argc == 2 && std::string(argv[1]) == "document-css") {
        std::cout << kpi::document_css();
        return std::cout.flush() ? 0 : 1;
    }
    if (argc < 3) return usage();
    const std::string cmd = argv[1], path = argv[2];
    if (cmd == "palette" && argc == 3 && (path == "--css" || path == "--json")) {
        std::cout << (path == "--css" ? kpi::palette_css() : kpi::palette_json());
        return std::cout.flush() ? 0 : 1;
    }
    if (cmd == "validate" && argc == 3) return validate(path);
    if (cmd == "csv") {
        std::optional<kpi::Lang> lang = kpi::Lang::Ja;
        if (argc == 5 && std::string(argv[3]) == "--lang") lang = kpi::lang_from_string(argv[4]);
        else if (argc != 3) return usage();
        if (!lang) return usage();
        return csv(path, *lang);
    }
    if (cmd == "import") return import_cmd(path, argc, argv);
    if (cmd == "catalog") return catalog(argc, argv);
    if (cmd == "html") return html_cmd(path, argc, argv);
    if (cmd == "first-screen") return first_screen_cmd(path, argc, argv);
    return usage();
}
