#pragma once

#include <QDateTime>
#include <QString>

namespace loandesk {

// When LoanDesk writes its unattended reports (PNG + PDF + CSV + manifest) and where. Kept in
// QSettings so the schedule survives restarts; a run missed while LoanDesk was closed is made
// up once at the next start, not once per missed interval.
struct ReportSchedule {
    bool enabled = false;
    QString folder;
    int everyHours = 24; // 24 = daily
    bool maskEmails = false;
    QDateTime lastRun; // UTC

    QDateTime nextRun(const QDateTime &now) const;

    static ReportSchedule load();
    void save() const;
};

} // namespace loandesk
