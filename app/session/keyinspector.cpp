#include "keyinspector.h"

#include "exchange/exchangeclient.h"
#include "monitor/monitorsession.h"

#include "async/completion.h"

#include <QPointer>

#include <algorithm>
#include <memory>

namespace loandesk {

namespace {

struct Inspection {
    Inspection(QObject *context, std::function<void(const KeyReport &)> done)
        : context(context)
        , done(context, std::move(done)) {}

    KeyReport report;
    // The session's clients answer the requests; if it goes, the report is finished with what
    // is known by then.
    QPointer<MonitorSession> session;
    QObject *context;
    Completion<const KeyReport &> done;
    QList<qint64> creditQueue;

    void finish() { done.deliver(report); }
};

void checkCreditKeys(const std::shared_ptr<Inspection> &in) {
    if (!in->done.isWanted())
        return;
    if (!in->session || in->creditQueue.isEmpty()) {
        in->finish();
        return;
    }
    const qint64 groupId = in->creditQueue.takeFirst();
    ExchangeClient *client = in->session->creditClient(groupId);
    client->fetchLtvDetails(groupId, in->context, [in, groupId](Result<QList<RiskUnit>> r) {
        if (r.ok() && !r.value().isEmpty())
            in->report.unitsWithCreditKey.append(groupId);
        else
            in->report.creditKeyErrors.insert(
                groupId, r.ok() ? ExchangeError::make(ExchangeError::Kind::Auth,
                                                      QStringLiteral("the key sees no unit"))
                                : r.error());
        checkCreditKeys(in);
    });
}

} // namespace

Pending KeyInspector::inspect(MonitorSession *session, QObject *context,
                              std::function<void(const KeyReport &)> done) {
    auto in = std::make_shared<Inspection>(context, std::move(done));
    in->session = session;
    in->creditQueue = session->creditGroupIds();
    std::sort(in->creditQueue.begin(), in->creditQueue.end());
    ExchangeClient *client = session->client();
    // activated is parent-only: its answer tells a parent key from a credit key.
    client->fetchActiveUnits(context, [in, client](Result<QList<ActiveUnit>> active) {
        in->report.isParentKey = active.ok();
        if (!in->session || !in->done.isWanted())
            return;
        client->fetchLtvDetails(std::nullopt, in->context, [in](Result<QList<RiskUnit>> units) {
            if (!units.ok()) {
                in->report.error = units.error();
                in->finish();
                return;
            }
            for (const RiskUnit &u : units.value())
                in->report.visibleUnits.append(u.groupId);
            std::sort(in->report.visibleUnits.begin(), in->report.visibleUnits.end());
            checkCreditKeys(in);
        });
    });
    return in->done.pending();
}

} // namespace loandesk
