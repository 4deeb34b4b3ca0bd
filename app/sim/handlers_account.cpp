// Handlers for the unit-detail endpoints: ltv-details, activated, closed, max-borrowable and
// interest-rebate-balance.
#include "handlers.h"
#include "jsonwriter.h"

namespace loandesk::sim::Handlers {

Reply ltvDetails(Context &c) {
    const std::optional<qint64> groupId = c.params.optionalLong(QStringLiteral("groupId"));
    if (c.params.error())
        return Reply::fail(*c.params.error());
    QJsonArray units;
    for (const qint64 id : c.engine.groupIds()) {
        // A credit key sees only its own unit; a groupId narrows either kind of key. Units
        // outside the caller's view are left out silently (an empty array, never an error).
        if (c.caller.role == SimAccount::Role::Credit && id != c.caller.groupId)
            continue;
        if (groupId && *groupId != id)
            continue;
        units.append(JsonWriter::riskUnit(c.engine.riskUnit(id)));
    }
    return Reply::json(QJsonDocument(units));
}

Reply activated(Context &c) {
    QJsonArray units;
    for (const qint64 id : c.engine.groupIds())
        units.append(JsonWriter::activeUnit(*c.engine.unit(id)));
    return Reply::json(QJsonDocument(units));
}

Reply closed(Context &c) {
    c.params.current();
    c.params.size();
    if (c.params.error())
        return Reply::fail(*c.params.error());
    // No scenario closes units, so the list is always empty.
    return Reply::json(QJsonDocument(JsonWriter::page(0, {})));
}

Reply maxBorrowable(Context &c) {
    const bool parent = c.caller.role == SimAccount::Role::Parent;
    const std::optional<qint64> groupId = parent ? c.params.requiredLong(QStringLiteral("groupId"))
                                                 : c.params.optionalLong(QStringLiteral("groupId"));
    const QString asset = c.params.required(QStringLiteral("assetName")).toUpper();
    if (c.params.error())
        return Reply::fail(*c.params.error());
    if (!SimEngine::isBorrowable(asset))
        return Reply::fail(SimError::make(
            -27017,
            QStringLiteral("Requested loan asset %1 is not supported for borrowing.").arg(asset)));
    const qint64 id = parent ? *groupId : c.caller.groupId;
    if (!c.engine.unit(id))
        return Reply::fail(SimError::groupNotFound(id));
    if (!parent && groupId && *groupId != id)
        return Reply::json(QJsonDocument(QJsonObject())); // documented: empty for a foreign unit
    return Reply::json(QJsonDocument(QJsonObject{
        {QStringLiteral("maxBorrowableAmount"), JsonWriter::money(c.engine.maxBorrowable(id))}}));
}

Reply rebateBalance(Context &) {
    // Fields from the third-party SDK; the simulator grants no rebates.
    const QJsonValue zero = JsonWriter::money(Decimal());
    return Reply::json(QJsonDocument(QJsonObject{{QStringLiteral("asset"), QStringLiteral("USDT")},
                                                 {QStringLiteral("balance"), zero},
                                                 {QStringLiteral("totalGranted"), zero},
                                                 {QStringLiteral("totalConsumed"), zero}}));
}

} // namespace loandesk::sim::Handlers
