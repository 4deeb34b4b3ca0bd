#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace loandesk {

class PagedRecordsModel;

// One tab of the records window: a table of one page of records, the pager ("Page 2 of 5")
// and the state in words (loading, the error, "stale" while the last good page stays shown).
// Optional filter controls of its own (e.g. borrows or repays) sit above the table.
class RecordsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsTab)

public:
    // `totalText` words the exchange's total, e.g. "12 records" or "3 liquidations".
    RecordsTab(PagedRecordsModel *model, std::function<QString(qint64)> totalText,
               QWidget *filters = nullptr, QWidget *parent = nullptr);

    PagedRecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // When no fetch is possible (no credit key, a bad date range): says why instead.
    void setBlockedReason(const QString &reason);
    bool isBlocked() const { return !m_blocked.isEmpty(); }
    void updateState();

Q_SIGNALS:
    void pageRequested(int page);

private:
    PagedRecordsModel *m_model;
    std::function<QString(qint64)> m_totalText;
    QTableView *m_table;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QLabel *m_state;
    QString m_blocked;
};

} // namespace loandesk
