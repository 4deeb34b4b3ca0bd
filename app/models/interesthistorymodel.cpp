#include "interesthistorymodel.h"

#include "displayformat.h"

namespace loandesk {

InterestHistoryModel::InterestHistoryModel(QObject *parent)
    : PagedRecordsModel(parent) {}

Pending InterestHistoryModel::send(ExchangeClient *client, int page, int size) {
    return client->fetchInterestHistory(
        filter().groupId, filter().startTimeMs, filter().endTimeMs, page, size, this,
        [this, page](const Result<Page<InterestRecord>> &r) {
            deliver(page, r, [this](const Page<InterestRecord> &p) { m_rows = p.rows; });
        });
}

QString InterestHistoryModel::header(int column) const {
    switch (Column(column)) {
    case Time:
        return tr("Charged at");
    case Unit:
        return tr("Risk unit");
    case Asset:
        return tr("Asset");
    case Principal:
        return tr("Principal");
    case HourlyRate:
        return tr("Hourly rate");
    case Interest:
        return tr("Interest");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<Decimal> InterestHistoryModel::amount(int row, int column) const {
    const InterestRecord &r = m_rows.at(row);
    switch (column) {
    case Principal:
        return r.principal;
    case HourlyRate:
        return r.interestRate;
    case Interest:
        return r.interest;
    default:
        return std::nullopt;
    }
}

QString InterestHistoryModel::text(int row, int column) const {
    const InterestRecord &r = m_rows.at(row);
    switch (Column(column)) {
    case Time:
        return timeText(r.timestampMs);
    case Unit:
        return QString::number(r.groupId);
    case Asset:
        return r.asset;
    case Principal:
    case Interest:
        return DisplayFormat::amount(*amount(row, column));
    case HourlyRate:
        // A rate per hour as the exchange sends it (e.g. 0.00000833), every digit kept.
        return DisplayFormat::amount(r.interestRate, 0);
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray InterestHistoryModel::toCsv() const {
    QByteArray out = csvLine({QStringLiteral("time_utc"), QStringLiteral("group_id"),
                              QStringLiteral("asset"), QStringLiteral("principal"),
                              QStringLiteral("hourly_interest_rate"), QStringLiteral("interest")});
    for (const InterestRecord &r : m_rows) {
        out += csvLine({isoUtc(r.timestampMs), QString::number(r.groupId), r.asset,
                        r.principal.toString(), r.interestRate.toString(), r.interest.toString()});
    }
    return out;
}

} // namespace loandesk
