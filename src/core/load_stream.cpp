// The streaming dataset loader: what load_dataset() runs (the viewer, kpi-tool, the importer's
// checks) whenever the fast path (load_fast.cpp) gives a file back, i.e. for every file with an
// error, and for a well-formed file that holds something the fast path is not sure of at the level
// of the root or a program. nlohmann's SAX parser reads the bytes once and the model is built as
// they go by, with no document tree of the whole file: at its peak a nationwide file (13 MB) needs
// the bytes, the model and one project's small tree, where a whole-document tree took several
// times the file.
//
// It answers exactly what the whole-document loader (load.cpp, load_dataset_dom) answers, the
// same model, the same first error and the same warnings, which tests/unit/test_load_stream.cpp
// and the fuzz target check on every input they have:
//   - every project (and any other value that is not the streamed structure) is copied out of
//     the stream as a small tree and read by the same schema readers (load_schema.h), so all the
//     checks and messages inside a project are the readers' own;
//   - the root object and each program are streamed: their other fields are kept as a small tree
//     and read when the object ends, so their errors come before those of the programs/projects
//     inside (the format's field order, whatever the file's), as the whole-document loader does;
//   - a syntax error anywhere wins over any schema error (the parse goes on to the end, building
//     nothing more once an error is known);
//   - a duplicate key keeps the last value (as nlohmann's own tree does): a second "programs" or
//     "projects" array takes back what the first one built, claimed ids included.
//
// [SECTION] Capture: one value copied out of the stream (or skipped)
// [SECTION] The handler: streamed levels (root, programs, program, projects)
// [SECTION] Public API (load_dataset, load_dataset_stream)

#include "load.h"
#include "load_fast.h"
#include "load_schema.h"

#include <utility>

namespace kpi {
namespace {

using namespace load_schema;
// nlohmann's own tree builder (what json::parse uses), so a captured value is exactly the tree
// the whole-document parse makes of it (duplicate keys included).
using TreeBuilder = nlohmann::detail::json_sax_dom_parser<json>;

//-----------------------------------------------------------------------------
// [SECTION] Capture: one value copied out of the stream (or skipped)
//-----------------------------------------------------------------------------

// Where a finished capture goes.
enum class Target {
    None,           // skipped: an error is already known for what holds it
    Root,           // the whole document (not an object)
    RootField,      // a field of the root object other than a streamed "programs" array
    ProgramItem,    // an item of "programs" that is not an object
    ProgramField,   // a field of a program other than a streamed "projects" array
    ProjectItem,    // an item of "projects"
};

class Capture {
public:
    bool active() const { return active_; }
    Target target() const { return target_; }
    const std::string& key() const { return key_; }
    json& value() { return value_; }

    void start(Target target, std::string key = {}) {
        active_ = true;
        target_ = target;
        key_ = std::move(key);
        depth_ = 0;
        value_ = json();
        if (target == Target::None) builder_.reset();
        else builder_.emplace(value_);
    }
    void stop() {
        active_ = false;
        builder_.reset();
    }

    // Forwards one event; true when the captured value is complete.
    template <class F>
    bool scalar(F&& f) {
        if (builder_) f(*builder_);
        return depth_ == 0;
    }
    template <class F>
    void open(F&& f) {
        if (builder_) f(*builder_);
        ++depth_;
    }
    template <class F>
    bool close(F&& f) {
        if (builder_) f(*builder_);
        return --depth_ == 0;
    }
    void key(json::string_t& k) {
        if (builder_) builder_->key(k);
    }

private:
    bool active_ = false;
    Target target_ = Target::None;
    std::string key_;
    int depth_ = 0;
    json value_;
    std::optional<TreeBuilder> builder_;
};

//-----------------------------------------------------------------------------
// [SECTION] The handler: streamed levels (root, programs, program, projects)
//-----------------------------------------------------------------------------

enum class Level { Root, Programs, Program, Projects };

class StreamLoader {
public:
    // --- nlohmann's SAX interface ---
    bool null() { return scalar([](TreeBuilder& b) { b.null(); }); }
    bool boolean(bool v) { return scalar([v](TreeBuilder& b) { b.boolean(v); }); }
    bool number_integer(json::number_integer_t v) { return scalar([v](TreeBuilder& b) { b.number_integer(v); }); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar([v](TreeBuilder& b) { b.number_unsigned(v); }); }
    bool number_float(json::number_float_t v, const json::string_t& s) {
        return scalar([v, &s](TreeBuilder& b) { b.number_float(v, s); });
    }
    bool string(json::string_t& v) { return scalar([&v](TreeBuilder& b) { b.string(v); }); }
    bool binary(json::binary_t&) { return true; }   // (never in JSON text)
    bool start_object(std::size_t n) { return open(true, [n](TreeBuilder& b) { b.start_object(n); }); }
    bool start_array(std::size_t n) { return open(false, [n](TreeBuilder& b) { b.start_array(n); }); }
    bool end_object() { return close([](TreeBuilder& b) { b.end_object(); }); }
    bool end_array() { return close([](TreeBuilder& b) { b.end_array(); }); }
    bool key(json::string_t& k) {
        if (capture_.active()) capture_.key(k);
        else pending_key_ = k;
        return true;
    }
    bool parse_error(std::size_t pos, const std::string& last_token, const json::exception& ex) {
        syntax_.emplace();
        syntax_->parse_error(pos, last_token, ex);
        return false;
    }

