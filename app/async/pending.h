#pragma once

#include <memory>

namespace loandesk {

class PendingState;

// The caller's handle on one asynchronous request (see Completion for the rule every request
// follows). Cheap to copy; all copies name the same request. Dropping it does not cancel: keep
// it in a RequestScope when the request must not outlive something.
class Pending {
public:
    Pending() = default;
    explicit Pending(std::shared_ptr<PendingState> state);

    // After this the callback never runs, even if the result is already on its way.
    void cancel();
    // Neither delivered nor cancelled yet.
    bool isPending() const;
    bool isCancelled() const;

private:
    std::shared_ptr<PendingState> m_state;
};

} // namespace loandesk
