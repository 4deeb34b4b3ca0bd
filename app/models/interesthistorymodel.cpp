#include "interesthistorymodel.h"

namespace loandesk {

InterestHistoryModel::InterestHistoryModel(QObject *parent)
    : RecordsTableModel(columnTable(), parent) {}

Pending InterestHistoryModel::send(ExchangeClient *client, int page, int size) {
    return client->fetchInterestHistory(
        filter().groupId, filter().startTimeMs, filter().endTimeMs, page, size, this,
        [this, page](const Result<Page<InterestRecord>> &r) {
            deliver(page, r, [this](const Page<InterestRecord> &p) { m_rows = p.rows; });
        });
}

const InterestHistoryModel::Columns &InterestHistoryModel::columnTable() {
    using R = InterestRecord;
    static const Columns table = {
        {QT_TR_NOOP("Charged at"), "time_utc", [](const R &r) { return timeText(r.timestampMs); },
         [](const R &r) { return isoUtc(r.timestampMs); }},
        {QT_TR_NOOP("Risk unit"), "group_id", [](const R &r) { return QString::number(r.groupId); },
         [](const R &r) { return QString::number(r.groupId); }},
        {QT_TR_NOOP("Asset"), "asset", [](const R &r) { return r.asset; },
         [](const R &r) { return r.asset; }},
        {QT_TR_NOOP("Principal"), "principal", nullptr,
         [](const R &r) { return r.principal.toString(); },
         [](const R &r) { return std::optional(r.principal); }, FigureKind::Quantity,
         [](const R &r) { return r.asset; }},
        // A rate per hour as the exchange sends it (e.g. 0.00000833), every digit kept: as a
        // percentage with 2 places it would read 0.00 %.
        {QT_TR_NOOP("Hourly rate"), "hourly_interest_rate", nullptr,
         [](const R &r) { return r.interestRate.toString(); },
         [](const R &r) { return std::optional(r.interestRate); }, FigureKind::Exact},
        {QT_TR_NOOP("Interest"), "interest", nullptr,
         [](const R &r) { return r.interest.toString(); },
         [](const R &r) { return std::optional(r.interest); }, FigureKind::Quantity,
         [](const R &r) { return r.asset; }},
    };
    Q_ASSERT(table.size() == ColumnCount);
    return table;
}

} // namespace loandesk
