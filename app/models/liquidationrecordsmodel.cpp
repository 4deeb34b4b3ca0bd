#include "liquidationrecordsmodel.h"

#include "collateraltreemodel.h"
#include "displayformat.h"

namespace loandesk {

LiquidationRecordsModel::LiquidationRecordsModel(QObject *parent)
    : RecordsTableModel(columnTable(), parent) {}

Pending LiquidationRecordsModel::send(ExchangeClient *client, int page, int size) {
    return client->fetchForceLiquidations(
        filter().groupId, filter().startTimeMs, filter().endTimeMs, page, size, this,
        [this, page](const Result<Page<LiquidationRecord>> &r) {
            deliver(page, r, [this](const Page<LiquidationRecord> &p) { m_rows = p.rows; });
        });
}

const LiquidationRecordsModel::Columns &LiquidationRecordsModel::columnTable() {
    using R = LiquidationRecord;
    // The exchange reports the LTVs as it likes (the example: integer 1 for 0.9998): shown as
    // percentages like every ratio, as sent in the tooltip and the CSV.
    static const Columns table = {
        {QT_TR_NOOP("Started"), "start_utc", [](const R &r) { return timeText(r.startTimeMs); },
         [](const R &r) { return isoUtc(r.startTimeMs); }},
        {QT_TR_NOOP("Ended"), "end_utc", [](const R &r) { return timeText(r.endTimeMs); },
         [](const R &r) { return isoUtc(r.endTimeMs); }},
        {QT_TR_NOOP("Risk unit"), "group_id", [](const R &r) { return QString::number(r.groupId); },
         [](const R &r) { return QString::number(r.groupId); }},
        {QT_TR_NOOP("LTV at start"), "start_ltv", nullptr,
         [](const R &r) { return r.startLtv.toString(); },
         [](const R &r) { return std::optional(r.startLtv); }, FigureKind::Ratio},
        {QT_TR_NOOP("LTV at end"), "end_ltv", nullptr,
         [](const R &r) { return r.endLtv.toString(); },
         [](const R &r) { return std::optional(r.endLtv); }, FigureKind::Ratio},
        {QT_TR_NOOP("Net equity"), "total_net_equity", nullptr,
         [](const R &r) { return r.totalNetEquity.toString(); },
         [](const R &r) { return std::optional(r.totalNetEquity); }},
        {QT_TR_NOOP("Maint. margin"), "total_maintenance_margin", nullptr,
         [](const R &r) { return r.totalMaintenanceMargin.toString(); },
         [](const R &r) { return std::optional(r.totalMaintenanceMargin); }},
        {QT_TR_NOOP("Liability"), "total_liability", nullptr,
         [](const R &r) { return r.totalLiability.toString(); },
         [](const R &r) { return std::optional(r.totalLiability); }},
        {QT_TR_NOOP("Principal + interest"), "liabilities",
         [](const R &r) {
             QStringList parts;
             for (const loandesk::Liability &l : r.liabilities)
                 parts.append(tr("%1 %2 + %3")
                                  .arg(l.asset, DisplayFormat::quantity(l.principal, l.asset),
                                       DisplayFormat::quantity(l.interest, l.asset)));
             return parts.join(QStringLiteral("; "));
         },
         [](const R &r) {
             // asset:principal:interest per liability, ';'-separated: one line per liquidation.
             QStringList liabilities;
             for (const loandesk::Liability &l : r.liabilities)
                 liabilities.append(l.asset + u':' + l.principal.toString() + u':' +
                                    l.interest.toString());
             return liabilities.join(u';');
         }},
    };
    Q_ASSERT(table.size() == ColumnCount);
    return table;
}

QString LiquidationRecordsModel::toolTip(int row, int) const {
    QStringList lines{tr("Snapshot at the start of the liquidation:")};
    for (const LiquidationRecord::Snapshot &s : m_rows.at(row).snapshots)
        lines.append(tr("%1 (%2, %3): net equity %4, maint. margin %5")
                         .arg(s.email, memberRoleName(s.role), walletTypeName(s.walletType),
                              DisplayFormat::usd(s.netEquity),
                              DisplayFormat::usd(s.maintainMargin)));
    return lines.join(u'\n');
}

} // namespace loandesk
