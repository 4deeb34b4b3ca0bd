#include "common/snapshotheader.h"
#include "pdfcheck.h"
#include "reportwriter/reportbundle.h"
#include "reportwriter/scheduledreporter.h"
#include "sampleunits.h"

#include "monitor/monitorstate.h"
#include "panels/dashboardwidget.h"
#include "report/reportmanifest.h"
#include "report/reportschedule.h"
#include "settings/settingsservice.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_ReportBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void bundleIsCompleteAndVerifiable();
    void failedBundleLeavesNoFolder();
    void reportInAnotherLanguageThanTheInterface();
    void scheduleSurvivesRestartAndCatchesUpOnce();
    void scheduledReportChartsTheHistory();
};

void tst_ReportBundle::bundleIsCompleteAndVerifiable() {
    MonitorState state;
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    DashboardWidget dashboard(&state);
    QTemporaryDir dir;
    QString error;
    const QString folder =
        ReportBundle::write(dir.path(), state, SnapshotHeader::from(state, QStringLiteral("test")),
                            &dashboard, true, &error);
    QVERIFY2(!folder.isEmpty(), qPrintable(error));
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({QStringLiteral("collateral-assets.csv"), QStringLiteral("collateral.csv"),
                          QStringLiteral("key-figures.csv"), QStringLiteral("manifest.json"),
                          QStringLiteral("price-triggers.csv"), QStringLiteral("report.pdf"),
                          QStringLiteral("snapshot.png"), QStringLiteral("state.json")}));
    const QString manifest = QDir(folder).filePath(QStringLiteral("manifest.json"));
    QVERIFY(ReportManifest::verify(manifest, &error).isEmpty());

    QFile csv(QDir(folder).filePath(QStringLiteral("collateral.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.contains(",4.98938226,0.50106177\r\n")); // exact amounts
    QVERIFY(!content.contains("collateral001@test.com"));    // masked as asked
    csv.close();

    // an altered file is caught by the manifest
    QVERIFY(csv.open(QIODevice::Append));
    csv.write("1,tampered\r\n");
    csv.close();
    QCOMPARE(ReportManifest::verify(manifest, &error),
             QStringList{QStringLiteral("collateral.csv")});
}

void tst_ReportBundle::reportInAnotherLanguageThanTheInterface() {
    // An English desk sends its committee a Chinese report: the PDF is Chinese, the interface
    // stays English afterwards.
    const QLocale before;
    MonitorState state;
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    DashboardWidget dashboard(&state);
    QTemporaryDir dir;
    QString error;
    const QString folder =
        ReportBundle::write(dir.path(), state, SnapshotHeader::from(state, QStringLiteral("test")),
                            &dashboard, false, &error, QStringLiteral("zh_CN"));
    QVERIFY2(!folder.isEmpty(), qPrintable(error));
    QCOMPARE(QCoreApplication::translate("ReportDocument", "Summary"), QStringLiteral("Summary"));
    QCOMPARE(QLocale(), before);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) not installed: the PDF's language not checked");
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QDir(folder).filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(QStringLiteral("风险单位")), qPrintable(body.left(300)));
    QVERIFY(!body.contains(QStringLiteral("Summary")));
}

void tst_ReportBundle::failedBundleLeavesNoFolder() {
    MonitorState state;
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    DashboardWidget dashboard(&state);
    QTemporaryDir dir;
    // the parent "folder" is a file: nothing can be created under it
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QString error;
    const QString folder =
        ReportBundle::write(blocker, state, SnapshotHeader::from(state, QStringLiteral("test")),
                            &dashboard, false, &error);
    QVERIFY(folder.isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("blocker")});
}

void tst_ReportBundle::scheduleSurvivesRestartAndCatchesUpOnce() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReportSchedule s;
    QVERIFY(!s.nextRun(now).isValid()); // off by default
    s.enabled = true;
    s.folder = QStringLiteral("/tmp/reports");
    s.everyHours = 24;
    QCOMPARE(s.nextRun(now), now); // never ran: run now
    s.lastRun = now.addSecs(-3600);
    QCOMPARE(s.nextRun(now), now.addSecs(23 * 3600));
    s.save();
    const ReportSchedule restarted = ReportSchedule::load();
    QCOMPARE(restarted.enabled, true);
    QCOMPARE(restarted.everyHours, 24);
    QCOMPARE(restarted.lastRun, s.lastRun);
    // closed for three days: one report at start, not three
    s.lastRun = now.addDays(-3);
    QVERIFY(s.nextRun(now) <= now);
    // the clock went backwards: not postponed
    s.lastRun = now.addDays(2);
    QCOMPARE(s.nextRun(now), now);
}

// "Write now" in the schedule dialog, as DeskOpener wires the reporter: the PDF in the folder
// has the unit's chart from the desk's history store.
void tst_ReportBundle::scheduledReportChartsTheHistory() {
    MonitorState state;
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    HistoryStore history;
    history.open(StorageLocation::sqlite(dir.filePath(QStringLiteral("history.sqlite"))));
    pdfcheck::recordEarlierSession(&history, documentedExampleUnit(),
                                   QDateTime::currentMSecsSinceEpoch());
    SettingsService settings;
    settings.load();
    ScheduledReporter reporter(&state, QStringLiteral("test"), &settings);
    reporter.setHistory(&history);
    ReportSchedule schedule = reporter.schedule();
    schedule.folder = dir.filePath(QStringLiteral("reports"));
    reporter.setSchedule(schedule);
    std::optional<std::pair<QString, QString>> result;
    reporter.writeNow(this, [&result](const QString &folder, const QString &error) {
        result = {folder, error};
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(!result->first.isEmpty(), qPrintable(result->second));
    if (!pdfcheck::havePoppler())
        QSKIP("poppler-utils not installed: the PDF is not read back");
    const QString pdf = QDir(result->first).filePath(QStringLiteral("report.pdf"));
    const QString body = pdfcheck::text(pdf);
    QVERIFY(body.contains(QStringLiteral("LTV, last 24 h")));
    QVERIFY2(!body.contains(QStringLiteral("No LTV recorded")), qPrintable(body));
    const int page = pdfcheck::pageWith(pdf, QStringLiteral("LTV, last 24 h"));
    const QImage image = pdfcheck::rasterize(pdf, page, dir);
    QCOMPARE(pdfcheck::chartBands(image, image.height() / 12).size(), 2);
}

QTEST_MAIN(tst_ReportBundle)
#include "tst_reportbundle.moc"
