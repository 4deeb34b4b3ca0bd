#pragma once

#include <QDialog>
#include <QTimer>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace loandesk {

class BorrowRepayRecordsModel;
class InterestHistoryModel;
class LiquidationRecordsModel;
class LiquidationTransfersModel;
class MonitorSession;
class RecordsCsvExporter;
class RecordsTab;

// The exchange's records for one risk unit, a tab per kind: borrow/repay (incl. forced repays),
// interest, forced liquidations and their transfers. Paged as the exchange pages them, over a
// date range in the display zone, with the credit key of the chosen unit; exports the page on
// show as CSV. A tab fetches when it is shown after the filter changed, so hidden tabs cost
// no request weight.
class RecordsWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsWindow)

public:
    enum Tab { BorrowRepay, Interest, Liquidations, Transfers, TabCount };

    RecordsWindow(MonitorSession *session, qint64 groupId, QWidget *parent = nullptr);
    // Opens a non-modal window that deletes itself when closed.
    static RecordsWindow *open(MonitorSession *session, qint64 groupId, QWidget *parent);

    RecordsTab *tab(Tab which) const { return m_tabs.at(which); }
    RecordsTab *currentTab() const;
    void setCurrentTab(Tab which);
    // Applies the filter to every tab and fetches the first page of the one on show.
    void refresh();
    // Writes the rows on show.
    bool exportCsv(const QString &path);
    // Reads every page of the current tab's filter, then writes them; false when it cannot
    // start. exportFinished() says how it ended.
    bool exportAllCsv(const QString &path);

Q_SIGNALS:
    void exportFinished(bool written);

private:
    QWidget *buildBorrowRepayFilters();
    QWidget *buildFilterBar();
    void fetchCurrent(int page);
    QString chooseExportFile();
    void writeAll(int outcome, const QByteArray &csv, const QString &errorWords);

    MonitorSession *m_session;
    QComboBox *m_unit;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_pageSize;
    QComboBox *m_kind = nullptr;
    QComboBox *m_asset = nullptr;
    QTabWidget *m_tabWidget;
    QLabel *m_status;
    QPushButton *m_exportAll;
    RecordsCsvExporter *m_exporter;
    QString m_exportPath;
    BorrowRepayRecordsModel *m_borrowRepay;
    InterestHistoryModel *m_interest;
    LiquidationRecordsModel *m_liquidations;
    LiquidationTransfersModel *m_transfers;
    std::array<RecordsTab *, TabCount> m_tabs{};
    std::array<bool, TabCount> m_dirty{};
    QTimer m_filterChanged; // coalesces a burst of edits (typing a date) into one fetch
};

} // namespace loandesk
