// The one AppState: what is loaded (the model, at the top), what the user looks at (view: the
// link), what the UI remembers (ui), what one frame is given and produces (frame), measurements (perf).
// Owned by src/app/main.cpp; views are functions of it plus input (no hidden statics).
#pragma once

#include "core/catalog.h"
#include "core/chart_layout.h"
#include "core/load.h"
#include "core/model.h"
#include "core/query.h"
#include "core/view_state.h"
#include "ui/lazy_list.h"
#include "ui/message.h"
#include "ui/semantics.h"   // SemRect
#include "ui/status_terms.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

enum class LoadPhase { Loading, Ready, Failed };

// The kind of page (AppState::mode).
enum class PageMode { Normal, Embed, Kiosk, Publish };

struct AppState {
    // Data
    std::string default_data;                  // the site's own dataset (index.html meta kpi-dataset)
    std::string data_name;                     // ?data=NAME -> data/NAME.json (default_data if absent)
    LoadPhase phase = LoadPhase::Loading;
    std::optional<kpi::Dataset> dataset;       // what is shown; kept when a reload fails
    int dataset_version = 0;                   // +1 whenever another dataset is taken
    int dataset_request = 0;                   // +1 per fetch of the dataset: only the newest is applied
    std::vector<kpi::LoadWarning> data_warnings;   // fields of the file the viewer does not know (ignored)
    ui::Message data_error;                    // what went wrong, where (JSON pointer); empty if nothing
    kpi::Text data_error_hint;                 // what to change (core/load_hints.h), ja and en
    bool retry_requested = false;

    // Shows `d` from the next frame: bumps dataset_version and drops the old filter index.
    void take_dataset(kpi::Dataset d);
    // Filtering's index of `dataset` (built on first use after each take_dataset), and what the
    // current filters leave of it (remembered while the filters stay the same).
    const kpi::FilterIndex& filter_index() const;
    const kpi::FilterResult& filtered() const { return filter_index().evaluate(view.filters); }
    // The picker's search over `catalog`, made when first asked (the picker opens) and again when
    // another catalog arrived.
    const kpi::CatalogSearch& catalog_search() const;

    // View (round-trips through the URL once share links exist)
    kpi::ViewState view;

    // Short messages about a link that could not be followed exactly (bad values, a project that
    // no longer exists); shown in a dismissible bar.
    std::vector<ui::Message> notices;

    // What kind of page this is, from the link (see core/view_url.h), fixed for the page's life:
    //   Normal   the citizen's viewer;          Embed    ?embed=1: one chart, no app chrome;
    //   Kiosk    ?kiosk=1: touch only, tours;  Publish  ?publish=1: staff preview their report.
    // One mode, never two at once; the questions below are what the views and the loop ask it.
    PageMode mode = PageMode::Normal;
    bool is(PageMode m) const { return mode == m; }
    bool writes_url() const { return mode == PageMode::Normal; }       // the address bar follows the view
    bool loads_catalog() const { return mode == PageMode::Normal; }    // the dataset picker may be offered
    bool offers_share() const { return mode == PageMode::Normal; }     // Share (link, QR, downloads)
    bool offers_publish_link() const { return mode == PageMode::Normal; }
    bool has_text_fields() const { return mode != PageMode::Kiosk; }  // a kiosk has no keyboard

    // The site's datasets (data/index.json); with more than one, the viewer offers a picker.
    std::vector<kpi::CatalogEntry> catalog;

    // Publish mode (?publish=1): staff open their report (text layout, CSV or JSON) and preview it
    // in the real viewer before saving it as data/NAME.json. Nothing leaves the computer.
    struct Publish {
        std::string publisher;                 // typed by staff: the report body does not name it
        std::string file_name;                 // the file being previewed or rejected ("" = none yet)
        std::string encoding;                  // how the page decoded it: "utf-8" or "shift_jis"
        std::string source;                    // its text (UTF-8), imported again when `publisher` changes
        std::string as_of;                     // データ時点 (YYYY-MM-DD), typed by staff; today at start
        std::string imported_with;             // the publisher + as_of the current result was made with
        std::vector<std::string> problems;     // "FILE:LINE: what was expected, what was found"
        std::vector<std::string> warnings;
        kpi::Text hint;                        // what to change in a JSON file that did not load
        std::string json;                      // the dataset as kpi-report/1, ready to save
        std::string save_name;                 // NAME.json
        bool importing = false;                // the importer module is at work on `source`
        int import_seq = 0;                    // which import an answer belongs to (the last one wins)
    } publish;

    // Kiosk (?kiosk=1): the attract loop lives in src/app (core/kiosk.h); views see its state.
    struct Kiosk {
        bool paused = false;
        double seconds_to_reset = -1;          // counting down to the reset: seconds left; else -1
        long steps = 0;                        // steps the loop has taken (tests, soak)
    } kiosk;

    // Network and data freshness (service worker, web/glue.js).
    bool offline = false;
    bool reduced_motion = false;               // prefers-reduced-motion: no flings, no self-starting tour
    bool high_contrast = false;                // forced-colors / prefers-contrast: more (drawn black on white)
    ui::Message data_updated_note;             // "データを更新しました（…時点）" after a newer file arrived

