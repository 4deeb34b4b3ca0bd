#include "snapshotheader.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"

#include <QCoreApplication>
#include <QStringList>

namespace loandesk {

SnapshotHeader SnapshotHeader::from(const MonitorState &state, const QString &profile) {
    SnapshotHeader h;
    h.profile = profile;
    h.groupIds = state.groupIds();
    for (qint64 id : h.groupIds) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        if (!h.exchangeTime.isValid() || s->exchangeTime() > h.exchangeTime)
            h.exchangeTime = s->exchangeTime();
        if (!h.fetchedAt.isValid() || s->fetchedAt > h.fetchedAt)
            h.fetchedAt = s->fetchedAt;
    }
    h.stale = state.isStale();
    return h;
}

QString SnapshotHeader::title() const {
    QStringList ids;
    for (qint64 id : groupIds)
        ids << QString::number(id);
    return QCoreApplication::translate("SnapshotHeader", "LoanDesk — %1 — risk units %2")
        .arg(profile, ids.join(QStringLiteral(", ")));
}

QString SnapshotHeader::asOfLine() const {
    QString line =
        QCoreApplication::translate("SnapshotHeader", "Exchange time %1 · fetched %2 · LoanDesk %3")
            .arg(DisplayFormat::dateTime(exchangeTime), DisplayFormat::dateTime(fetchedAt),
                 QStringLiteral(LOANDESK_VERSION));
    if (stale)
        line += QCoreApplication::translate("SnapshotHeader", " · STALE DATA");
    return line;
}

} // namespace loandesk
