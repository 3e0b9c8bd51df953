// The per-frame output of the views for assistive technology and tests: every interactive thing a
// view draws (and the text around it) is described once per frame with a role, a name in the
// current language, its state and where it was drawn. The browser layer mirrors this list as real
// DOM elements over the canvas (platform/web_backend.*), so Tab, Enter/Space, screen readers
// and the IME work on real elements; tests tap and tab the same list (kpiViewer.snapshot()).
//
// Input from those DOM elements (activation, focus, Escape, the text field's value) comes back as
// a FrameInput. A widget that records a node gets `true` back when its node was activated this
// frame, and treats that exactly like a tap.
// [SECTION] types
// [SECTION] the frame being drawn
// [SECTION] recording
#pragma once

#include <string>
#include <vector>

namespace ui {

// --- [SECTION] types -------------------------------------------------------------------------------
// Roles as the browser layer maps them (see web/web_backend.js): button, link (has an href),
// tab (in a tablist), toggle (a button with aria-pressed), textfield (a real <input>), heading,
// text, table (value holds the table's HTML), image (a chart; its name says what it shows).
enum class Role { Button, Link, Tab, Toggle, TextField, Heading, Text, Table, Image };
const char* role_name(Role r);
bool is_interactive(Role r);

// Node state flags.
constexpr unsigned kSemSelected = 1u << 0;   // tab: aria-selected; toggle: aria-pressed
constexpr unsigned kSemDisabled = 1u << 1;
constexpr unsigned kSemHasPopup = 1u << 2;   // opens a dialog (aria-haspopup="dialog")
constexpr unsigned kSemExpanded = 1u << 3;   // with kSemHasPopup: the dialog is open; with kSemExpandable: shown
constexpr unsigned kSemExpandable = 1u << 4; // shows or hides something below it (aria-expanded)

struct SemRect { float x = 0, y = 0, w = 0, h = 0; };

struct SemanticNode {
    std::string id;           // stable from frame to frame ("project:smart-city"); "" for text
    Role role = Role::Text;
    std::string name;         // accessible name in the current language
    std::string description;  // more about it (e.g. a project's KPI statuses)
    std::string group;        // arrow keys move within a group; the group's label
    std::string value;        // text field: its text; link: its href; table: its HTML
    std::string lang;         // the name's language when it differs from the page's ("" = the page's)
    std::string ruby;         // text or heading in easy Japanese: the name as HTML with its readings,
                              // <ruby>事業<rt aria-hidden="true">じぎょう</rt></ruby> (read once)
    int level = 0;            // heading level (a control with a level is a heading's only content)
    unsigned flags = 0;
    SemRect rect;             // where it was laid out, CSS px (may be off-screen)
    SemRect visible;          // the part on screen (w = h = 0 when none)
};

// What the browser layer reports for this frame.
struct FrameInput {
    std::string activated;    // a node activated by Enter/Space/click on its DOM twin
    std::string focused;      // the node whose DOM twin has focus ("" = none)
    bool bring_focus_into_view = false;   // focus moved lately: scroll the focused node into view
    bool escape = false;      // Escape pressed (not while composing text)
    float scroll_by = 0;      // keyboard scrolling of the content (arrows, PageUp/Down, Home/End), CSS px
    struct Text {             // the text field's DOM twin as last reported
        bool changed = false;             // reported since the last frame: apply it
        std::string id, value;             // value includes the composing text
        int caret = 0;                     // UTF-8 byte offsets into value
        int comp_begin = -1, comp_end = -1;   // composing (IME) range, or -1
    } text;
};

struct FrameOutput {
    std::vector<SemanticNode> nodes;   // in reading order = the order views drew them
    std::string dialog;                // a modal dialog is open: its name (nodes are only its own)
    std::string dialog_id;             // and the id that opens it (focus returns there)
    std::string lang;                  // <html lang>
    std::string title;                 // document.title: "<view> | <dataset title>"
    std::vector<std::string> announcements;   // status messages for the live region
    bool focus_pending = false;        // the focused node is not fully in view yet
    std::string focused;               // the node drawn with the focus ring ("" = none)
    std::string preedit;               // composing (IME) text drawn in the search field, if any
    std::string tooltip;               // the chart year whose tooltip is drawn ("chart:2:2022"), or ""
    // Where the reader is: "overview", "compare" or "project:ID". When it changes and the focused
    // twin went with the old page, the browser layer moves focus to `landing` (the new page's
    // heading, or the selected KPI's), or back to what opened the page this one returns to.
    std::string view;
    std::string landing;
    int main_start = -1;               // the first node of the content (the skip link's target)
    std::string skip_label;            // the skip link's name in the current language
    bool pointer_cursor = false;       // the mouse is over something that can be pressed (the canvas
                                       // shows the hand cursor, as ImGui's SetMouseCursor asked)
    int clipped_text = 0;              // texts drawn cut off at the left or right edge of their clip
                                       // rectangle or of the screen (nothing may be cut: must be 0)
    // A node by id, or nullptr.
    const SemanticNode* find(const std::string& id) const;
};

// --- [SECTION] the frame being drawn ------------------------------------------------------------------
// ShowApp opens one scope per frame; widgets record into it. Outside a scope recording does
// nothing and nothing is activated (views can run without a browser layer).
class FrameScope {
public:
    FrameScope(const FrameInput& in, FrameOutput& out);
    ~FrameScope();
    FrameScope(const FrameScope&) = delete;
    FrameScope& operator=(const FrameScope&) = delete;
};
const FrameInput& CurrentInput();
FrameOutput& CurrentOutput();   // only inside a scope

// --- [SECTION] recording ----------------------------------------------------------------------------
// Record the last ImGui item as an interactive node. Returns true when the node was activated from
// its DOM twin this frame. Also draws the focus ring and scrolls the item into view when focused.
bool Semantic(const std::string& id, Role role, const std::string& name, unsigned flags = 0,
              const std::string& group = {}, const std::string& value = {}, const std::string& description = {});
// Record the last ImGui item as reading content (text, heading, table, image).
void SemanticContent(Role role, const std::string& text, int level = 0, const std::string& value = {});
// Record the last ImGui item as a heading that focus can be moved to (a page's landing place).
void SemanticHeading(const std::string& id, const std::string& text, int level);
// The content starts with the next node recorded (the skip link's target).
void MarkMainStart();
// The control recorded last: its heading level, or the language of its name.
void SetLastNodeLevel(int level);
void SetLastNodeLang(const std::string& lang);
// The last node's text with its readings (marked text, core/ruby.h), for a text made at the call
// site (text_layout.h MarkedBlock); text and headings of the table's strings find theirs themselves.
void SetLastNodeRuby(const std::string& marked);
// A modal panel begins: nodes recorded so far are behind it (inert); `opener` gets focus back.
void BeginDialog(const std::string& name, const std::string& opener);
bool IsFocused(const std::string& id);
void Announce(const std::string& text);
// Report what was drawn (no-op outside a scope): the chart year whose tooltip is shown.
void ReportTooltip(const std::string& id);
// The focused node's ring, drawn over everything (call once, after all views).
void DrawFocusRing();
// Texts drawn so far this frame that are cut off sideways by their draw command's clip rectangle or
// the screen's edge: the glyphs that cross it (ImGui leaves out the glyphs wholly beyond a clip, so
// a cut line shows as one such glyph). Scrolled-off text (cut at the top or bottom) does not count.
int CountClippedText();

} // namespace ui
