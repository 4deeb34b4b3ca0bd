#include "simrequest.h"

namespace loandesk::sim {

QByteArray SimRequest::header(const QByteArray &lowerCaseName) const {
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

} // namespace loandesk::sim
