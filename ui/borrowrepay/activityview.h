#pragma once

#include "actions/auditverification.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace loandesk {

class AuditLog;
class AuditLogModel;
class BorrowRepayService;

// Every borrow and repay attempt from the audit journal, newest first, with CSV export and a
// check that the journal's hash chain is intact and its end matches the anchor. Above it, where
// each of this desk's open actions stands; one that cannot be checked (or probably executed)
// can be resolved by hand.
class ActivityView final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)

public:
    ActivityView(AuditLog *log, BorrowRepayService *service, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    void verifyChain();
    // What Verify found, in words: the chain, then whether its end is anchored.
    static QString describe(const AuditVerification &verification);
    bool exportCsv(const QString &path);
    // Asks the operator about the selected row's open action ("I checked the exchange").
    void resolveSelected();

private:
    qint64 selectedIntent() const;
    void updateOpenActions();

    AuditLog *m_log;
    BorrowRepayService *m_service;
    AuditLogModel *m_model;
    QTableView *m_table;
    QLabel *m_open;
    QLabel *m_status;
    QPushButton *m_resolve = nullptr;
};

} // namespace loandesk
