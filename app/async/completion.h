#pragma once

#include "pending.h"
#include "pendingstate.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <utility>

namespace loandesk {

// The producer's side of one asynchronous request, and LoanDesk's one async rule:
// a request delivers exactly one result, on the context object's thread, to a callback that
// runs only while the context object lives; the caller can cancel it (through the Pending
// handle), after which the callback never runs.
// The producer calls deliver() once it has the result, on the context's thread (a worker hops
// back first). Copies share one request: whichever copy delivers first wins, the rest are no-ops.
// A null context ties the callback to nothing but cancellation.
template <typename... Args> class Completion {
public:
    using Callback = std::function<void(Args...)>;

    Completion(QObject *context, Callback callback)
        : m_state(std::make_shared<PendingState>())
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_callback(std::make_shared<Callback>(std::move(callback))) {}

    Pending pending() const { return Pending(m_state); }
    // Lets a producer skip work nobody will see (any thread).
    bool isCancelled() const { return m_state->stage() == PendingState::Stage::Cancelled; }
    // Still waited for: not delivered, not cancelled, and the context (if any) alive. A request
    // whose context is gone has ended (Pending::isPending() is false from then on).
    bool isWanted() const {
        if (m_hasContext && !m_context)
            m_state->finish(PendingState::Stage::Delivered);
        return m_state->stage() == PendingState::Stage::Waiting;
    }

    // Runs the callback, unless the request was cancelled, already delivered, or its context
    // is gone. Returns whether it ran.
    template <typename... Values> bool deliver(Values &&...values) const {
        Q_ASSERT(!m_context || m_context->thread() == QThread::currentThread());
        if (!m_state->finish(PendingState::Stage::Delivered))
            return false;
        if (m_hasContext && !m_context)
            return false;
        // Moved out first: the callback may drop the last reference to this Completion.
        const Callback callback = std::exchange(*m_callback, nullptr);
        if (callback)
            callback(std::forward<Values>(values)...);
        return true;
    }

private:
    std::shared_ptr<PendingState> m_state;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::shared_ptr<Callback> m_callback;
};

} // namespace loandesk
