#include "pending.h"

#include "pendingstate.h"

namespace loandesk {

Pending::Pending(std::shared_ptr<PendingState> state)
    : m_state(std::move(state)) {}

void Pending::cancel() {
    if (m_state)
        m_state->finish(PendingState::Stage::Cancelled);
}

bool Pending::isPending() const {
    return m_state && m_state->stage() == PendingState::Stage::Waiting;
}

bool Pending::isCancelled() const {
    return m_state && m_state->stage() == PendingState::Stage::Cancelled;
}

} // namespace loandesk
