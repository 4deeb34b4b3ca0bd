// The Records window as a treasurer uses it, against the simulated exchange: borrows and repays
// appear with their amounts, the pager walks the exchange's pages (also from the keyboard), a
// failed refresh keeps the page on show marked stale with the error in words, and Export CSV
// writes exactly the rows on show; Export all pages writes every record of the range. Saves a
// screenshot into $LOANDESK_SCREENSHOT_DIR when set.
#include "records/recordstab.h"
#include "records/recordswindow.h"

#include "common/errortext.h"
#include "models/borrowrepayrecordsmodel.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "sim/simexchange.h"
#include "testhelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace loandesk;

namespace {

constexpr qint64 Alpha = 10001;

template <typename T> T *child(QWidget *parent, const char *name) {
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

QString cell(QTableView *table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

} // namespace

class tst_RecordsWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsBorrowsAndRepaysAndExportsThem();
    void pagesWithButtonsAndKeyboard();
    void failedRefreshKeepsThePageStale();
    void badRangeIsRefusedBeforeAsking();
    void withoutCreditKeySaysWhy();

private:
    void borrow(const char *amount);
    void repay(const char *amount);
    RecordsWindow *openWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimExchange> m_exchange;
    std::unique_ptr<MonitorSession> m_session;
    std::unique_ptr<RecordsWindow> m_window;
};

void tst_RecordsWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
}

void tst_RecordsWindow::init() {
    m_exchange =
        std::make_unique<sim::SimExchange>(*sim::Scenario::load(QStringLiteral("calm")), 5);
    QVERIFY(m_exchange->listen());
    m_session =
        std::make_unique<MonitorSession>(m_exchange->baseUrl(), m_exchange->parentCredentials());
    m_session->setCreditCredentials(Alpha, m_exchange->creditCredentials(Alpha));
}

void tst_RecordsWindow::cleanup() {
    m_window.reset();
    m_session.reset();
    m_exchange.reset();
}

void tst_RecordsWindow::borrow(const char *amount) {
    std::optional<bool> ok;
    m_session->creditClient(Alpha)->borrow({Alpha, QStringLiteral("USDT"), dec(amount)},
                                           m_session.get(),
                                           [&](const Result<BorrowResult> &r) { ok = r.ok(); });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(*ok);
}

void tst_RecordsWindow::repay(const char *amount) {
    std::optional<bool> ok;
    m_session->creditClient(Alpha)->repay(
        {Alpha, QStringLiteral("USDT"), dec(amount), RepayRequest::From::Margin}, m_session.get(),
        [&](const Result<RepayResult> &r) { ok = r.ok(); });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(*ok);
}

RecordsWindow *tst_RecordsWindow::openWindow() {
    m_window = std::make_unique<RecordsWindow>(m_session.get(), Alpha);
    m_window->show();
    m_window->refresh();
    return m_window.get();
}

