// bench_poll: the CPU one ltv-details poll costs LoanDesk, against the real simulator over
// loopback (a separate loandesk-sim process, so its own CPU is not counted).
//   0. The client alone: sign → HTTP → parse (ExchangeClient::fetchLtvDetails), what an SDK's
//      call does, spaced like the pipeline.
//   1. The pipeline without a window: sign → HTTP → parse → MonitorState → the dashboard's item
//      models → history write (ExchangeClient, MonitorSession, RiskUnitListModel,
//      KeyFiguresModel, CollateralTreeModel, HistoryRecorder, HistoryStore), one poll every
//      --spacing-ms (the simulator allows one ltv-details call a second): the main thread's CPU
//      from the call until the samples reach the history store, plus the history thread's
//      (write-behind) commits over the run, per poll.
//   2. The whole app: the real MainWindow opened the way LoanDesk opens it (Launcher,
//      DeskOpener), shown on the offscreen platform at 1920×1080 and polling on its own
//      scheduler at the default 5 s (composition reads, ages, repaints included); CPU per poll
//      cycle (from one poll's start to the next) and per poll burst (from a poll's start until
//      its models, history and repaints are done, 600 ms after it returned).
// CPU is user + system: CLOCK_PROCESS_CPUTIME_ID for the process, CLOCK_THREAD_CPUTIME_ID for
// the main thread, /proc schedstat for each thread.
// Usage:
//   bench_poll [--sim PATH] [--polls N] [--warmup N] [--spacing-ms MS] [--window-cycles N]
//              [--window-warmup-s S] [--skip-window]
#include "desk/desk.h"
#include "exchange/exchangeclient.h"
#include "models/collateraltreemodel.h"
#include "models/keyfiguresmodel.h"
#include "models/riskunitlistmodel.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "recording/historyrecorder.h"
#include "settings/settingsservice.h"
#include "shell/commandline.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "storage/historystore.h"
#include "storage/storagelocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

using namespace loandesk;

namespace {

// The process's CPU, or with CLOCK_THREAD_CPUTIME_ID the calling thread's.
double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time per thread name (the main thread, the history thread), in ms,
// from the scheduler's nanosecond runtime of each of this process's threads.
QMap<QString, double> threadCpuMs() {
    QMap<QString, double> byName;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed());
        byName[name] += stat.readAll().split(' ').value(0).toDouble() / 1e6;
    }
    return byName;
}

