#include "ui/app_state.h"

#include <algorithm>
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

const kpi::CatalogSearch& AppState::catalog_search() const {
    if (!catalog_search_ || !catalog_search_->built_from(catalog)) catalog_search_ = std::make_unique<kpi::CatalogSearch>(catalog);
    return *catalog_search_;
}

void AppState::Perf::record_frame(double start_ms, double end_ms) {
    last_frame_end_ms = end_ms;
    const float ms = static_cast<float>(end_ms - start_ms);
    if (frame_ms.size() < kKeptFrames) {
        frame_ms.push_back(ms);
        frame_start_ms.push_back(start_ms);
    } else {
        frame_ms[frame_next] = ms;
        frame_start_ms[frame_next] = start_ms;
    }
    frame_next = (frame_next + 1) % kKeptFrames;
}

namespace {
template <typename T> std::vector<T> oldest_first(std::vector<T> ring, size_t next) {
    if (next < ring.size()) std::rotate(ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(next), ring.end());
    return ring;
}
} // namespace

std::vector<float> AppState::Perf::frame_ms_oldest_first() const { return oldest_first(frame_ms, frame_next); }
std::vector<double> AppState::Perf::frame_start_ms_oldest_first() const { return oldest_first(frame_start_ms, frame_next); }
