// The words a reader may not know, and how they explain themselves: the four statuses (達成,
// 未達成, 実績なし, 目標なし), the achievement rate and the compare view's 「期間外」. Badges that
// open their explanation and the legend that lists them. (The "short of plan" phrase is core's
// kpi::shortfall_text, format.h: the document says it too.)
#pragma once

#include "core/achievement.h"
#include "core/lang.h"

#include <string>

struct AppState;

namespace ui {

// A term with an explanation. The first four are kpi::Status in its order (term_of).
enum class Term { Met, NotMet, NoActual, NoTarget, Achievement, OutOfPeriod };

constexpr Term term_of(kpi::Status s) { return static_cast<Term>(static_cast<int>(s)); }
constexpr bool is_status(Term t) { return static_cast<int>(t) <= static_cast<int>(Term::NoTarget); }

const char* status_label(kpi::Status s, kpi::Lang lang);
const char* term_label(Term term, kpi::Lang lang);
const char* term_explanation(Term term, kpi::Lang lang);

// A small coloured status tag with its word ("達成"); never colour alone.
void StatusBadge(kpi::Status s, kpi::Lang lang);
float StatusBadgeWidth(kpi::Status s, kpi::Lang lang);
// A status badge or the achievement-rate / 期間外 tag that explains itself: a tap, Enter or Space
// opens (or closes) its short explanation, which TermExplanation() draws where the caller puts it.
// `id` is its semantic id; ids of one place share a prefix (`scope`). `context` (a KPI's title)
// goes in front of its name; `group`: arrow keys move among its badges.
void TermBadge(AppState& app, Term term, const std::string& id, const std::string& context = {}, const std::string& group = {});
// The open explanation, if it was opened from a badge whose id starts with `scope`.
void TermExplanation(AppState& app, const std::string& scope);
// The four status badges and the achievement-rate tag in a wrapping row, each a TermBadge with id
// scope + "met" / "not-met" / "no-actual" / "no-target" / "achievement"; then the open explanation.
// With `out_of_period`, also 「期間外」 (scope + "out-of-period").
void StatusLegend(AppState& app, const std::string& scope, bool out_of_period = false);

} // namespace ui
