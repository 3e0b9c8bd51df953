// CSV export of a dataset (or the part of it a filter keeps): UTF-8 with a BOM so that Excel in
// Japan opens it correctly, CRLF line ends, RFC 4180 quoting, one row per KPI x period
// (the baseline, then each fiscal year), empty cells for missing values.
#pragma once

#include "model.h"

#include <functional>
#include <string>
#include <string_view>

namespace kpi {

// Quote one field when it holds a comma, quote, CR or LF (or leading/trailing space).
std::string csv_field(std::string_view s);

// A text cell from the dataset, safe from spreadsheet formula injection (OWASP "CSV injection"):
// text beginning with =, +, -, @, TAB or CR gets a leading ' so Excel/LibreOffice/Sheets show
// it as text instead of evaluating it ("=HYPERLINK(…)" stays visible as "'=HYPERLINK(…)").
// export_csv applies it to every text column (grant, project id and name, KPI name, unit);
// numeric columns (years, KPI no, plan, actual, achievement) are written as plain numbers, so
// a negative value stays -5, a number. Quoting (csv_field) comes after this.
std::string csv_text(std::string_view s);

// keep_project: nullptr = every project.
std::string export_csv(const Dataset& d, Lang lang,
                       const std::function<bool(const Project&)>& keep_project = nullptr);

} // namespace kpi
