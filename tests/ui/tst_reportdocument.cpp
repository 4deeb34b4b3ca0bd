#include "pdfcheck.h"
#include "reportwriter/reportdocument.h"
#include "sampleunits.h"

#include "common/bandstyle.h"
#include "common/historyplot.h"
#include "desk/desk.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "report/reporthistory.h"
#include "settings/settingsservice.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_ReportDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void undefinedLtvAndManyMembers();
    void historyChartsFromARecordingDesk();
    void freshHistorySaysSoInWords();
    void localZoneIsNamed();
};

void tst_ReportDocument::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
}

void tst_ReportDocument::undefinedLtvAndManyMembers() {
    RiskUnit broke = documentedExampleUnit();
    broke.groupId = 2;
    broke.totalNetEquity = dec("10");
    broke.totalMaintenanceMargin = dec("12");
    RiskUnit wide = documentedExampleUnit();
    wide.groupId = 3;
    for (int i = 0; i < 5; ++i) {
        CollateralAccount m = wide.members.first();
        m.email = QStringLiteral(
                      "a.very.long.collateral.sub.account.name.%1@institution-treasury.example.com")
                      .arg(i);
        wide.members.append(m);
    }
    MonitorState state;
    state.applyUnits({documentedExampleUnit(), broke, wide}, QDateTime::currentDateTimeUtc());

    ReportDocument report(state, SnapshotHeader::from(state, QStringLiteral("test")), false);
    const QString html = report.html();
    QVERIFY(html.contains(QStringLiteral("Risk unit 2 — Undefined")));
    QVERIFY(html.contains(QStringLiteral("a.very.long.collateral.sub.account.name.4@")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo not installed");
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished());
    const QByteArray meta = info.readAllStandardOutput();
    // summary + one page per unit at least
    const int pages =
        meta.mid(meta.indexOf("Pages:") + 6, 12).trimmed().split('\n').first().toInt();
    QVERIFY2(pages >= 3, meta.constData());

    ReportDocument masked(state, SnapshotHeader::from(state, QStringLiteral("test")), true);
    QVERIFY(!masked.html().contains(QStringLiteral("collateral001@test.com")));
}

// A desk polls the simulator and records; an earlier session (with a borrow, a repay and, days
// before, a forced liquidation) is in the same store. The PDF charts both windows of each unit.
void tst_ReportDocument::historyChartsFromARecordingDesk() {
    sim::SimExchange exchange(*sim::Scenario::load(QStringLiteral("calm")), 5);
    QVERIFY(exchange.listen());
    SettingsService settings;
    settings.load();
    QFile::remove(HistoryStore::defaultPath(QStringLiteral("report-history")));
    Desk desk({exchange.baseUrl(), exchange.parentCredentials(), u"report-history"_qs}, &settings);
    QVERIFY(desk.history());
    // What the same connection recorded yesterday, before LoanDesk was closed.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    pdfcheck::recordEarlierSession(desk.history(), exchange.riskUnit(10001), now);
    QSignalSpy added(desk.history(), &HistoryStore::sampleAdded);
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(added.size() >= 2, 20000); // the first poll, both units
    const MonitorState &state = *desk.session()->state();
    bool flushed = false;
    desk.history()->flush(this, [&flushed] { flushed = true; });
    QTRY_VERIFY(flushed);

    std::optional<ReportHistory> history;
    ReportHistory::read(desk.history(), state.groupIds(), this,
                        [&history](const ReportHistory &h) { history = h; });
    QTRY_VERIFY(history.has_value());
    const HistorySeries *day = history->series(10001, ReportHistory::Window::Day);
    QVERIFY(day && !day->buckets.isEmpty());
    QVERIFY2(!day->gaps.isEmpty(), "LoanDesk was closed for 16 hours: a gap");
    QSet<HistoryEvent::Kind> kinds; // the earlier session's, besides the simulator's records
    for (const HistoryEvent &e : history->series(10001, ReportHistory::Window::Week)->events)
        kinds.insert(e.kind);
    QVERIFY(kinds.contains(HistoryEvent::Kind::Borrow) &&
            kinds.contains(HistoryEvent::Kind::Repay) &&
            kinds.contains(HistoryEvent::Kind::Liquidation));
    QVERIFY(!kinds.contains(HistoryEvent::Kind::Interest)); // too many to mark

    ReportDocument report(state, SnapshotHeader::from(state, QStringLiteral("test")), false);
    report.setHistory(*history);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("history.pdf"));
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    if (!pdfcheck::havePoppler())
        QSKIP("poppler-utils not installed: the PDF is not read back");

    // Summary, then per unit its figures and a page with its two charts.
    QVERIFY2(pdfcheck::pageCount(pdf) >= 5, qPrintable(QString::number(pdfcheck::pageCount(pdf))));
    const QString body = pdfcheck::text(pdf);
    QCOMPARE(body.count(QStringLiteral("LTV, last 24 h")), 2);
    QCOMPARE(body.count(QStringLiteral("LTV, last 7 days")), 2);
    QVERIFY(body.contains(QStringLiteral("Times in UTC")));
    QVERIFY(!body.contains(QStringLiteral("No LTV recorded")));
    QVERIFY(body.contains(QStringLiteral("Borrow")));
    QVERIFY(body.contains(QStringLiteral("Forced liquidation")));
    QVERIFY(body.contains(QStringLiteral("Nothing recorded")));

    const int page = pdfcheck::pageWith(pdf, QStringLiteral("LTV history, risk unit 10001"));
    QVERIFY(page > 0);
    const QImage image = pdfcheck::rasterize(pdf, page, dir);
    QVERIFY(!image.isNull());
    image.save(dir.filePath(QStringLiteral("shown.png")));
    const QList<pdfcheck::Band> charts = pdfcheck::chartBands(image, image.height() / 12);
    QCOMPARE(charts.size(), 2); // the day and the week, one above the other
    for (const pdfcheck::Band &chart : charts) {
        QVERIFY2(chart.inkShare > 0.5, qPrintable(QString::number(chart.inkShare)));
        QVERIFY2(chart.pixelsOf(image, HistoryPlot::ltvColor(false)) > 5, "no LTV line");
        QVERIFY2(chart.pixelsOf(image, BandStyle::lineColor(LtvBand::Liquidation, false)) > 20,
                 "no liquidation line");
    }
    // The day's line rises over four hours: many pixels of it, not a dot.
    QVERIFY(charts.first().pixelsOf(image, HistoryPlot::ltvColor(false)) > 30);
}

