// The loader's schema layer, shared by the streaming loader (load_stream.cpp: what the viewer and
// kpi-tool run) and the whole-document loader it is checked against (load.cpp, load_dataset_dom):
// a Cursor over an nlohmann value that knows its JSON pointer, the readers that turn values into
// the model or throw Invalid, and the pre-checks and syntax-error mapping both loaders use.
// Internal to src/core (and the tests); everything here lives in kpi::load_schema.
#pragma once

#include "load.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {
namespace load_schema {

// The document as nlohmann's ordered_json: an object is a vector of members rather than a
// std::map, which for a nationwide file (13 MB) takes a third less memory at the loader's peak
// and parses faster; members also stay in file order (warnings follow the file).
using json = nlohmann::ordered_json;

// Thrown by the schema readers, caught only in load_dataset().
struct Invalid {
    LoadError error;
};

[[noreturn]] void fail_at(const std::string& pointer, std::string message);
// "string \"abc\"", "number 2019.5", "null", "object"… for "expected X, got Y".
std::string describe_value(const json& v);
// One reference token of a JSON pointer (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string pointer_token(std::string_view key);
// The known field a mistyped key most likely meant, or "".
std::string closest_field(const std::string& key, std::initializer_list<const char*> known);

// A JSON value and the pointer that leads to it. Children are reached through it so that every
// error names the exact place. The pointer is spelled out only when it is needed (an error, a
// warning, a first-seen id): a nationwide file has half a million values, and making every
// pointer string took more time than parsing. A child refers to its parent, which must outlive
// it (they are always locals and parameters of the readers below).
class Cursor {
public:
    Cursor(const json& value, std::string root_pointer, std::vector<LoadWarning>* warnings)
        : value_(&value), root_(std::move(root_pointer)), warnings_(warnings) {}

    const json& value() const { return *value_; }
    std::string pointer() const {
        if (!parent_) return root_;
        return parent_->pointer() + "/" + (key_ ? pointer_token(*key_) : std::to_string(index_));
    }

    [[noreturn]] void fail(std::string message) const { fail_at(pointer(), std::move(message)); }
    [[noreturn]] void expected(const std::string& what) const {
        fail("expected " + what + ", got " + describe_value(*value_));
    }

    const json::object_t& object(const std::string& what = "an object") const {
        if (!value_->is_object()) expected(what);
        return value_->get_ref<const json::object_t&>();
    }
    const json::array_t& array(const std::string& what = "an array") const {
        if (!value_->is_array()) expected(what);
        return value_->get_ref<const json::array_t&>();
    }

    // The member `key` of this object; it must be present (null is allowed through).
    Cursor required(const char* key) const {
        const json::object_t& obj = object();
        auto it = obj.find(key);
        if (it == obj.end()) fail(std::string("missing required field \"") + key + "\"");
        return child(it->first, it->second);
    }
    // The member `key` of this object, or nothing when it is absent or null.
    std::optional<Cursor> optional(const char* key) const {
        const json::object_t& obj = object();
        auto it = obj.find(key);
        if (it == obj.end() || it->second.is_null()) return std::nullopt;
        return child(it->first, it->second);
    }
    Cursor child(const std::string& key, const json& value) const { return Cursor(value, this, &key, 0); }
    Cursor item(size_t index) const { return Cursor((*value_)[index], this, nullptr, index); }
    size_t size() const { return array().size(); }

    // Records a warning for every member of this object that is not one of `known` (the
    // format's fields here), with the closest known name when one is near.
    void known_fields(std::initializer_list<const char*> known) const {
        if (!warnings_) return;
        for (const auto& member : object()) {
            const std::string& key = member.first;
            bool ok = false;
            for (const char* k : known) ok = ok || key == k;
            if (ok) continue;
            LoadWarning w;
            w.pointer = pointer() + "/" + pointer_token(key);
            w.field = key;
            w.suggestion = closest_field(key, known);
            warnings_->push_back(std::move(w));
        }
    }

private:
    Cursor(const json& value, const Cursor* parent, const std::string* key, size_t index)
        : value_(&value), warnings_(parent->warnings_), parent_(parent), key_(key), index_(index) {}

