#include "csvexport.h"

#include "monitor/monitorstate.h"

#include "domain/csvfield.h"
#include "domain/isoutc.h"
#include "models/collateraltreemodel.h"

#include <QStringList>

namespace loandesk {

namespace {

QString amount(const Decimal &d) {
    return d.isValid() ? d.toString() : QString();
}

QByteArray row(const QStringList &fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CsvField::encode(fields[i]);
    }
    return out + "\r\n";
}

} // namespace

QByteArray CsvExport::collateral(const MonitorState &state, bool maskEmails) {
    QByteArray out = row({QStringLiteral("groupId"), QStringLiteral("fetchedAt"),
                          QStringLiteral("exchangeUpdateTime"), QStringLiteral("email"),
                          QStringLiteral("role"), QStringLiteral("wallet"),
                          QStringLiteral("netEquity"), QStringLiteral("maintainMargin")});
    for (qint64 id : state.groupIds()) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        for (const CollateralAccount &m : s->unit.members) {
            const QString email = maskEmails ? CollateralTreeModel::maskEmail(m.email) : m.email;
            for (const Wallet &w : m.wallets) {
                out += row({QString::number(id), isoUtc(s->fetchedAt), isoUtc(s->exchangeTime()),
                            email, memberRoleToWire(m.role), walletTypeToWire(w.type),
                            amount(w.netEquity), amount(w.maintainMargin)});
            }
        }
    }
    return out;
}

QByteArray CsvExport::keyFigures(const MonitorState &state) {
    QByteArray out =
        row({QStringLiteral("groupId"), QStringLiteral("fetchedAt"),
             QStringLiteral("exchangeUpdateTime"), QStringLiteral("ltvReported"),
             QStringLiteral("ltvComputed"), QStringLiteral("band"),
             QStringLiteral("totalNetEquity"), QStringLiteral("totalMaintenanceMargin"),
             QStringLiteral("totalLiability"), QStringLiteral("maxAllowedBorrowLimit"),
             QStringLiteral("maxTransferOutAmount"), QStringLiteral("parentAccountFrozenAmount")});
    for (qint64 id : state.groupIds()) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        const RiskUnit &u = s->unit;
        const std::optional<Decimal> ltv = u.computedLtv();
        out += row({QString::number(id), isoUtc(s->fetchedAt), isoUtc(s->exchangeTime()),
                    amount(u.ltv), ltv ? ltv->toString() : QString(),
                    ltvBandKey(state.bands(id).classify(ltv)), amount(u.totalNetEquity),
                    amount(u.totalMaintenanceMargin), amount(u.totalLiability),
                    amount(u.maxAllowedBorrowLimit), amount(u.maxTransferOutAmount),
                    amount(u.parentAccountFrozenAmount)});
    }
    return out;
}

} // namespace loandesk
