// The catalog of the datasets a site publishes (data/index.json, written by `kpi-tool catalog` at
// `make site`): one entry per data/NAME.json, so the viewer can offer a dataset picker when a site
// hosts many municipalities (a prefecture: 179) without fetching every file.
//   {"format": "kpi-catalog/1", "datasets": [{"name": "sapporo", "publisher": {"ja": "札幌市", …},
//    "title": {…}, "as_of": "2026-11-29", "projects": 5, "kpis": 13,
//    "report": {"ja": "sapporo.html", "en": "sapporo.en.html"}}, …]}
// "report" (optional) lists the standalone report pages (`kpi-tool html`) published beside the
// dataset in data/, by language; their names always follow report_page_file(), so a catalog can
// never make the viewer link anywhere else. A reader ignores what it does not know.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

struct CatalogEntry {
    std::string name;          // data/NAME.json (a dataset name, see is_dataset_name)
    Text publisher;
    Text title;
    std::string as_of;
    int projects = 0;
    int kpis = 0;
    std::vector<Lang> report;  // languages with a report page data/report_page_file(name, lang)
};

// The report page of dataset `name` in `lang`, beside data/NAME.json: "NAME.html" (Japanese, the
// report's own language) or "NAME.en.html".
std::string report_page_file(std::string_view name, Lang lang);
// The languages whose report page exists next to the dataset file at `json_path` (for the catalog).
std::vector<Lang> report_pages_beside(const std::string& json_path, std::string_view name);

CatalogEntry catalog_entry(const std::string& name, const Dataset& d, std::vector<Lang> report = {});
// Entries sorted by name, as JSON.
std::string catalog_json(std::vector<CatalogEntry> entries);
// The viewer's reading of data/index.json: nullopt (and `error` set) when it is not a catalog.
std::optional<std::vector<CatalogEntry>> parse_catalog(std::string_view json, std::string* error = nullptr);
// Entries whose publisher or title contains every word of `query` (width- and kana-insensitive, as
// the project search); all of them for an empty query. The one-off form of CatalogSearch::find.
std::vector<const CatalogEntry*> search_catalog(const std::vector<CatalogEntry>& entries, std::string_view query);

// The picker's search over one catalog: each entry's normalised text made once, the last answer
// kept. An open picker over a national catalog (1,741 municipalities) then costs a frame nothing
// to search, and a keystroke one pass over short texts. Points at the entries, which must stay put
// (built_from tells whether it still describes a catalog).
class CatalogSearch {
public:
    explicit CatalogSearch(const std::vector<CatalogEntry>& entries);
    const std::vector<const CatalogEntry*>& find(std::string_view query) const;
    bool built_from(const std::vector<CatalogEntry>& entries) const {
        return entries.data() == first_ && entries.size() == haystacks_.size();
    }

private:
    const CatalogEntry* first_;            // entries.data() (the entries themselves, not the vector: AppState may move)
    std::vector<std::string> haystacks_;   // per entry: publisher and title normalised, and the name
    mutable std::string last_query_;
    mutable std::vector<const CatalogEntry*> last_;
    mutable bool searched_ = false;
};

} // namespace kpi
