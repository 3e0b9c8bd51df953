// Callbacks waiting for the browser: JS gets an id, and calls back into an exported C function
// with it when the answer arrives (fetch, clipboard).
#pragma once

#include <functional>
#include <map>
#include <utility>

namespace platform {

template <class Result>
class Pending {
public:
    int add(std::function<void(Result)> done) {
        const int id = next_++;
        waiting_[id] = std::move(done);
        return id;
    }
    // Runs and forgets the callback of `id`; unknown ids are ignored.
    void finish(int id, Result r) {
        auto it = waiting_.find(id);
        if (it == waiting_.end()) return;
        auto done = std::move(it->second);
        waiting_.erase(it);
        done(std::move(r));
    }

private:
    std::map<int, std::function<void(Result)>> waiting_;
    int next_ = 1;
};

} // namespace platform
