#include "requestscope.h"

#include <algorithm>

namespace loandesk {

RequestScope::~RequestScope() {
    cancel();
}

RequestScope &RequestScope::operator=(Pending pending) {
    cancel();
    m_pending.append(std::move(pending));
    return *this;
}

void RequestScope::add(Pending pending) {
    // Finished requests need no cancelling; forget them so a long-lived scope stays small.
    m_pending.removeIf([](const Pending &p) { return !p.isPending(); });
    m_pending.append(std::move(pending));
}

void RequestScope::cancel() {
    for (Pending &p : m_pending)
        p.cancel();
    m_pending.clear();
}

bool RequestScope::isPending() const {
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [](const Pending &p) { return p.isPending(); });
}

} // namespace loandesk
