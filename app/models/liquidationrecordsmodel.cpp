#include "liquidationrecordsmodel.h"

#include "collateraltreemodel.h"
#include "displayformat.h"

namespace loandesk {

LiquidationRecordsModel::LiquidationRecordsModel(QObject *parent)
    : PagedRecordsModel(parent) {}

Pending LiquidationRecordsModel::send(ExchangeClient *client, int page, int size) {
    return client->fetchForceLiquidations(
        filter().groupId, filter().startTimeMs, filter().endTimeMs, page, size, this,
        [this, page](const Result<Page<LiquidationRecord>> &r) {
            deliver(page, r, [this](const Page<LiquidationRecord> &p) { m_rows = p.rows; });
        });
}

QString LiquidationRecordsModel::header(int column) const {
    switch (Column(column)) {
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case Unit:
        return tr("Risk unit");
    case StartLtv:
        return tr("LTV at start");
    case EndLtv:
        return tr("LTV at end");
    case NetEquity:
        return tr("Net equity");
    case MaintenanceMargin:
        return tr("Maint. margin");
    case Liability:
        return tr("Liability");
    case Liabilities:
        return tr("Principal + interest");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<Decimal> LiquidationRecordsModel::amount(int row, int column) const {
    const LiquidationRecord &r = m_rows.at(row);
    switch (column) {
    case StartLtv:
        return r.startLtv;
    case EndLtv:
        return r.endLtv;
    case NetEquity:
        return r.totalNetEquity;
    case MaintenanceMargin:
        return r.totalMaintenanceMargin;
    case Liability:
        return r.totalLiability;
    default:
        return std::nullopt;
    }
}

QString LiquidationRecordsModel::text(int row, int column) const {
    const LiquidationRecord &r = m_rows.at(row);
    switch (Column(column)) {
    case Started:
        return timeText(r.startTimeMs);
    case Ended:
        return timeText(r.endTimeMs);
    case Unit:
        return QString::number(r.groupId);
    case StartLtv:
    case EndLtv:
        // The exchange reports these as it likes (the example: integer 1 for 0.9998): shown as
        // sent, not rounded to 4 places.
        return DisplayFormat::amount(*amount(row, column), 0);
    case NetEquity:
    case MaintenanceMargin:
    case Liability:
        return DisplayFormat::amount(*amount(row, column));
    case Liabilities: {
        QStringList parts;
        for (const loandesk::Liability &l : r.liabilities)
            parts.append(tr("%1 %2 + %3")
                             .arg(l.asset, DisplayFormat::amount(l.principal),
                                  DisplayFormat::amount(l.interest)));
        return parts.join(QStringLiteral("; "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString LiquidationRecordsModel::toolTip(int row, int) const {
    QStringList lines{tr("Snapshot at the start of the liquidation:")};
    for (const LiquidationRecord::Snapshot &s : m_rows.at(row).snapshots)
        lines.append(tr("%1 (%2, %3): net equity %4, maint. margin %5")
                         .arg(s.email, memberRoleName(s.role), walletTypeName(s.walletType),
                              DisplayFormat::amount(s.netEquity),
                              DisplayFormat::amount(s.maintainMargin)));
    return lines.join(u'\n');
}

QByteArray LiquidationRecordsModel::toCsv() const {
    QByteArray out =
        csvLine({QStringLiteral("start_utc"), QStringLiteral("end_utc"), QStringLiteral("group_id"),
                 QStringLiteral("start_ltv"), QStringLiteral("end_ltv"),
                 QStringLiteral("total_net_equity"), QStringLiteral("total_maintenance_margin"),
                 QStringLiteral("total_liability"), QStringLiteral("liabilities")});
    for (const LiquidationRecord &r : m_rows) {
        // asset:principal:interest per liability, ';'-separated: one line per liquidation.
        QStringList liabilities;
        for (const loandesk::Liability &l : r.liabilities)
            liabilities.append(l.asset + u':' + l.principal.toString() + u':' +
                               l.interest.toString());
        out += csvLine({isoUtc(r.startTimeMs), isoUtc(r.endTimeMs), QString::number(r.groupId),
                        r.startLtv.toString(), r.endLtv.toString(), r.totalNetEquity.toString(),
                        r.totalMaintenanceMargin.toString(), r.totalLiability.toString(),
                        liabilities.join(u';')});
    }
    return out;
}

} // namespace loandesk