    // Requests from views to the browser. Views never call the platform; src/app carries them out
    // after the frame (app/requests.cpp) and resets them.
    struct Requests {
        bool copy_link = false;
        bool copy_embed = false;               // copy `embed_code` (the share panel's <iframe> snippet)
        bool web_share = false;
        bool download_csv = false;
        bool save_chart_png = false;
        bool save_chart_svg = false;           // the selected chart as an SVG file (app/printing.cpp)
        bool print = false;                    // the share panel's Print: the browser's print dialog
        bool open_full_view = false;           // embed: open the full viewer in a new tab
        bool kiosk_toggle_pause = false;       // the kiosk's pause/resume control
        bool kiosk_continue = false;           // "touch to continue" pressed with a key
        bool pick_file = false;                // publish: open the browser's file picker
        bool save_dataset = false;             // publish: download publish.json as publish.save_name
        bool open_publish = false;             // the footer link to publish mode
        std::string open_dataset;              // the picker: go to ?data=NAME
        std::string open_page;                 // a page of the site (the footer's text version)
    };
    using Rect = ui::SemRect;                  // a rectangle in CSS px (the one rectangle type of the UI)

    bool can_web_share = false;                // navigator.share exists (phones)
    // Fonts (owned by the ImGui atlas; the full one becomes io.FontDefault when it arrives)
    bool fonts_complete = false;               // the full JIS font arrived (or failed): loading is over

    // What the UI remembers between frames: panels, scroll requests, measured lists. Never in the link.
    struct Ui {
        bool filter_sheet_open = false;        // phones: the filter panel as a full-screen sheet
        bool share_open = false;
        bool lang_open = false;                // the language control's choice of three
        bool picker_open = false;              // the dataset picker (with more than one dataset)
        std::string picker_query;
        ui::Message share_feedback;            // "リンクをコピーしました" … shown for a moment
        double share_feedback_until_ms = 0;
        // Project page: the selected KPI is held at the top while the layout settles (cards sizing
        // themselves, text reflowing when a font arrives), until the reader moves the page.
        bool keep_kpi_in_view = false;
        bool reset_scroll = false;             // navigation: start the new page at the top
        // Escape closed the tooltip of this focused chart year (until focus moves); "-": Escape with
        // nothing focused, which closes a pinned tooltip (for this frame).
        std::string tooltip_closed_for;
        // The explanation opened from a status badge or legend item: the badge's semantic id and its
        // term; explain_id "" = none open.
        std::string explain_id;
        ui::Term explain_term = ui::Term::Met;
        float scale = 1.0f;                    // kiosk/large-type multiplier on the base font size
        // Measured heights of the long lists' items (ui/lazy_list.h): only what is near the screen is drawn.
        struct Lists {
            ui::ListHeights glance, overview, compare, picker;
        } lists;
        // The compare view's figures over every KPI, worked out again only when what they depend on
        // changes: the years per dataset, the axis per dataset, filters, year and track width.
        struct CompareFigures {
            int years_of_version = -1;
            std::vector<int> years;   // every fiscal year of any KPI, ascending
            int default_fy = 0;       // the latest year in which any KPI has both a plan and an actual
            std::string axis_key;
            kpi::CompareAxis axis;
        } compare_figures;
    } ui;

    // What one frame is given and produces besides its picture (reset or set each frame).
    struct Frame {
        double now_ms = 0;                     // time of this frame
        std::string share_url;                 // absolute link of the current view
        Requests requests;                     // what the views asked of the browser
        std::string embed_code;                // <iframe> of the selected chart (share panel; "" = none)
        Rect selected_chart;                   // where the selected KPI's chart was drawn (CSS px)
    } frame;

    // Measurements for kpiViewer.snapshot() and make bench.
    struct Perf {
        long frames_rendered = 0;
        long frames_painted = 0;               // of those, the frames that drew on the GPU (a picture like the last one is not)
        double first_data_frame_ms = -1;
        // The last dataset: when its bytes reached the viewer, and how long reading them into the
        // model took (make bench prints where a large file's first frame goes).
        double data_arrived_ms = -1;
        double data_read_ms = -1;
        // Main-thread time (ms) and start of the last kKeptFrames frames, in a ring: once it is
        // full, the oldest is at frame_next (the *_oldest_first() copies put them in order).
        static constexpr size_t kKeptFrames = 600;
        std::vector<float> frame_ms;
        std::vector<double> frame_start_ms;
        size_t frame_next = 0;
        double last_frame_end_ms = 0;          // when the last frame's work ended
        void record_frame(double start_ms, double end_ms);
        std::vector<float> frame_ms_oldest_first() const;
        std::vector<double> frame_start_ms_oldest_first() const;
        std::vector<std::string> last_png_caption;   // the lines around the last saved chart picture
    } perf;

private:
    mutable std::unique_ptr<kpi::FilterIndex> filter_index_;
    mutable std::unique_ptr<kpi::CatalogSearch> catalog_search_;
};
