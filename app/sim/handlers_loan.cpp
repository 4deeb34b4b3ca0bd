// Handlers that change state: borrow, repay and transfer-out.
#include "handlers.h"
#include "jsonwriter.h"

namespace loandesk::sim::Handlers {

namespace {

struct LoanParams {
    qint64 groupId = 0;
    QString asset;
    Decimal amount;
};

std::optional<LoanParams> readLoanParams(Context &c) {
    const std::optional<qint64> groupId = c.params.requiredLong(QStringLiteral("groupId"));
    const QString asset = c.params.required(QStringLiteral("assetName"));
    const std::optional<Decimal> amount = c.params.requiredDecimal(QStringLiteral("amount"));
    if (c.params.error())
        return std::nullopt;
    // A credit key acts on its own unit only.
    if (*groupId != c.caller.groupId) {
        c.params.setError(SimError::make(
            -27010, QStringLiteral("Credit account not found in risk unit %1.").arg(*groupId)));
        return std::nullopt;
    }
    return LoanParams{*groupId, asset, *amount};
}

// The answer to an order the exchange queued: the client never sees it (the connection closes).
Reply queued() {
    Reply reply = Reply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("queued")}}));
    reply.queued = true;
    return reply;
}

} // namespace

Reply borrow(Context &c) {
    const std::optional<LoanParams> p = readLoanParams(c);
    if (!p)
        return Reply::fail(*c.params.error());
    const qint64 recordAfterMs = c.timing.recordAfterMs;
    if (c.timing.executeAfterMs > 0) {
        c.engine.scheduleOrder(
            c.nowMs + c.timing.executeAfterMs, [p = *p, recordAfterMs](SimEngine &engine) {
                engine.borrow(p.groupId, p.asset, p.amount, nullptr, recordAfterMs);
            });
        return queued();
    }
    SimEngine::Executed done;
    if (std::optional<SimError> e =
            c.engine.borrow(p->groupId, p->asset, p->amount, &done, recordAfterMs))
        return Reply::fail(*e);
    // transactionId is a JSON number here (as in the documented example) but a string in the
    // repay response; clients must accept both.
    return Reply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("transactionId"), done.tranId},
                                  {QStringLiteral("amount"), JsonWriter::money(done.amount)},
                                  {QStringLiteral("status"), QStringLiteral("success")}}));
}

Reply repay(Context &c) {
    const std::optional<LoanParams> p = readLoanParams(c);
    if (!p)
        return Reply::fail(*c.params.error());
    const QString from = c.params.has(QStringLiteral("repayFrom"))
                             ? c.params.value(QStringLiteral("repayFrom"))
                             : QStringLiteral("MARGIN");
    if (from != u"MARGIN" && from != u"SPOT")
        return Reply::fail(SimError::invalidParam(QStringLiteral("repayFrom")));
    const auto source = from == u"SPOT" ? SimEngine::RepayFrom::Spot : SimEngine::RepayFrom::Margin;
    const qint64 recordAfterMs = c.timing.recordAfterMs;
    if (c.timing.executeAfterMs > 0) {
        c.engine.scheduleOrder(
            c.nowMs + c.timing.executeAfterMs, [p = *p, source, recordAfterMs](SimEngine &engine) {
                engine.repay(p.groupId, p.asset, p.amount, source, nullptr, recordAfterMs);
            });
        return queued();
    }
    SimEngine::Executed done;
    if (std::optional<SimError> e =
            c.engine.repay(p->groupId, p->asset, p->amount, source, &done, recordAfterMs))
        return Reply::fail(*e);
    return Reply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("transactionId"), QString::number(done.tranId)},
                                  {QStringLiteral("amount"), JsonWriter::money(done.amount)},
                                  {QStringLiteral("repayFrom"), from}}));
}

Reply transferOut(Context &c) {
    QString email = c.params.value(QStringLiteral("subEmail"));
    const QString asset = c.params.required(QStringLiteral("asset"));
    const std::optional<Decimal> amount = c.params.requiredDecimal(QStringLiteral("amount"));
    if (c.params.error())
        return Reply::fail(*c.params.error());
    qint64 groupId = c.caller.groupId;
    if (c.caller.role == SimAccount::Role::Parent) {
        if (email.isEmpty())
            return Reply::fail(SimError::make(-27026, QStringLiteral("The receiver UID is not in "
                                                                     "the risk unit.")));
        groupId = 0;
        for (const qint64 id : c.engine.groupIds()) {
            for (const MemberHoldings &m : c.engine.unit(id)->members) {
                if (m.email.compare(email, Qt::CaseInsensitive) == 0)
                    groupId = id;
            }
        }
        if (groupId == 0)
            return Reply::fail(SimError::make(-3003, QStringLiteral("Margin account does not "
                                                                    "exist.")));
    } else if (email.isEmpty()) {
        email = c.engine.unit(groupId)->creditMember()->email;
    }
    Decimal moved;
    if (std::optional<SimError> e = c.engine.transferOut(groupId, email, asset, *amount, &moved))
        return Reply::fail(*e);
    // The response body is undocumented; an empty object is the least surprising choice.
    return Reply::json(QJsonDocument(QJsonObject()));
}

} // namespace loandesk::sim::Handlers
