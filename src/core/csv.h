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

// keep_project: nullptr = every project.
std::string export_csv(const Dataset& d, std::string_view lang,
                       const std::function<bool(const Project&)>& keep_project = nullptr);

} // namespace kpi