void tst_RecordsWindow::showsBorrowsAndRepaysAndExportsThem() {
    borrow("1000.5");
    repay("400.25");
    RecordsWindow *w = openWindow();
    RecordsTab *tab = w->tab(RecordsWindow::BorrowRepay);
    QTableView *table = tab->table();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    using C = BorrowRepayRecordsModel::Column;
    QCOMPARE(cell(table, 0, C::Type), QStringLiteral("Borrow"));
    QCOMPARE(cell(table, 0, C::Amount), QStringLiteral("1,000.50"));
    QCOMPARE(cell(table, 0, C::Status), QStringLiteral("Confirmed"));
    QVERIFY(cell(table, 0, C::Time).endsWith(QStringLiteral(" UTC")));
    QCOMPARE(child<QLabel>(tab, "pageLabel")->text(), QStringLiteral("Page 1 of 1 · 1 record(s)"));
    QVERIFY(child<QLabel>(tab, "recordsState")->text().startsWith(QStringLiteral("Fetched at")));

    // Repays are the exchange's other listing.
    child<QComboBox>(w, "borrowRepayKind")->setCurrentIndex(1);
    QTRY_COMPARE(cell(table, 0, C::Type), QStringLiteral("Repay"));
    QCOMPARE(cell(table, 0, C::Amount), QStringLiteral("400.25"));
    const QString principal = cell(table, 0, C::Principal);
    const QString interest = cell(table, 0, C::Interest);

    const QString path = m_dir.filePath(QStringLiteral("records.csv"));
    QVERIFY(w->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("time_utc,type,asset,amount,principal,interest,status,"
                                     "tran_id\r"));
    const QList<QByteArray> fields = lines.at(1).trimmed().split(',');
    QCOMPARE(fields.at(1), QByteArray("NORMAL_REPAY"));
    QCOMPARE(fields.at(2), QByteArray("USDT"));
    QCOMPARE(fields.at(3), QByteArray("400.25"));
    // The table shows each amount at the asset's precision; the file, the tooltip and a copy
    // (Ctrl+C on the row) carry it exact.
    QCOMPARE(principal, DisplayFormat::quantity(dec(fields.at(4).constData()), u"USDT"_qs));
    QCOMPARE(interest, DisplayFormat::quantity(dec(fields.at(5).constData()), u"USDT"_qs));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9,]+\\.[0-9]{2}$")).match(interest).hasMatch());
    QCOMPARE(table->model()->index(0, C::Interest).data(Qt::ToolTipRole).toString(),
             DisplayFormat::exact(dec(fields.at(5).constData())));
    table->setFocus();
    table->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList copied = QApplication::clipboard()->text().split(u'\t');
    QCOMPARE(copied.size(), int(C::ColumnCount));
    QCOMPARE(copied.at(C::Amount), QStringLiteral("400.25"));
    QCOMPARE(copied.at(C::Principal).toLatin1(), fields.at(4));
    QCOMPARE(copied.at(C::Interest).toLatin1(), fields.at(5));
    QCOMPARE(fields.at(6), QByteArray("CONFIRM"));
    QCOMPARE(QString::fromLatin1(fields.at(7)), cell(table, 0, C::Transaction));
    QVERIFY(child<QLabel>(w, "exportStatus")->text().contains(path));

    if (const QString dir = qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(w->grab().save(dir + QStringLiteral("/records.png")));
}

void tst_RecordsWindow::pagesWithButtonsAndKeyboard() {
    for (int i = 1; i <= 12; ++i) {
        m_exchange->resetRateLimits();
        borrow(QByteArray::number(200 + i).constData());
    }
    RecordsWindow *w = openWindow();
    RecordsTab *tab = w->tab(RecordsWindow::BorrowRepay);
    QTRY_COMPARE(tab->table()->model()->rowCount(), 10);
    QLabel *page = child<QLabel>(tab, "pageLabel");
    QCOMPARE(page->text(), QStringLiteral("Page 1 of 2 · 12 record(s)"));
    auto *previous = child<QPushButton>(tab, "previousPageButton");
    auto *next = child<QPushButton>(tab, "nextPageButton");
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(page->text(), QStringLiteral("Page 2 of 2 · 12 record(s)"));
    QCOMPARE(tab->table()->model()->rowCount(), 2);
    QCOMPARE(cell(tab->table(), 1, BorrowRepayRecordsModel::Amount), QStringLiteral("201.00"));
    QVERIFY(!next->isEnabled());

    // Alt+Page Up goes back, from the keyboard.
    w->activateWindow();
    tab->table()->setFocus();
    QTest::keyClick(tab->table(), Qt::Key_PageUp, Qt::AltModifier);
    QTRY_COMPARE(page->text(), QStringLiteral("Page 1 of 2 · 12 record(s)"));

    // Export all pages: every borrow once, while the table keeps its page of 10.
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    QSignalSpy exported(w, &RecordsWindow::exportFinished);
    QVERIFY(w->exportAllCsv(path));
    QVERIFY(!child<QPushButton>(w, "exportAllCsvButton")->isEnabled());
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 14); // header, 12 borrows, the empty rest after the last CRLF
    QVERIFY(lines.at(1).contains(",BORROW,USDT,212,"));
    QVERIFY(lines.at(12).contains(",BORROW,USDT,201,"));
    QCOMPARE(child<QLabel>(w, "exportStatus")->text(),
             QStringLiteral("Exported 12 row(s) to %1.").arg(path));
    QCOMPARE(tab->table()->model()->rowCount(), 10);
    QVERIFY(child<QPushButton>(w, "exportAllCsvButton")->isEnabled());

    // Rows per page: the exchange's maximum shows them all.
    child<QComboBox>(w, "pageSizeCombo")->setCurrentIndex(3);
    QTRY_COMPARE(tab->table()->model()->rowCount(), 12);
    QCOMPARE(page->text(), QStringLiteral("Page 1 of 1 · 12 record(s)"));
}

