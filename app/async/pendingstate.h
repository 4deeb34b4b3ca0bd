#pragma once

#include <atomic>

namespace loandesk {

// What a Pending handle and its Completion share: whether the one result is still to come.
// Atomic because a producer on a worker thread may ask isCancelled() while the caller cancels.
class PendingState {
public:
    // Delivered also covers a result dropped because its context died: either way it has ended.
    enum class Stage { Waiting, Delivered, Cancelled };

    Stage stage() const { return m_stage.load(); }
    // Moves Waiting → `to`; false when the request already ended (delivered or cancelled).
    bool finish(Stage to) {
        Stage expected = Stage::Waiting;
        return m_stage.compare_exchange_strong(expected, to);
    }

private:
    std::atomic<Stage> m_stage{Stage::Waiting};
};

} // namespace loandesk
