// The in-memory model of one KPI report (dataset format "kpi-report/1", see data/FORMAT.md).
// Plain structs, no behaviour beyond small lookups. A value the report shows as "—" is an empty
// std::optional, never 0: "no target set" and "zero achieved" are different facts.
#pragma once

#include "lang.h"

#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpi {

// The one format this model reads and writes (the "format" field of every dataset file).
constexpr const char* kFormatId = "kpi-report/1";

// Language code -> text, in the order of the codes (as a std::map would keep them), held in one
// small array: a nationwide dataset has ~150,000 texts of one or two languages, and a tree node
// per language took more memory than most of the texts it held. The part of std::map's interface
// the code uses.
class LangTexts {
public:
    using value_type = std::pair<std::string, std::string>;
    using iterator = std::vector<value_type>::iterator;
    using const_iterator = std::vector<value_type>::const_iterator;

    LangTexts() = default;
    LangTexts(std::initializer_list<value_type> items) { assign(items); }
    LangTexts& operator=(std::initializer_list<value_type> items) {
        items_.clear();
        assign(items);
        return *this;
    }

    iterator begin() { return items_.begin(); }
    iterator end() { return items_.end(); }
    const_iterator begin() const { return items_.begin(); }
    const_iterator end() const { return items_.end(); }
    bool empty() const { return items_.empty(); }
    size_t size() const { return items_.size(); }

    const_iterator find(std::string_view lang) const {
        const auto it = lower_bound(lang);
        return it != items_.end() && it->first == lang ? it : items_.end();
    }
    iterator find(std::string_view lang) {
        const auto it = lower_bound(lang);
        return it != items_.end() && it->first == lang ? items_.begin() + (it - items_.cbegin()) : items_.end();
    }
    size_t count(std::string_view lang) const { return find(lang) != items_.end() ? 1 : 0; }
    // Adds `text` for `lang` unless that language has one already (as std::map::emplace).
    std::pair<iterator, bool> emplace(std::string lang, std::string text) {
        const auto at = items_.begin() + (lower_bound(lang) - items_.cbegin());
        if (at != items_.end() && at->first == lang) return {at, false};
        return {items_.emplace(at, std::move(lang), std::move(text)), true};
    }
    std::string& operator[](std::string_view lang) { return emplace(std::string(lang), std::string()).first->second; }
    bool operator==(const LangTexts& o) const { return items_ == o.items_; }
    bool operator!=(const LangTexts& o) const { return items_ != o.items_; }

private:
    const_iterator lower_bound(std::string_view lang) const {
        const_iterator it = items_.begin();
        while (it != items_.end() && std::string_view(it->first) < lang) ++it;   // (one or two items)
        return it;
    }
    void assign(std::initializer_list<value_type> items) {
        for (const value_type& v : items) (*this)[v.first] = v.second;
    }
    std::vector<value_type> items_;
};

// A user-visible text in several languages: language code -> text. "ja" is always present
// in a loaded dataset; other languages are optional and fall back to "ja".
struct Text {
    LangTexts by_lang;

    // The text in `lang` (a key such as "en", "ja-easy"), or the Japanese text when it is missing.
    const std::string& in(std::string_view lang) const;
    const std::string& in(Lang lang) const { return in(text_key(lang)); }
    bool empty() const { return by_lang.empty(); }
};

enum class Application { Single, Joint };   // 単独申請 / 道と共同申請 (joint with a partner)
enum class Direction { Increase, Decrease }; // which way is better for a KPI

struct YearValue {
    int fy = 0;                    // Western start year of the fiscal year (令和1年度 = 2019)
    std::optional<double> plan;    // 計画
    std::optional<double> actual;  // 実績
};

struct Kpi {
    int no = 0;                    // KPI①, ②… as numbered in the report, unique within a project
    Text name;
    Text unit;
    int decimals = 0;              // digits after the decimal point when displayed
    Direction direction = Direction::Increase;
    std::optional<double> baseline_plan;    // 当初値 row of the plan
    std::optional<double> baseline_actual;  // 当初値 row of the actual
    bool has_baseline = true;               // false: the report's table had no 当初値 column
                                            // (the JSON has no "baseline" field)
    std::vector<YearValue> years;  // ascending by fy, no duplicates
    std::vector<Text> notes;
};

struct Project {
    std::string id;                // URL-safe slug, stable across releases
    Text name;
    Application application = Application::Single;
    std::vector<Text> partners;    // who a joint application was made with
    Text summary;
    Text kpi_scope;                // optional heading qualifier for the KPI table (may be empty)
    std::vector<Text> notes;
    std::vector<Kpi> kpis;
};

struct Program {
    std::string id;
    int adopted_fy = 0;            // fiscal year the grant was adopted
    Text name;                     // grant name, e.g. 地方創生推進交付金
    Text funding;                  // e.g. 1/2国費 (may be empty)
    Text period;                   // e.g. R1年度から3年間実施 (may be empty)
    std::vector<Text> notes;
    std::vector<Project> projects; // may be empty (a year with no newly adopted projects)
};

struct Source {
    Text title;
    std::string url;               // may be empty
};

struct Dataset {
    std::string format;            // kFormatId
    Text title;
    Text publisher;
    Source source;
    std::string as_of;             // YYYY-MM-DD
    std::vector<Text> notes;
    std::vector<Program> programs;

    // Lookups by id; nullptr when absent.
    const Project* find_project(std::string_view id) const;
    const Program* program_of(std::string_view project_id) const;
    size_t kpi_count() const;
    size_t project_count() const;
    // Every text of the report, in document order (titles, names, notes, units…).
    void visit_texts(const std::function<void(const Text&)>& fn) const;
    // Texts without `lang` (they are shown in Japanese): English is optional in the format.
    size_t texts_missing(Lang lang) const;
};

const char* to_string(Application a);   // "single" / "joint"

} // namespace kpi
