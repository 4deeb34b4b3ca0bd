#include "reportschedule.h"

#include <QSettings>

#include <algorithm>

namespace loandesk {

QDateTime ReportSchedule::nextRun(const QDateTime &now) const {
    if (!enabled || folder.isEmpty())
        return {};
    if (!lastRun.isValid())
        return now;
    const QDateTime due = lastRun.addSecs(qint64(std::clamp(everyHours, 1, 24 * 7)) * 3600);
    // the clock going backwards must not postpone reports by the same amount
    return lastRun > now ? now : due;
}

ReportSchedule ReportSchedule::load() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("reports"));
    ReportSchedule s;
    s.enabled = settings.value(QStringLiteral("enabled"), false).toBool();
    s.folder = settings.value(QStringLiteral("folder")).toString();
    s.everyHours = settings.value(QStringLiteral("everyHours"), 24).toInt();
    s.maskEmails = settings.value(QStringLiteral("maskEmails"), false).toBool();
    s.lastRun = settings.value(QStringLiteral("lastRun")).toDateTime().toUTC();
    return s;
}

void ReportSchedule::save() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("reports"));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("folder"), folder);
    settings.setValue(QStringLiteral("everyHours"), everyHours);
    settings.setValue(QStringLiteral("maskEmails"), maskEmails);
    settings.setValue(QStringLiteral("lastRun"), lastRun);
}

} // namespace loandesk
