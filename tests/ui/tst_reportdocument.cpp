#include "reportwriter/reportdocument.h"
#include "sampleunits.h"

#include "monitor/monitorstate.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_ReportDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void undefinedLtvAndManyMembers();
};

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

QTEST_MAIN(tst_ReportDocument)
#include "tst_reportdocument.moc"