    // The outcome, once the parser has returned.
    LoadResult result(std::string_view body, size_t bom) {
        if (syntax_) return failure(syntax_error(body, bom, *syntax_));
        LoadResult r;
        try {
            if (root_captured_) {
                r.dataset = read_dataset(Cursor(root_value_, "", &r.warnings));   // (fails: not an object)
                return r;
            }
            Cursor root(root_buf_, "", &r.warnings);
            read_dataset_head(root, ds_);
            read_programs_field(root, programs_count_);
            if (programs_error_) return failure(std::move(*programs_error_));
            r.warnings.insert(r.warnings.end(), std::make_move_iterator(programs_warnings_.begin()),
                              std::make_move_iterator(programs_warnings_.end()));
            r.dataset = std::move(ds_);
            return r;
        } catch (Invalid& invalid) {
            return failure(std::move(invalid.error));
        }
    }

private:
    template <class F>
    bool scalar(F&& f) {
        if (!capture_.active()) begin_value(false, false);
        if (capture_.scalar(f)) deliver();
        return true;
    }
    template <class F>
    bool open(bool object, F&& f) {
        if (!capture_.active() && begin_value(true, object)) return true;   // a streamed level
        capture_.open(f);
        return true;
    }
    template <class F>
    bool close(F&& f) {
        if (capture_.active()) {
            if (capture_.close(f)) deliver();
            return true;
        }
        const Level done = levels_.back();
        levels_.pop_back();
        if (done == Level::Program) finish_program();
        return true;
    }

    // A value starts outside any capture: push a streamed level (true) or start a capture.
    bool begin_value(bool container, bool object) {
        if (levels_.empty()) {   // the document itself
            if (object) {
                levels_.push_back(Level::Root);
                root_buf_ = json::object();
                return true;
            }
            capture_.start(Target::Root);
            return false;
        }
        switch (levels_.back()) {
        case Level::Root:
            if (pending_key_ == "programs") {
                reset_programs();
                if (container && !object) {
                    root_buf_[pending_key_] = json::array();   // (the place of the key; the items are streamed)
                    levels_.push_back(Level::Programs);
                    return true;
                }
            }
            capture_.start(Target::RootField, pending_key_);
            return false;
        case Level::Programs: {
            const size_t index = programs_count_++;
            if (programs_error_) {
                capture_.start(Target::None);
                return false;
            }
            program_pointer_ = "/programs/" + std::to_string(index);
            if (object) {
                start_program();
                levels_.push_back(Level::Program);
                return true;
            }
            capture_.start(Target::ProgramItem);
            return false;
        }
        case Level::Program:
            if (pending_key_ == "projects") {
                reset_projects();
                if (container && !object) {
                    program_buf_[pending_key_] = json::array();
                    levels_.push_back(Level::Projects);
                    return true;
                }
            }
            capture_.start(Target::ProgramField, pending_key_);
            return false;
        case Level::Projects: {
            const size_t index = projects_count_++;
            project_pointer_ = program_pointer_ + "/projects/" + std::to_string(index);
            capture_.start(projects_error_ ? Target::None : Target::ProjectItem);
            return false;
        }
        }
        return false;
    }

