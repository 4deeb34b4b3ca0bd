// Demo mode opens with a month of history: started the way a user starts it (Launcher →
// simulator with its past → DeskOpener → Desk), the demo history file holds ~30 days of
// samples, the margin-call band crossings and, read from the simulator's record endpoints, the
// borrows, repays, interest and the forced liquidation. A second start replaces rather than
// repeats it; a real desk never takes a past in.
#include "../integration/simfixture.h"

#include "desk/desk.h"
#include "settings/appsettings.h"
#include "settings/memorysecretstore.h"
#include "settings/settingsservice.h"
#include "shell/commandline.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "sim/pastreplay.h"
#include "storage/historydatabase.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace loandesk;

namespace {

constexpr qint64 DayMs = 86'400'000;

struct Stored {
    qint64 samples = 0;
    std::optional<qint64> firstMs;
    QList<HistoryEvent> events;

    qsizetype count(HistoryEvent::Kind kind, const QString &detail = {}) const {
        return std::count_if(events.cbegin(), events.cend(), [&](const HistoryEvent &e) {
            return e.kind == kind && (detail.isEmpty() || e.detail.contains(detail));
        });
    }
};

// What the file holds, read beside the desk's own connection.
Stored read(const QString &path, qint64 groupId) {
    static int connection = 0;
    HistoryDatabase db(QStringLiteral("tst-demohistory-%1").arg(++connection));
    Stored out;
    if (!db.open(StorageLocation::sqlite(path)).isRecording())
        return out;
    out.samples = db.sampleCount(groupId);
    out.firstMs = db.firstSampleMs(groupId);
    out.events = db.events(groupId, 0, std::numeric_limits<qint64>::max());
    return out;
}

} // namespace

class tst_DemoHistory : public QObject {
    Q_OBJECT

    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<Launcher> m_launcher;
    Stored m_first;

    MainWindow *startDemo() {
        CommandLine options;
        options.demo = true;
        m_launcher = std::make_unique<Launcher>(options, m_settings.get());
        m_launcher->start();
        if (!QTest::qWaitFor([&] { return !m_launcher->windows()->windows().isEmpty(); }, 20000))
            return nullptr;
        return m_launcher->windows()->windows().constFirst();
    }

    // Waits until the month, the margin call and every kind of record are in the demo file.
    static bool monthArrived(Stored *a, Stored *b) {
        return QTest::qWaitFor(
            [&] {
                *a = read(HistoryStore::demoPath(), 10001);
                *b = read(HistoryStore::demoPath(), 10002);
                return a->count(HistoryEvent::Kind::Liquidation) > 0 &&
                       a->count(HistoryEvent::Kind::Interest) > 500 &&
                       a->count(HistoryEvent::Kind::Borrow) > 0 &&
                       b->count(HistoryEvent::Kind::Repay) > 0 &&
                       b->count(HistoryEvent::Kind::Interest) > 500;
            },
            90000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("LOANDESK_HISTORY_DB");
        QFile::remove(AppSettings::defaultPath());
        QFile::remove(HistoryStore::demoPath());
        m_settings = std::make_unique<SettingsService>();
        m_settings->load();
    }

    void cleanup() { m_launcher.reset(); }

    void demoOpensWithAMonth() {
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        MainWindow *window = startDemo();
        QVERIFY(window);
        QCOMPARE(window->desk()->kind(), DeskKind::Demo);
        Stored alpha, beta;
        QVERIFY2(monthArrived(&alpha, &beta), qPrintable(QStringLiteral("samples %1, events %2")
                                                             .arg(alpha.samples)
                                                             .arg(alpha.events.size())));
        // Every 5 minutes for 30 days (identical neighbours may share a row).
        QVERIFY2(alpha.samples > 8000, qPrintable(QString::number(alpha.samples)));
        QVERIFY(beta.samples > 8000);
        QVERIFY(alpha.firstMs && *alpha.firstMs <= started - 30 * DayMs + 3'600'000);
        QVERIFY(*alpha.firstMs >= started - 31 * DayMs);
        // The margin-call episode is marked where the LTV crossed into the band and out again.
        QVERIFY(beta.count(HistoryEvent::Kind::BandCrossing, QStringLiteral(">margin_call")) >= 1);
        QVERIFY(beta.count(HistoryEvent::Kind::BandCrossing, QStringLiteral("margin_call>")) >= 1);
        QCOMPARE(alpha.count(HistoryEvent::Kind::Liquidation), 1);
        QVERIFY(alpha.count(HistoryEvent::Kind::ForceRepay) >= 1);
        // The liquidation lies within the records window's default week: listed at once.
        const auto liq =
            std::find_if(alpha.events.cbegin(), alpha.events.cend(),
                         [](const auto &e) { return e.kind == HistoryEvent::Kind::Liquidation; });
        QVERIFY(liq->timeMs > started - 7 * DayMs && liq->timeMs < started - DayMs);
        // Live samples follow the month.
        QTRY_VERIFY_WITH_TIMEOUT(read(HistoryStore::demoPath(), 10001).samples > alpha.samples,
                                 20000);
        m_first = read(HistoryStore::demoPath(), 10001);
    }

    void secondStartDoesNotRepeatIt() {
        QVERIFY(m_first.samples > 0);
        QVERIFY(startDemo());
        Stored alpha, beta;
        QVERIFY(monthArrived(&alpha, &beta));
        QCOMPARE(alpha.count(HistoryEvent::Kind::Liquidation), 1);
        QVERIFY(alpha.samples < m_first.samples + 200);
        QCOMPARE(alpha.count(HistoryEvent::Kind::Borrow),
                 m_first.count(HistoryEvent::Kind::Borrow));
        QVERIFY(alpha.count(HistoryEvent::Kind::Interest) <=
                m_first.count(HistoryEvent::Kind::Interest) + 2);
    }

    // A real desk handed a past (by mistake) records only what it polls itself.
    void realDeskTakesNoPast() {
        const Stored demoBefore = read(HistoryStore::demoPath(), 10001);
        const sim::Scenario calm = *sim::Scenario::load(QStringLiteral("calm"));
        test::SimFixture sim(calm, 1);
        sim::PastReplay past(calm, 1, sim.exchange().engine().startMs());
        QVERIFY(past.run());
        DeskOptions real{sim.exchange().baseUrl(), sim.exchange().parentCredentials(),
                         QStringLiteral("realdesk"), DeskKind::Real};
        real.demoPast = past.samples();
        const QString file = HistoryStore::defaultPath(QStringLiteral("realdesk"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        {
            Desk desk(real, m_settings.get(), std::make_unique<MemorySecretStore>());
            QSignalSpy added(desk.history(), &HistoryStore::sampleAdded);
            desk.start();
            QTRY_VERIFY_WITH_TIMEOUT(added.size() >= 2, 20000);
        } // closing the desk commits the samples still written behind
        const Stored alpha = read(file, 10001);
        QVERIFY(alpha.samples >= 1);
        QVERIFY(alpha.samples < 20);
        QVERIFY(*alpha.firstMs >= started - 1000);
        QCOMPARE(alpha.count(HistoryEvent::Kind::BandCrossing), 0);
        QCOMPARE(read(HistoryStore::demoPath(), 10001).samples, demoBefore.samples);
    }
};

QTEST_MAIN(tst_DemoHistory)
#include "tst_demohistory.moc"
