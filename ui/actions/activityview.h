#pragma once

#include "actions/auditverification.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace loandesk {

class AuditLog;
class AuditLogModel;

// Every borrow and repay attempt from the audit journal, newest first, with CSV export and a
// check that the journal's hash chain is intact and its end matches the anchor.
class ActivityView final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)

public:
    explicit ActivityView(AuditLog *log, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    void verifyChain();
    // What Verify found, in words: the chain, then whether its end is anchored.
    static QString describe(const AuditVerification &verification);
    bool exportCsv(const QString &path);

private:
    AuditLog *m_log;
    AuditLogModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace loandesk
