#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace loandesk {

class MonitorState;

// The facts burned into every snapshot and report so a reader can tell what they are looking
// at and how old it is: profile, units, the exchange's update time and our fetch time.
struct SnapshotHeader {
    QString profile;
    QList<qint64> groupIds;
    QDateTime exchangeTime; // latest updateTime among the units
    QDateTime fetchedAt;
    bool stale = false;

    static SnapshotHeader from(const MonitorState &state, const QString &profile);
    QString title() const; // "LoanDesk — demo — risk units 1001, 1002"
    QString
    asOfLine() const; // "Exchange time 2026-11-25 10:42:05 UTC · fetched … · LoanDesk 0.1.0"
};

} // namespace loandesk
