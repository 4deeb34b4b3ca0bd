#pragma once

#include "async/pending.h"
#include "exchange/exchangeerror.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace loandesk {

class MonitorSession;

// What the keys of a freshly connected session can see, so the UI can say it in words
// ("This parent key sees 3 risk units; borrowing needs the credit key.").
struct KeyReport {
    bool isParentKey = false;           // loan-groups/activated answered: a parent key
    std::optional<ExchangeError> error; // the monitoring key itself failed
    QList<qint64> visibleUnits;         // what ltv-details returned
    QList<qint64> unitsWithCreditKey;   // credit keys that answered for their unit
    QHash<qint64, ExchangeError> creditKeyErrors;

    QList<qint64> unitsWithoutCreditKey() const {
        QList<qint64> out;
        for (qint64 id : visibleUnits) {
            if (!unitsWithCreditKey.contains(id))
                out.append(id);
        }
        return out;
    }
};

// Asks the exchange, with the session's keys, which risk units each key sees: activated units
// (parent keys only), ltv-details, and ltv-details once per credit key. Delivers one report.
class KeyInspector {
public:
    static Pending inspect(MonitorSession *session, QObject *context,
                           std::function<void(const KeyReport &)> done);
};

} // namespace loandesk
