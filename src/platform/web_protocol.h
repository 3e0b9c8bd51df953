// The one protocol table between web/web_backend.js and the C++ side: every code that crosses
// the boundary is named here once. The JS reads the table at start-up (kpi_protocol() returns it
// as JSON), so neither side writes a bare number.
#pragma once

// Pointer event kinds and pointer types (kpi_pointer).
#define KPI_WEB_POINTER_KINDS(X) X(down, 0) X(move, 1) X(up, 2) X(cancel, 3) X(leave, 4)
#define KPI_WEB_POINTER_TYPES(X) X(mouse, 0) X(touch, 1) X(pen, 2)
// Events from the semantic DOM twins (kpi_semantic_event).
#define KPI_WEB_SEMANTIC_EVENTS(X) \
    X(activate, 0)   /* Enter/Space/click/assistive-technology action on a node's twin */ \
    X(focus, 1)      /* a node's twin got focus */                                         \
    X(blur, 2)       /* focus left the twins */                                            \
    X(escape, 3)     /* Escape (not while composing) */                                    \
    X(input_seen, 4) /* any key or pointer move: the kiosk's idle clock restarts */   \
    X(focus_quiet, 5) /* focus moved by the page itself (a dialog opened or closed): not input */
// Page preferences (kpi_set_preference).
#define KPI_WEB_PREFERENCES(X) X(reduced_motion, 0) X(high_contrast, 1) X(online, 2)

namespace platform::protocol {
#define KPI_ENUM_ENTRY(name, value) name = value,
enum class PointerKind { KPI_WEB_POINTER_KINDS(KPI_ENUM_ENTRY) };
enum class PointerType { KPI_WEB_POINTER_TYPES(KPI_ENUM_ENTRY) };
enum class SemanticEvent { KPI_WEB_SEMANTIC_EVENTS(KPI_ENUM_ENTRY) };
enum class Preference { KPI_WEB_PREFERENCES(KPI_ENUM_ENTRY) };
#undef KPI_ENUM_ENTRY
} // namespace platform::protocol