    // A captured value is complete: read it where it belongs.
    void deliver() {
        json& value = capture_.value();
        switch (capture_.target()) {
        case Target::None: break;
        case Target::Root:
            root_value_ = std::move(value);
            root_captured_ = true;
            break;
        case Target::RootField: root_buf_[capture_.key()] = std::move(value); break;
        case Target::ProgramField: program_buf_[capture_.key()] = std::move(value); break;
        case Target::ProgramItem:
            try {
                std::vector<LoadWarning> warnings;
                ds_.programs.push_back(read_program(Cursor(value, program_pointer_, &warnings), unique_));
                programs_warnings_.insert(programs_warnings_.end(), warnings.begin(), warnings.end());
            } catch (Invalid& invalid) {
                programs_error_ = std::move(invalid.error);
            }
            break;
        case Target::ProjectItem:
            try {
                projects_.push_back(read_project(Cursor(value, project_pointer_, &projects_warnings_), unique_));
            } catch (Invalid& invalid) {
                projects_error_ = std::move(invalid.error);
            }
            break;
        }
        capture_.stop();
    }

    // "programs" (again): what an earlier "programs" value built no longer counts.
    void reset_programs() {
        ds_.programs.clear();
        unique_ = Uniqueness{};
        programs_warnings_.clear();
        programs_error_.reset();
        programs_count_ = 0;
    }

    void start_program() {
        program_buf_ = json::object();
        start_program_projects();
    }

    // "projects" (again, in the same program): take back the projects of an earlier value and the
    // ids they claimed.
    void reset_projects() {
        unique_.project_ids.forget(projects_journal_);
        start_program_projects();
    }
    void start_program_projects() {
        projects_journal_.clear();
        projects_.clear();
        projects_warnings_.clear();
        projects_error_.reset();
        projects_count_ = 0;
        unique_.project_ids.set_journal(&projects_journal_);
    }

    // A streamed program's end: its own fields first (they come before its projects in the
    // format's order), then what its projects gave.
    void finish_program() {
        unique_.project_ids.set_journal(nullptr);
        try {
            std::vector<LoadWarning> warnings;
            Cursor c(program_buf_, program_pointer_, &warnings);
            Program p;
            read_program_head(c, unique_, p);
            read_projects_field(c);
            if (projects_error_) throw Invalid{std::move(*projects_error_)};
            p.projects = std::move(projects_);
            ds_.programs.push_back(std::move(p));
            for (auto* from : {&warnings, &projects_warnings_})
                programs_warnings_.insert(programs_warnings_.end(), std::make_move_iterator(from->begin()),
                                          std::make_move_iterator(from->end()));
        } catch (Invalid& invalid) {
            programs_error_ = std::move(invalid.error);
        }
        program_buf_ = json();
        projects_ = {};
        projects_warnings_.clear();
        projects_error_.reset();
    }

    std::vector<Level> levels_;
    Capture capture_;
    std::string pending_key_;         // the key of the value about to start (in a streamed object)
    std::optional<ErrorLocator> syntax_;

    // The document when it is not an object (only to report that, as the readers do).
    json root_value_;
    bool root_captured_ = false;

    // The root object: its fields other than "programs", read when it ends.
    json root_buf_;
    Dataset ds_;                      // the programs read so far (the rest is filled at the end)
    Uniqueness unique_;
    size_t programs_count_ = 0;
    std::vector<LoadWarning> programs_warnings_;
    std::optional<LoadError> programs_error_;   // the first error among the programs

    // The program being streamed: its fields other than "projects", and its projects so far.
    std::string program_pointer_;
    json program_buf_;
    std::vector<Project> projects_;
    std::vector<std::string> projects_journal_;   // project ids claimed by this "projects" value
    std::vector<LoadWarning> projects_warnings_;
    std::optional<LoadError> projects_error_;
    size_t projects_count_ = 0;
    std::string project_pointer_;
};

LoadResult load_stream_unguarded(std::string_view bytes) {
    std::string_view body;
    size_t bom = 0;
    if (auto e = precheck(bytes, body, bom)) return failure(std::move(*e));
    StreamLoader loader;
    json::sax_parse(body.data(), body.data() + body.size(), &loader);
    return loader.result(body, bom);
}

// The fast path (load_fast.cpp) first: it answers for a well-formed file, or gives it back. It
// accepts only bytes that pass the pre-checks (it checks them as it reads: one pass, not two), so
// they run only when it gives the file back.
LoadResult load_unguarded(std::string_view bytes) {
    if (bytes.size() <= kMaxDatasetBytes)
        if (std::optional<LoadResult> fast = load_fast::read(bytes.substr(bom_length(bytes)))) return std::move(*fast);
    return load_stream_unguarded(bytes);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public API (load_dataset, load_dataset_stream)
//-----------------------------------------------------------------------------

LoadResult load_dataset(std::string_view bytes) { return load_schema::guarded(load_unguarded, bytes); }

LoadResult load_dataset_stream(std::string_view bytes) { return load_schema::guarded(load_stream_unguarded, bytes); }

} // namespace kpi