void tst_ReportDocument::freshHistorySaysSoInWords() {
    MonitorState state;
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    ReportDocument report(state, SnapshotHeader::from(state, QStringLiteral("test")), false);
    ReportHistory empty;
    empty.nowMs = QDateTime::currentMSecsSinceEpoch();
    HistorySeries none;
    none.groupId = documentedExampleUnit().groupId;
    empty.day.insert(none.groupId, none);
    empty.week.insert(none.groupId, none);
    report.setHistory(empty);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fresh.pdf"));
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    if (!pdfcheck::havePoppler())
        QSKIP("poppler-utils not installed: the PDF is not read back");
    const QString body = pdfcheck::text(pdf);
    QVERIFY(body.contains(QStringLiteral("No LTV recorded in the last 24 h.")));
    QVERIFY(body.contains(QStringLiteral("No LTV recorded in the last 7 days.")));
    const int page = pdfcheck::pageWith(pdf, QStringLiteral("No LTV recorded"));
    const QImage image = pdfcheck::rasterize(pdf, page, dir);
    QVERIFY(pdfcheck::chartBands(image, image.height() / 12).isEmpty()); // words, no empty box
}

void tst_ReportDocument::localZoneIsNamed() {
    const QByteArray oldTz = qgetenv("TZ");
    const auto restore = qScopeGuard([oldTz] {
        DisplayFormat::setZone(DisplayFormat::Zone::Utc);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
    });
    qputenv("TZ", "Europe/Berlin");
    if (QTimeZone::systemTimeZoneId() != "Europe/Berlin")
        QSKIP("this system does not follow TZ");
    DisplayFormat::setZone(DisplayFormat::Zone::Local);
    MonitorState state;
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    ReportDocument report(state, SnapshotHeader::from(state, QStringLiteral("test")), false);
    ReportHistory history;
    history.nowMs =
        QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    report.setHistory(history);
    const QString html = report.html();
    QVERIFY2(html.contains(QStringLiteral("Times in CET (UTC+01:00, Europe/Berlin)")),
             qPrintable(html.mid(html.indexOf(u"Times in"_qs), 80)));
}

QTEST_MAIN(tst_ReportDocument)
#include "tst_reportdocument.moc"