void tst_RecordsWindow::failedRefreshKeepsThePageStale() {
    borrow("777.77");
    RecordsWindow *w = openWindow();
    RecordsTab *tab = w->tab(RecordsWindow::BorrowRepay);
    QTRY_COMPARE(tab->table()->model()->rowCount(), 1);

    m_exchange->faults()->addOnce(QStringLiteral("borrow-repay"),
                                  sim::FaultInjector::Kind::ServerError);
    QTest::mouseClick(child<QPushButton>(w, "refreshButton"), Qt::LeftButton);
    QLabel *state = child<QLabel>(tab, "recordsState");
    QTRY_VERIFY(state->text().contains(QStringLiteral("(stale)")));
    QVERIFY2(state->text().contains(errorText(tab->model()->lastError())),
             qPrintable(state->text()));
    QVERIFY(state->text().contains(QStringLiteral("-1000")));
    QCOMPARE(tab->table()->model()->rowCount(), 1); // the last good page stays
    QCOMPARE(cell(tab->table(), 0, BorrowRepayRecordsModel::Amount), QStringLiteral("777.77"));

    QTest::mouseClick(child<QPushButton>(w, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY(state->text().startsWith(QStringLiteral("Fetched at")));

    // Another tab fetches when it is first shown.
    w->setCurrentTab(RecordsWindow::Liquidations);
    RecordsTab *liquidations = w->tab(RecordsWindow::Liquidations);
    QTRY_VERIFY(liquidations->model()->hasPage());
    QVERIFY(child<QLabel>(liquidations, "recordsState")
                ->text()
                .startsWith(QStringLiteral("No records in this range")));
}

void tst_RecordsWindow::badRangeIsRefusedBeforeAsking() {
    RecordsWindow *w = openWindow();
    RecordsTab *tab = w->tab(RecordsWindow::BorrowRepay);
    QTRY_VERIFY(tab->model()->hasPage());
    const auto recordRequests = [this] {
        int n = 0;
        for (const auto &entry : m_exchange->requestLog())
            n += entry.path.endsWith(QStringLiteral("borrow-repay")) ? 1 : 0;
        return n;
    };
    const int before = recordRequests();
    QLabel *state = child<QLabel>(tab, "recordsState");
    auto *from = child<QDateEdit>(w, "fromDateEdit");
    auto *to = child<QDateEdit>(w, "toDateEdit");

    from->setDate(to->date().addDays(1));
    w->refresh();
    QCOMPARE(state->text(), QStringLiteral("The start date is after the end date."));
    from->setDate(to->date().addDays(-100)); // 101 days
    w->refresh();
    QVERIFY(state->text().contains(QStringLiteral("at most 100 days")));
    QVERIFY(!child<QPushButton>(tab, "nextPageButton")->isEnabled());
    w->setCurrentTab(RecordsWindow::Interest); // a hidden tab does not ask either
    QTest::qWait(400);                         // past the filter's coalescing delay
    QCOMPARE(recordRequests(), before);
    QVERIFY(!w->tab(RecordsWindow::Interest)->model()->hasPage());

    from->setDate(to->date().addDays(-99)); // 100 days: allowed
    w->refresh();
    QTRY_VERIFY(child<QLabel>(w->tab(RecordsWindow::Interest), "recordsState")
                    ->text()
                    .contains(QStringLiteral("fetched at")));
}

void tst_RecordsWindow::withoutCreditKeySaysWhy() {
    m_session =
        std::make_unique<MonitorSession>(m_exchange->baseUrl(), m_exchange->parentCredentials());
    RecordsWindow *w = openWindow();
    RecordsTab *tab = w->tab(RecordsWindow::BorrowRepay);
    QVERIFY(child<QLabel>(tab, "recordsState")->text().contains(QStringLiteral("credit account")));
    QVERIFY(!child<QPushButton>(w, "exportCsvButton")->isEnabled());
    QVERIFY(!child<QPushButton>(tab, "nextPageButton")->isEnabled());
    QCOMPARE(tab->table()->model()->rowCount(), 0);
}

QTEST_MAIN(tst_RecordsWindow)
#include "tst_recordswindow.moc"
