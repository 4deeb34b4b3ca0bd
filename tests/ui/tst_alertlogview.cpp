#include "testhelpers.h"

#include "alertdelivery/alertbanner.h"
#include "alertdelivery/alertlogview.h"
#include "alertdelivery/alertsound.h"
#include "alerts/alertlog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace loandesk;

// The alert log view and banner as a user sees them: what each alert says, acknowledging with a
// note, the banner disappearing once everything is acknowledged, and the bell patterns.
class tst_AlertLogView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsAndAcknowledges();
    void bellsPerSeverityAndMute();

private:
    static Alert make(Alert::Kind kind, qint64 group, const char *value, const char *threshold) {
        Alert a;
        a.kind = kind;
        a.groupId = group;
        if (value)
            a.value = dec(value);
        a.threshold = threshold ? dec(threshold) : Decimal::invalid();
        a.raisedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 41, 7), QTimeZone::utc());
        return a;
    }
};

void tst_AlertLogView::showsAndAcknowledges() {
    QTemporaryDir dir;
    AlertLog log(dir.filePath(QStringLiteral("alerts.jsonl")));
    QWidget window;
    auto *banner = new AlertBanner(&log, &window);
    auto *view = new AlertLogView(&log, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(banner);
    layout->addWidget(view);
    window.resize(1100, 420);
    window.show();
    QVERIFY(banner->isHidden());
    log.append(make(Alert::Kind::LtvWarning, 20001, "0.8412", "0.75"));
    log.append(make(Alert::Kind::MarginCall, 20001, "0.9031", "0.9"));
    Alert feed = make(Alert::Kind::FeedDown, 0, nullptr, nullptr);
    feed.detail = QStringLiteral("network");
    log.append(feed);
    log.append(make(Alert::Kind::LiquidationImminent, 20001, "0.9714", "0.97"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Risk unit 20001")));
    QVERIFY(banner->text().contains(QStringLiteral("97.14 %")));
    QVERIFY(banner->text().contains(QStringLiteral("UTC")));
    QVERIFY(banner->text().contains(QStringLiteral("3 more open")));
    QCOMPARE(view->table()->model()->rowCount(), 4);
    QCOMPARE(view->table()->model()->index(0, 2).data().toString(),
             QStringLiteral("Liquidation imminent"));
    QCoreApplication::processEvents(); // let the columns and the banner lay out
    const QString out = qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR", dir.path());
    QVERIFY(window.grab().save(out + QStringLiteral("/alert-log.png")));

    view->table()->selectRow(1);
    view->findChild<QLineEdit *>(QStringLiteral("alertNoteEdit"))
        ->setText(QStringLiteral("feed back after restart"));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("acknowledgeButton")),
                      Qt::LeftButton);
    QVERIFY(log.alerts().at(2).isAcknowledged());
    QCOMPARE(log.alerts().at(2).note, QStringLiteral("feed back after restart"));
    QVERIFY(view->table()->model()->index(1, 5).data().toString().contains(
        QStringLiteral("feed back after restart")));
    while (log.unacknowledgedCount() > 0)
        QTest::mouseClick(
            banner->findChild<QPushButton *>(QStringLiteral("alertBannerAcknowledge")),
            Qt::LeftButton);
    QVERIFY(banner->isHidden());
}

void tst_AlertLogView::bellsPerSeverityAndMute() {
    AlertSound sound;
    const Alert notice = make(Alert::Kind::LtvDisagreement, 1, "0.5", "0.6");
    const Alert warning = make(Alert::Kind::LtvWarning, 1, "0.76", "0.75");
    const Alert critical = make(Alert::Kind::MarginCall, 1, "0.91", "0.9");
    QCOMPARE(sound.bellsFor(notice), 1);
    QCOMPARE(sound.bellsFor(warning), 2);
    QCOMPARE(sound.bellsFor(critical), 3);
    sound.setMuted(true);
    QCOMPARE(sound.bellsFor(notice), 0);
    QCOMPARE(sound.bellsFor(warning), 0);
    QCOMPARE(sound.bellsFor(critical), 3); // critical is never muted
}

QTEST_MAIN(tst_AlertLogView)
#include "tst_alertlogview.moc"
