// bench_history: how fast the LTV history answers the charts' queries on a year of data.
// Generates (once; cached next to the binary) 5-second samples for several units, then times
// decimation (HistoryDatabase::series, ~1600 buckets, reading rollups where they are fine
// enough) per range and, when the UI is built, the LTV chart's redraw. Usage:
//   bench_history [--rows-per-unit N] [--units N] [--buckets N] [--db FILE] [--repeat N]
//                 [--shots DIR]  (saves each range's chart as DIR/bench-<range>.png)
//                 [--width PX]   (the charts' width; the app asks for one bucket per pixel)
//                 [--group-ids 10001,10002] (the units' ids instead of 1..N, e.g. a simulator's)
//                 [--end-now]    (the samples end now instead of on 2026-01-01, so the app's
//                                 live ranges show them) [--generate-only]
#include "storage/historydatabase.h"
#include "storage/historyrollups.h"

#ifdef LOANDESK_BENCH_CHART
#include "charts/equityliabilitychart.h"
#include "charts/ltvhistorychart.h"

#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace loandesk;

namespace {

constexpr qint64 Step = 5000;
qint64 Start = 1'735'689'600'000;  // 2025-01-01T00:00:00Z unless --end-now
constexpr int RowsPerInsert = 200; // multi-row INSERTs: far fewer statements to run

bool generate(HistoryDatabase &db, const QList<qint64> &ids, qint64 rowsPerUnit) {
    const int units = int(ids.size());
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    // A cache file, rebuilt if lost: no journal while generating, WAL again afterwards.
    q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    q.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    QString sql = QStringLiteral(
        "INSERT INTO samples (group_id, fetched_ms, until_ms, exchange_ms, ltv, ltv_computed,"
        " net_equity, maint_margin, liability, ltv_r, net_equity_r, liability_r, digest) VALUES ");
    for (int i = 0; i < RowsPerInsert; ++i)
        sql +=
            (i ? QStringLiteral(",") : QString()) + QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!c.transaction() || !q.prepare(sql)) {
        std::fprintf(stderr, "prepare: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    std::mt19937_64 rng(42);
    std::normal_distribution<double> noise(0.0, 0.0015);
    for (int u = 1; u <= units; ++u) {
        const qint64 groupId = ids.at(u - 1);
        double ltv = 0.55 + 0.03 * u;
        int pending = 0;
        for (qint64 i = 0; i < rowsPerUnit; ++i) {
            ltv = std::clamp(ltv + noise(rng) + (0.6 - ltv) * 0.001, 0.2, 1.2);
            const qint64 t = Start + i * Step;
            const QString l = QString::number(ltv, 'f', 8);
            const double liability = 1'000'000.0 + double(u) * 1000;
            const double equity = liability / ltv + 20'000;
            q.addBindValue(groupId);
            q.addBindValue(t);
            q.addBindValue(t);
            q.addBindValue(t - 90);
            q.addBindValue(l);
            q.addBindValue(l);
            q.addBindValue(QString::number(equity, 'f', 8));
            q.addBindValue(QStringLiteral("20000"));
            q.addBindValue(QString::number(liability, 'f', 8));
            q.addBindValue(ltv);
            q.addBindValue(equity);
            q.addBindValue(liability);
            q.addBindValue(QString::number(i, 16));
            if (++pending == RowsPerInsert) {
                if (!q.exec()) {
                    std::fprintf(stderr, "insert: %s\n", qPrintable(q.lastError().text()));
                    return false;
                }
                pending = 0;
            }
        }
        // The tail that does not fill a whole statement.
        QVariantList rest = q.boundValues();
        rest.resize(pending * 13);
        QSqlQuery tail(c);
        QString one = sql.left(sql.indexOf(QStringLiteral("VALUES")) + 7);
        for (int i = 0; i < pending; ++i)
            one += (i ? QStringLiteral(",") : QString()) +
                   QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (pending) {
            tail.prepare(one);
            for (const QVariant &v : rest)
                tail.addBindValue(v);
            tail.exec();
        }
        std::printf("  unit %lld: %lld rows, %.0f s so far\n", static_cast<long long>(groupId),
                    static_cast<long long>(rowsPerUnit), timer.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    if (!c.commit())
        return false;
    std::printf("generated %lld rows in %.1f s (%.0f rows/s)\n",
                static_cast<long long>(rowsPerUnit) * units, timer.elapsed() / 1000.0,
                double(rowsPerUnit) * units / (timer.elapsed() / 1000.0));
    // The rows went in behind the store's back, so their rollups are built the way migration 3
    // back-fills an existing database.
    QElapsedTimer rollupTimer;
    rollupTimer.start();
    c.transaction();
    for (const QString &sql :
         HistoryRollups::backfillStatements(StorageLocation::Backend::Sqlite)) {
        if (!q.exec(sql)) {
            std::fprintf(stderr, "rollups: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    if (!c.commit())
        return false;
    std::printf("built rollups in %.1f s\n", rollupTimer.elapsed() / 1000.0);
    q.exec(QStringLiteral("ANALYZE"));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return true;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv) {
#ifdef LOANDESK_BENCH_CHART
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows-per-unit"),
                                     QStringLiteral("samples per unit (default: a year at 5 s)"),
                                     QStringLiteral("N"), QString::number(365LL * 24 * 720));
    const QCommandLineOption unitsOpt(QStringLiteral("units"), QStringLiteral("units"),
                                      QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption bucketsOpt(QStringLiteral("buckets"), QStringLiteral("buckets"),
                                        QStringLiteral("N"), QStringLiteral("1600"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("runs per range"),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("database file"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption shotsOpt(QStringLiteral("shots"),
                                      QStringLiteral("save each range's chart into DIR"),
                                      QStringLiteral("DIR"));
    const QCommandLineOption widthOpt(QStringLiteral("width"), QStringLiteral("chart width"),
                                      QStringLiteral("PX"), QStringLiteral("1600"));
    const QCommandLineOption idsOpt(QStringLiteral("group-ids"),
                                    QStringLiteral("comma-separated unit ids (default 1..units)"),
                                    QStringLiteral("LIST"));
    const QCommandLineOption endNowOpt(QStringLiteral("end-now"),
                                       QStringLiteral("the samples end now"));
    const QCommandLineOption generateOnlyOpt(QStringLiteral("generate-only"),
                                             QStringLiteral("generate the database and stop"));
    parser.addOptions({rowsOpt, unitsOpt, bucketsOpt, repeatOpt, dbOpt, shotsOpt, widthOpt, idsOpt,
                       endNowOpt, generateOnlyOpt});
    parser.process(app);
    const qint64 rows = parser.value(rowsOpt).toLongLong();
    QList<qint64> ids;
    for (const QString &id : parser.value(idsOpt).split(u',', Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    if (ids.isEmpty()) {
        for (int u = 1; u <= parser.value(unitsOpt).toInt(); ++u)
            ids.append(u);
    }
    const int units = int(ids.size());
    if (parser.isSet(endNowOpt))
        Start = QDateTime::currentMSecsSinceEpoch() / Step * Step - rows * Step;
    const int buckets = parser.value(bucketsOpt).toInt();
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    const QString path =
        parser.isSet(dbOpt)
            ? parser.value(dbOpt)
            : QCoreApplication::applicationDirPath() +
                  QStringLiteral("/bench_history-%1x%2.sqlite").arg(units).arg(rows);

    HistoryDatabase db(QStringLiteral("bench"));
    const bool cached = QFileInfo::exists(path);
    QElapsedTimer openTimer;
    openTimer.start();
    const StorageStatus status = db.open(StorageLocation::sqlite(path));
    // Opening an older cached file runs the migrations, including the rollup back-fill.
    if (cached)
        std::printf("opened (and migrated) in %.1f s\n", openTimer.elapsed() / 1000.0);
    if (status.kind != StorageStatus::Kind::Ok) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(status.detail));
        return 1;
    }
    if (!cached || db.sampleCount(ids.last()) < rows) {
        std::printf("generating %d units x %lld samples into %s\n", units,
                    static_cast<long long>(rows), qPrintable(path));
        if (!generate(db, ids, rows))
            return 1;
    } else {
        std::printf("using cached %s\n", qPrintable(path));
    }
    std::printf("database: %.2f GB, %lld rows per unit\n", QFileInfo(path).size() / 1e9,
                static_cast<long long>(db.sampleCount(ids.first())));
    if (parser.isSet(generateOnlyOpt))
        return 0;

    const qint64 end = Start + rows * Step;
    const std::pair<const char *, qint64> ranges[] = {{"1 h", 3'600'000LL},
                                                      {"24 h", 86'400'000LL},
                                                      {"7 d", 7 * 86'400'000LL},
                                                      {"30 d", 30 * 86'400'000LL},
                                                      {"all", end - Start}};
#ifdef LOANDESK_BENCH_CHART
    LtvHistoryChart chart;
    chart.resize(parser.value(widthOpt).toInt(), 600);
    // The panel's other tab: rebuilt on a range change only while it is the one shown.
    EquityLiabilityChart equity;
    equity.resize(parser.value(widthOpt).toInt(), 600);
#endif
    std::printf(
        "\n| range | rows in range | read from | buckets | query + decimation (median of %d) |"
#ifdef LOANDESK_BENCH_CHART
        " chart redraw (of which series rebuild) | equity chart rebuild |"
#endif
        "\n|---|---|---|---|---|"
#ifdef LOANDESK_BENCH_CHART
        "---|---|"
#endif
        "\n",
        repeat);
    for (const auto &[name, span] : ranges) {
        QList<double> times;
        HistorySeries s;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            s = db.series(ids.at(std::min(2, units - 1)), end - span, end, buckets);
            times << t.nsecsElapsed() / 1e6;
        }
        qint64 inRange = 0;
        for (const auto &b : s.buckets)
            inRange += b.count;
        const QString from = s.resolutionMs
                                 ? QStringLiteral("%1 s rollups").arg(s.resolutionMs / 1000)
                                 : QStringLiteral("samples");
        std::printf("| %s | %lld | %s | %lld | %.1f ms |", name, static_cast<long long>(inRange),
                    qPrintable(from), static_cast<long long>(s.buckets.size()), median(times));
#ifdef LOANDESK_BENCH_CHART
        QList<double> draws;
        QList<double> rebuilds;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            chart.setSeries(s);
            rebuilds << t.nsecsElapsed() / 1e6;
            const QImage image = chart.grab().toImage();
            draws << t.nsecsElapsed() / 1e6;
        }
        std::printf(" %.1f ms (%.1f ms series rebuild) |", median(draws), median(rebuilds));
        QList<double> equityRebuilds;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            equity.setSeries(s);
            equityRebuilds << t.nsecsElapsed() / 1e6;
        }
        std::printf(" %.1f ms |", median(equityRebuilds));
        if (parser.isSet(shotsOpt))
            chart.grab().save(
                parser.value(shotsOpt) +
                QStringLiteral("/bench-%1.png").arg(QString::fromLatin1(name).remove(u' ')));
#endif
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