void addDelta(QMap<QString, double> &sum, const QMap<QString, double> &before,
              const QMap<QString, double> &after) {
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        sum[it.key()] += it.value() - before.value(it.key());
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double mean(const QList<double> &v) {
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.isEmpty() ? 0 : sum / double(v.size());
}

void report(const char *what, const QList<double> &ms) {
    if (ms.isEmpty())
        return;
    std::printf("%s: median %.2f ms, mean %.2f ms, min %.2f ms, max %.2f ms (n = %lld)\n", what,
                median(ms), mean(ms), *std::min_element(ms.cbegin(), ms.cend()),
                *std::max_element(ms.cbegin(), ms.cend()), static_cast<long long>(ms.size()));
    std::fflush(stdout);
}

// Runs the event loop until `done` holds (checked whenever check() is called) or the timeout.
// Unlike QTest::qWaitFor, which wakes every 10 ms, waiting here costs no CPU, so the figures
// are the app's alone.
class Waiter {
public:
    void check() {
        if (m_done && m_done())
            m_loop.quit();
    }
    bool wait(std::function<bool()> done, int timeoutMs) {
        m_done = std::move(done);
        if (m_done()) {
            m_done = {};
            return true;
        }
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop.exec();
        const bool ok = m_done();
        m_done = {};
        return ok;
    }
    static void sleep(int ms) {
        QEventLoop loop;
        QTimer::singleShot(std::max(ms, 0), &loop, &QEventLoop::quit);
        loop.exec();
    }

private:
    QEventLoop m_loop;
    std::function<bool()> m_done;
};

struct Sim {
    QProcess process;
    QUrl url;
    ApiCredentials parent;
};

bool startSim(Sim &sim, const QString &binary) {
    QTcpServer probe; // a free port, given back at once for the simulator to take
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    sim.process.setProgram(binary);
    sim.process.setArguments({QStringLiteral("--port"), QString::number(port),
                              QStringLiteral("--scenario"), QStringLiteral("calm")});
    sim.process.start();
    QByteArray out;
    const QRegularExpression key(QStringLiteral("role=parent .*apiKey=(\\S+) secret=(\\S+)"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        sim.process.waitForReadyRead(200);
        out += sim.process.readAllStandardOutput();
        const QRegularExpressionMatch m = key.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            sim.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            sim.parent = {m.captured(1), m.captured(2).toUtf8()};
            return true;
        }
    }
    std::fprintf(stderr, "simulator did not start: %s\n", out.constData());
    return false;
}

// Signed calls need the exchange's clock first, as the app's first poll does.
bool syncClock(MonitorSession &session, Waiter &waiter) {
    bool synced = false;
    session.client()->syncTime(&session, [&](Result<qint64>) {
        synced = true;
        waiter.check();
    });
    return waiter.wait([&] { return synced; }, 10000);
}

// Stage 0: the client alone (sign, HTTP, parse into RiskUnit values), what the SDK's call does.
bool clientOnly(const Sim &sim, int warmup, int polls, int spacingMs) {
    MonitorSession session(sim.url, sim.parent);
    Waiter waiter;
    if (!syncClock(session, waiter))
        return false;
    QList<double> cpu;
    for (int i = 0; i < warmup + polls; ++i) {
        QElapsedTimer began;
        began.start();
        const double c0 = cpuMs();
        std::optional<bool> ok;
        session.client()->fetchLtvDetails(std::nullopt, &session,
                                          [&](Result<QList<RiskUnit>> result) {
                                              ok = result.ok();
                                              waiter.check();
                                          });
        if (!waiter.wait([&] { return ok.has_value(); }, 10000) || !*ok)
            return false;
        if (i >= warmup)
            cpu << cpuMs() - c0;
        Waiter::sleep(int(spacingMs - began.elapsed()));
    }
    std::printf("\n0. the client alone (sign, HTTP, parse), one call every %d ms\n", spacingMs);
    report("   CPU per call", cpu);
    return true;
}

// Stage 1: the pipeline without a window, one poll every spacingMs. The history store writes
// behind (one transaction per HistoryStore::writeBehindMs()), so a poll's cost is the main
// thread's CPU from the call until its samples are handed over to the store (MonitorState's
// 100 ms coalescing, the models and the recorder included) plus its share of every other
// thread's CPU over the whole run (the history thread's commits, a last one of what is still
// pending included). The age display's ticks between polls are the idle budget's, not counted.
bool pipeline(const Sim &sim, const QString &dir, int warmup, int polls, int spacingMs) {
    MonitorSession session(sim.url, sim.parent);
    MonitorState *state = session.state();
    RiskUnitListModel units(state);
    KeyFiguresModel figures(state);
    CollateralTreeModel tree(state);
    HistoryStore store;
    store.open(StorageLocation::sqlite(dir + QStringLiteral("/pipeline.sqlite")));
    HistoryRecorder recorder(state, session.collateral(), &store);
    Waiter waiter;
    int added = 0;
    int committed = 0;
    QObject::connect(&store, &HistoryStore::sampleAdded, &store, [&] {
        ++added;
        waiter.check();
    });
    QObject::connect(&store, &HistoryStore::sampleStored, &store, [&] { ++committed; });

    if (!syncClock(session, waiter))
        return false;
    auto commitAll = [&] {
        bool flushed = false;
        store.flush(&store, [&] {
            flushed = true;
            waiter.check();
        });
        return waiter.wait([&] { return flushed; }, 10000);
    };

    QList<double> main;
    QList<double> wall;
    QMap<QString, double> t0;
    int committedBefore = 0;
    for (int i = 0; i < warmup + polls; ++i) {
        if (i == warmup) {
            if (!commitAll()) // the warm-up's samples are not this run's
                return false;
            committedBefore = committed;
            t0 = threadCpuMs();
        }
        QElapsedTimer began;
        began.start();
        const double m0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const int addedBefore = added;
        bool failed = false;
        int count = 0;
        session.client()->fetchLtvDetails(
            std::nullopt, &session, [&](Result<QList<RiskUnit>> result) {
                if (!result.ok()) {
                    failed = true;
                    std::fprintf(stderr, "poll failed: %s\n", qPrintable(result.error().message));
                    waiter.check();
                    return;
                }
                count = int(result.value().size());
                state->applyUnits(result.value(), QDateTime::currentDateTimeUtc());
                if (figures.groupId() == 0 && count > 0) {
                    figures.setGroupId(result.value().first().groupId);
                    tree.setGroupId(result.value().first().groupId);
                }
            });
        const bool done = waiter.wait(
            [&] { return failed || (count > 0 && added - addedBefore >= count); }, 10000);
        if (!done || failed)
            return false;
        if (i >= warmup) {
            main << cpuMs(CLOCK_THREAD_CPUTIME_ID) - m0;
            wall << double(began.nsecsElapsed()) / 1e6;
        }
        Waiter::sleep(int(spacingMs - began.elapsed()));
    }
    if (!commitAll())
        return false;
    QMap<QString, double> others;
    addDelta(others, t0, threadCpuMs());
    others.remove(QCoreApplication::applicationName());
    double othersMs = 0;
    for (const double ms : std::as_const(others))
        othersMs += ms;
    std::printf("\n1. pipeline without a window (sign, HTTP, parse, state, 3 models, history "
                "write), one poll every %d ms, history written behind every %d ms\n",
                spacingMs, store.writeBehindMs());
    std::printf("   CPU per poll: %.2f ms (main thread's mean + other threads' %.1f ms over the "
                "%d polls; %d commit notices, one per unit and commit)\n",
                mean(main) + othersMs / polls, othersMs, polls, committed - committedBefore);
    report("   main thread, call to samples handed over", main);
    std::printf("   other threads, mean per poll:");
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        std::printf(" %s %.2f ms;", qPrintable(it.key()), it.value() / polls);
    std::printf("\n");
    report("   wall per poll (includes MonitorState's 100 ms coalescing)", wall);
    return true;
}

// Stage 2: the real window on its own 5 s scheduler.
bool window(const Sim &sim, int warmupS, int cycles) {
    SettingsService settings;
    settings.load();
    Launcher launcher(CommandLine{}, &settings);
    QPointer<MainWindow> w = launcher.windows()->open({sim.url, sim.parent, u"bench"_qs});
    if (!w)
        return false;
    w->resize(1920, 1080);
    w->show();
    PollScheduler *scheduler = w->desk()->session()->scheduler();
    Waiter waiter;
    QList<double> starts; // process CPU at each poll's start
    QList<double> bursts;
    double burstFrom = -1;
    bool measuring = false;
    QObject::connect(scheduler, &PollScheduler::pollStarted, w, [&] {
        if (!measuring)
            return;
        burstFrom = cpuMs();
        starts << burstFrom;
        waiter.check();
    });
    QObject::connect(scheduler, &PollScheduler::pollFinished, w, [&] {
        if (burstFrom < 0)
            return;
        const double from = burstFrom;
        burstFrom = -1;
        QTimer::singleShot(600, w, [&bursts, from] { bursts << cpuMs() - from; });
    });
    Waiter::sleep(warmupS * 1000);
    measuring = true;
    const double c0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    if (!waiter.wait([&] { return starts.size() > cycles; }, (cycles + 5) * 7000))
        return false;
    const double total = starts.last() - starts.first();
    QList<double> perCycle;
    for (qsizetype i = 1; i < starts.size(); ++i)
        perCycle << starts.at(i) - starts.at(i - 1);
    std::printf("\n2. the whole app: MainWindow shown offscreen at 1920x1080, polling every %d ms "
                "on its own scheduler, after %d s of warm-up\n",
                scheduler->ltvIntervalMs(), warmupS);
    report("   CPU per poll cycle (everything the process did between two polls)", perCycle);
    report("   CPU per poll burst (poll start to 600 ms after its answer)", bursts);
    std::printf("   process CPU over %.0f s: %.3f %% of one core (%.1f ms over %lld cycles)\n",
                double(wall.elapsed()) / 1000.0, 100.0 * (cpuMs() - c0) / double(wall.elapsed()),
                total, static_cast<long long>(cycles));
    return true;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Every file the window writes (settings, history, journal, lock) in a throwaway home.
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOpt(
        QStringLiteral("sim"), QStringLiteral("loandesk-sim binary"), QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/sim/loandesk-sim"));
    const QCommandLineOption pollsOpt(QStringLiteral("polls"), QStringLiteral("measured polls"),
                                      QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption warmupOpt(QStringLiteral("warmup"), QStringLiteral("warm-up polls"),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption spacingOpt(QStringLiteral("spacing-ms"),
                                        QStringLiteral("time between pipeline polls"),
                                        QStringLiteral("MS"), QStringLiteral("1100"));
    const QCommandLineOption cyclesOpt(QStringLiteral("window-cycles"),
                                       QStringLiteral("measured poll cycles of the window"),
                                       QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption windowWarmupOpt(QStringLiteral("window-warmup-s"),
                                             QStringLiteral("seconds before measuring"),
                                             QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption skipWindowOpt(QStringLiteral("skip-window"),
                                           QStringLiteral("the pipeline only"));
    parser.addOptions(
        {simOpt, pollsOpt, warmupOpt, spacingOpt, cyclesOpt, windowWarmupOpt, skipWindowOpt});
    parser.process(app);

    Sim sim;
    if (!startSim(sim, parser.value(simOpt)))
        return 1;
    std::printf("bench_poll against %s (loandesk-sim --scenario calm, its own process)\n",
                qPrintable(sim.url.toString()));
    const bool ok =
        clientOnly(sim, parser.value(warmupOpt).toInt(), parser.value(pollsOpt).toInt(),
                   parser.value(spacingOpt).toInt()) &&
        pipeline(sim, home.path(), parser.value(warmupOpt).toInt(), parser.value(pollsOpt).toInt(),
                 parser.value(spacingOpt).toInt()) &&
        (parser.isSet(skipWindowOpt) ||
         window(sim, parser.value(windowWarmupOpt).toInt(), parser.value(cyclesOpt).toInt()));
    sim.process.terminate();
    sim.process.waitForFinished(3000);
    if (!ok) {
        std::fprintf(stderr, "bench_poll failed\n");
        return 1;
    }
    return 0;
}
