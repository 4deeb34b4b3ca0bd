#pragma once

#include "pending.h"

#include <QList>
#include <QtGlobal>

namespace loandesk {

// Owns the requests a caller has in flight: destroying the scope or replacing what it holds
// cancels them, so a superseded or orphaned reply never reaches the caller. This is what
// replaces hand-written generation counters and "is it still the latest?" checks.
class RequestScope {
    Q_DISABLE_COPY_MOVE(RequestScope)

public:
    RequestScope() = default;
    ~RequestScope();

    // Cancels everything held, then holds `pending`: the latest request is the only one that
    // may still deliver.
    RequestScope &operator=(Pending pending);
    // Holds `pending` too, next to what is already held.
    void add(Pending pending);
    void cancel();
    // At least one held request has not delivered yet.
    bool isPending() const;

private:
    QList<Pending> m_pending;
};

} // namespace loandesk
