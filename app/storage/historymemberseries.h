#pragma once

#include "historyseries.h"

#include "domain/decimal.h"

#include <QList>
#include <QStringList>

namespace loandesk {

// Each member's net equity over time (all its wallets summed), decimated like HistorySeries:
// one value per member and bucket, taken from the bucket's last sample, so a year of 5-second
// samples is still only a few hundred points per member.
struct HistoryMemberSeries {
    struct Bucket {
        qint64 firstMs = 0;
        qint64 lastMs = 0;        // fetch time of the sample the values come from
        qint64 endMs = 0;         // last fetch covered (coalesced samples extend past lastMs)
        QList<Decimal> netEquity; // one per entry of `members`; zero when absent from the sample
    };

    qint64 groupId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList members; // emails, in the order the exchange lists them
    QList<Bucket> buckets;
    QList<HistorySeries::Gap> gaps; // as in HistorySeries: periods without data
    QString error;
};

} // namespace loandesk