    const json* value_;
    std::string root_;                        // the root's pointer ("" for the document)
    std::vector<LoadWarning>* warnings_;
    const Cursor* parent_ = nullptr;          // null for the root
    const std::string* key_ = nullptr;        // this value's key in its parent object, or
    size_t index_ = 0;                        // its index in its parent array
};

// Remembers where each key (an id, a KPI number, …) was first seen, to point at duplicates.
class FirstSeen {
public:
    explicit FirstSeen(const char* what) : what_(what) {}
    void claim(const std::string& key, const std::string& shown, const Cursor& at) {
        auto [it, inserted] = first_.emplace(key, at.pointer());
        if (!inserted)
            at.fail("duplicate " + what_ + " " + shown + " (first used at " + it->second + ")");
        if (journal_) journal_->push_back(key);
    }
    // The streaming loader takes back what one array claimed when a duplicate key replaces it
    // (JSON duplicate keys: the last value counts): claims made while a journal is set are noted there.
    void set_journal(std::vector<std::string>* journal) { journal_ = journal; }
    void forget(const std::vector<std::string>& keys) {
        for (const std::string& k : keys) first_.erase(k);
    }

private:
    std::string what_;
    std::map<std::string, std::string> first_;
    std::vector<std::string>* journal_ = nullptr;
};

// Ids that must be unique across the whole dataset.
struct Uniqueness {
    FirstSeen program_ids{"program id"};
    FirstSeen project_ids{"project id"};
};

// A SAX handler that builds nothing and only remembers where the parser gave up. Used on the
// failure path to locate errors that nlohmann reports without a position (number overflow).
struct ErrorLocator {
    size_t position = 0;    // bytes read when the parser gave up, the bad character included
    size_t token_size = 0;  // length of the token being read then
    int id = 0;             // nlohmann's error id (406 = number overflow)
    std::string what;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t&) { return true; }
    bool string(json::string_t&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(json::string_t&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t pos, const std::string& last_token, const json::exception& ex) {
        position = pos;
        token_size = last_token.size();
        id = ex.id;
        what = ex.what();
        return false;
    }
};

// The length of a UTF-8 byte order mark at the start of `bytes` (3), or 0.
size_t bom_length(std::string_view bytes);
// Pre-checks on the raw bytes (empty, size, BOM, UTF-8, NUL, nesting); on success `body` is the
// input without its BOM and `bom` the BOM's length.
std::optional<LoadError> precheck(std::string_view bytes, std::string_view& body, size_t& bom);
// The syntax error the parser gave up with (see ErrorLocator), located in the original file.
LoadError syntax_error(std::string_view body, size_t bom, const ErrorLocator& locator);

// Value checks of the readers below as functions of plain values, shared with the fast path
// (load_fast.cpp), which reads projects without a tree but must accept exactly what they accept.
constexpr int kMinFiscalYear = 1900;
constexpr int kMaxFiscalYear = 2200;
// A number the format takes: finite, |x| <= 1e15 (read_number).
bool number_in_range(double d);
// An integer-valued number in [lo, hi] (read_int; 2019.0 counts as 2019).
bool int_in_range(double d, int lo, int hi);
// The string's length in code points when it is over kMaxTextChars, else 0 (read_string).
size_t chars_over_text_limit(std::string_view s);
// A key of a text object: "ja", "en", "zh-TW", "ja-easy"… (read_text).
bool is_language_key(std::string_view k);
// The first control character of s ("\x1b"), or "" (read_text; '\n' is allowed when multiline).
std::string control_character(std::string_view s, bool multiline);
// The enum values of "application" and "direction" (read_enum's tables); false for other names.
bool application_named(std::string_view s, Application& out);
bool direction_named(std::string_view s, Direction& out);

// Readers (each throws Invalid with the pointer of the first problem, in the format's field order).
// The dataset's fields before "programs" (format, title, publisher, source, as_of, notes), with the
// root's own unknown-field warnings.
void read_dataset_head(const Cursor& root, Dataset& ds);
// "programs" is a non-empty array (`count` items): the checks read_dataset makes before the items.
Cursor read_programs_field(const Cursor& root, size_t count);
// A program's fields before "projects" (id, adopted_fy, name, funding, period, notes).
void read_program_head(const Cursor& c, Uniqueness& unique, Program& p);
// "projects" is an array: the check read_program makes before the items.
Cursor read_projects_field(const Cursor& program);
Project read_project(const Cursor& c, Uniqueness& unique);
Program read_program(const Cursor& c, Uniqueness& unique);
Dataset read_dataset(const Cursor& root);

LoadError plain_error(std::string message);
LoadResult failure(LoadError e);
// Runs a loader so that nothing escapes: out of memory and anything unexpected become a LoadError.
LoadResult guarded(LoadResult (*unguarded)(std::string_view), std::string_view bytes);

} // namespace load_schema
} // namespace kpi
