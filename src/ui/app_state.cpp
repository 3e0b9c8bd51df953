#include "ui/app_state.h"

#include <stdexcept>

void AppState::take_dataset(kpi::Dataset d) {
    filter_index_.reset();   // it points into the dataset being replaced
    dataset = std::move(d);
    ++dataset_version;
}

const kpi::FilterIndex& AppState::filter_index() const {
    if (!dataset) throw std::logic_error("filter_index: no dataset");
    // (Also when this AppState was moved: the index points at the dataset it was built from.)
    if (!filter_index_ || filter_index_->dataset() != &*dataset) filter_index_ = std::make_unique<kpi::FilterIndex>(*dataset);
    return *filter_index_;
}
