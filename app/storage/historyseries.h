#pragma once

#include "historyevent.h"

#include <QList>
#include <QString>

namespace loandesk {

// A unit's history decimated for drawing: at most a few thousand buckets whatever the range.
// Each bucket keeps the min and max LTV so no spike is hidden, and its first and last values so
// the line joins up. Gaps are periods in which LoanDesk has no data for the unit.
struct HistorySeries {
    struct Bucket {
        qint64 firstMs = 0; // fetch time of the first sample in the bucket
        qint64 lastMs = 0;  // fetch time of the last sample
        qint64 endMs = 0;   // last fetch covered (coalesced samples extend past lastMs)
        qint64 count = 0;
        double ltvMin = 0;
        double ltvMax = 0;
        double ltvFirst = 0;
        double ltvLast = 0;
        double netEquityLast = 0;
        double liabilityLast = 0;
        QString netEquityText; // exact figures of the last sample, for the readout
        QString liabilityText;
    };
    struct Gap {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool operator==(const Gap &) const = default;
    };

    qint64 groupId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<Bucket> buckets; // in time order, empty buckets omitted
    QList<Gap> gaps;       // sorted, non-overlapping, clipped to [fromMs, toMs]
    QList<HistoryEvent> events;
    qint64 resolutionMs = 0; // rollup resolution read for the inner part; 0: raw samples only
    QString error;           // set when the query failed
};

} // namespace loandesk
