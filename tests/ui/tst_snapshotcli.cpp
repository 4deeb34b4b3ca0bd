#include "pdfcheck.h"
#include "testhelpers.h"

#include "common/historyplot.h"

#include "sim/scenario.h"
#include "sim/simexchange.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace loandesk;

// `loandesk --snapshot FILE [--dump FILE]` as scripts use it: a child process with no display,
// credentials from the environment, against the simulated exchange on loopback.
class tst_SnapshotCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pngAndDumpMatchTheExchange();
    void pdfReportHasSelectableTextAndPages();
    void pdfChartsTheRecordedHistory();
    void chinesePdfTextIsSearchable();
    void demoWorksWithoutADisplay();
    void demoDumpAndPdfCarryCollateralByAsset();
    void handComputedTriggerPricesInTheDump();
    void unreachableHostFailsWithOneLine();
    void exchangeErrorNamesTheCode();
    void unwritableFolderWritesNothing();
    void unwritableDumpWritesNoSnapshot();
    void fullDiskKeepsThePreviousFile();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const ApiCredentials &credentials = {},
            qint64 fileSizeLimit = 0);
    Run runAgainstSim(const QStringList &args) { return run(args, m_sim->parentCredentials()); }

    std::unique_ptr<sim::SimExchange> m_sim;
    QTemporaryDir m_dir;
    bool m_havePoppler = false;
};

static sim::Scenario frozenCalm() {
    sim::Scenario s = *sim::Scenario::load(QStringLiteral("calm"));
    for (sim::AssetConfig &a : s.assets) {
        a.volatility = 0;
        a.drift = 0;
    }
    return s;
}

void tst_SnapshotCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_havePoppler = !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

void tst_SnapshotCli::init() {
    m_sim = std::make_unique<sim::SimExchange>(frozenCalm(), 3);
    QVERIFY(m_sim->listen());
}

void tst_SnapshotCli::cleanup() {
    m_sim.reset();
}

tst_SnapshotCli::Run tst_SnapshotCli::run(const QStringList &args,
                                          const ApiCredentials &credentials, qint64 fileSizeLimit) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the binary must choose offscreen itself
    env.remove(QStringLiteral("LOANDESK_API_KEY"));
    env.remove(QStringLiteral("LOANDESK_API_SECRET"));
    if (!credentials.isEmpty()) {
        env.insert(QStringLiteral("LOANDESK_API_KEY"), credentials.apiKey);
        env.insert(QStringLiteral("LOANDESK_API_SECRET"), QString::fromUtf8(credentials.secret));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    if (fileSizeLimit > 0) {
        // a disk that fills up part-way through the write
        p.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit {
                rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)
            };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    p.start(QStringLiteral(LOANDESK_BINARY), args);
    // the simulator lives in this process: keep its event loop turning while the child runs
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

static QString lastLine(const QByteArray &err) {
    // Qt may print its own platform notes; the contract is LoanDesk's one "loandesk:" line
    QStringList lines;
    for (const QByteArray &l : err.split('\n'))
        if (l.startsWith("loandesk:"))
            lines << QString::fromUtf8(l);
    return lines.size() == 1 ? lines.first() : QString();
}

void tst_SnapshotCli::pngAndDumpMatchTheExchange() {
    const QString png = m_dir.filePath(QStringLiteral("state.png"));
    const QString json = m_dir.filePath(QStringLiteral("state.json"));
    const Run r = runAgainstSim({QStringLiteral("--snapshot"), png, QStringLiteral("--dump"), json,
                                 QStringLiteral("--base-url"), m_sim->baseUrl().toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 1000));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, "the snapshot looks blank");

    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray units = QJsonDocument::fromJson(f.readAll()).object()[u"units"].toArray();
    QCOMPARE(units.size(), 2);
    for (const QJsonValue &v : units) {
        const RiskUnit truth = m_sim->riskUnit(v[u"groupId"].toInteger());
        QCOMPARE(dec(qPrintable(v[u"totalNetEquity"].toString())), truth.totalNetEquity);
        QCOMPARE(dec(qPrintable(v[u"totalMaintenanceMargin"].toString())),
                 truth.totalMaintenanceMargin);
        QCOMPARE(dec(qPrintable(v[u"totalLiability"].toString())), truth.totalLiability);
        QCOMPARE(dec(qPrintable(v[u"ltv"].toString())), truth.ltv);
        QCOMPARE(v[u"collateralAccounts"].toArray().size(), truth.members.size());
        QCOMPARE(v[u"computed"][u"band"].toString(), QStringLiteral("normal"));
    }
    // no secret in anything written
    QVERIFY(!f.fileName().isEmpty());
    f.seek(0);
    QVERIFY(!f.readAll().contains(m_sim->parentCredentials().secret));
}

void tst_SnapshotCli::pdfReportHasSelectableTextAndPages() {
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const Run r = runAgainstSim({QStringLiteral("--snapshot"), pdf, QStringLiteral("--base-url"),
                                 m_sim->baseUrl().toString(), QStringLiteral("--mask-emails")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    if (!m_havePoppler)
        QSKIP("poppler-utils (pdfinfo, pdftotext) not installed: page count and text not checked");
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished());
    const QByteArray meta = info.readAllStandardOutput();
    QVERIFY2(meta.contains("Pages:") && !meta.contains("Pages:           1\n"), meta.constData());
    QVERIFY(meta.contains("A4"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(QStringLiteral("Risk unit 10001")), qPrintable(body.left(400)));
    QVERIFY(body.contains(QStringLiteral("Summary")));
    QVERIFY(body.contains(QStringLiteral("UTC")));                 // times carry their zone
    QVERIFY(!body.contains(QStringLiteral("collateral.alpha1@"))); // masked
    // Nothing recorded yet on this machine: the report says so, in words, for each unit.
    QCOMPARE(body.count(QStringLiteral("LTV, last 24 h")), 2);
    QCOMPARE(body.count(QStringLiteral("No LTV recorded in the last 24 h.")), 2);
    QCOMPARE(body.count(QStringLiteral("No LTV recorded in the last 7 days.")), 2);
}

// A window of this connection recorded four hours yesterday and was closed; a snapshot's PDF
// charts that history from the same store, and writes nothing to it.
void tst_SnapshotCli::pdfChartsTheRecordedHistory() {
    const QString store = m_dir.filePath(
        QStringLiteral("data/LoanDesk/LoanDesk/history-%1.sqlite").arg(m_sim->baseUrl().host()));
    {
        HistoryStore history;
        history.open(StorageLocation::sqlite(store));
        for (qint64 id : {10001, 10002})
            pdfcheck::recordEarlierSession(&history, m_sim->riskUnit(id),
                                           QDateTime::currentMSecsSinceEpoch());
    } // every write is applied before the store is gone
    const auto removeStore = qScopeGuard([&store] { QFile::remove(store); });
    const QDateTime written = QFileInfo(store).lastModified();
    const QString pdf = m_dir.filePath(QStringLiteral("history.pdf"));
    const Run r = runAgainstSim({QStringLiteral("--snapshot"), pdf, QStringLiteral("--base-url"),
                                 m_sim->baseUrl().toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QFileInfo(store).lastModified(), written);
    if (!pdfcheck::havePoppler())
        QSKIP("poppler-utils not installed: the PDF is not read back");
    const QString body = pdfcheck::text(pdf);
    QCOMPARE(body.count(QStringLiteral("LTV, last 24 h")), 2);
    QCOMPARE(body.count(QStringLiteral("LTV, last 7 days")), 2);
    QVERIFY(body.contains(QStringLiteral("Times in UTC")));
    QVERIFY2(!body.contains(QStringLiteral("No LTV recorded")), qPrintable(body));
    const int page = pdfcheck::pageWith(pdf, QStringLiteral("LTV history, risk unit 10002"));
    QVERIFY(page > 0);
    QTemporaryDir pixels;
    const QImage image = pdfcheck::rasterize(pdf, page, pixels);
    const QList<pdfcheck::Band> charts = pdfcheck::chartBands(image, image.height() / 12);
    QCOMPARE(charts.size(), 2);
    for (const pdfcheck::Band &chart : charts) {
        QVERIFY2(chart.inkShare > 0.5, qPrintable(QString::number(chart.inkShare)));
        QVERIFY2(chart.pixelsOf(image, HistoryPlot::ltvColor(false)) > 5, "no LTV line");
    }
}

void tst_SnapshotCli::chinesePdfTextIsSearchable() {
    // Committees search archived reports: the Chinese words must come back out of the PDF as
    // the same characters, not as look-alike radicals.
    const QString pdf = m_dir.filePath(QStringLiteral("report-zh.pdf"));
    const Run r = runAgainstSim({QStringLiteral("--snapshot"), pdf, QStringLiteral("--base-url"),
                                 m_sim->baseUrl().toString(), QStringLiteral("--lang"),
                                 QStringLiteral("zh_CN")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    if (!m_havePoppler)
        QSKIP("poppler-utils (pdftotext) not installed: text not checked");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(QStringLiteral("风险单位 10001")), qPrintable(body.left(400)));
    for (QChar c : body)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1 in the text").arg(c.unicode(), 4, 16)));
}

void tst_SnapshotCli::demoWorksWithoutADisplay() {
    const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
    const QString json = m_dir.filePath(QStringLiteral("demo.json"));
    const Run r = run({QStringLiteral("--snapshot"), pdf, QStringLiteral("--dump"), json,
                       QStringLiteral("--demo")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(QFileInfo(json).size() > 1000);
}

// Schema 2 through the real command line: the demo's units valued asset by asset, with the
// price of BTC that brings a unit to margin call, and the PDF's "Collateral by asset" section.
// (Calm's units are diversified enough that no asset alone reaches margin call.)
void tst_SnapshotCli::demoDumpAndPdfCarryCollateralByAsset() {
    const QString pdf = m_dir.filePath(QStringLiteral("demo-assets.pdf"));
    const QString json = m_dir.filePath(QStringLiteral("demo-assets.json"));
    // The stressed demo: one unit near margin call, where BTC alone can bring it there.
    const Run r =
        run({QStringLiteral("--snapshot"), pdf, QStringLiteral("--dump"), json,
             QStringLiteral("--demo"), QStringLiteral("--scenario"), QStringLiteral("stressed")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root[u"schemaVersion"].toInt(), 2);
    QSet<QString> assets;
    std::optional<Decimal> btcMarginCall;
    for (const QJsonValue &unit : root[u"units"].toArray()) {
        const QJsonObject computed = unit[u"computed"].toObject();
        const QString composition = computed[u"composition"].toString();
        // the demo knows every Portfolio Margin member's read-only key
        QVERIFY2(composition == u"complete",
                 qPrintable(composition + u": " + computed[u"compositionReason"].toString()));
        QCOMPARE(computed[u"compositionReason"].toString(), QString());
        for (const QJsonValue &a : computed[u"collateralAssets"].toArray()) {
            assets.insert(a[u"asset"].toString());
            // exact decimal strings, and value = quantity × price to the last digit
            const Decimal quantity = dec(qPrintable(a[u"quantity"].toString()));
            const Decimal price = dec(qPrintable(a[u"priceUsd"].toString()));
            QCOMPARE(dec(qPrintable(a[u"valueUsd"].toString())), quantity * price);
            QVERIFY(dec(qPrintable(a[u"collateralValueUsd"].toString())) <=
                    dec(qPrintable(a[u"valueUsd"].toString())));
        }
        for (const QJsonValue &t : computed[u"priceTriggers"].toArray()) {
            QVERIFY(t.toObject().contains(u"liquidationPrice")); // null or a price, never absent
            if (t[u"asset"].toString() == u"BTC" && t[u"marginCallPrice"].isString()) {
                btcMarginCall = dec(qPrintable(t[u"marginCallPrice"].toString()));
                QVERIFY(*btcMarginCall < dec(qPrintable(t[u"priceUsd"].toString())));
            }
        }
    }
    QVERIFY2(assets.contains(u"BTC"_qs) && assets.contains(u"ETH"_qs),
             qPrintable(QStringList(assets.values()).join(u',')));
    QVERIFY2(btcMarginCall && btcMarginCall->isPositive(), "no BTC margin-call price in the dump");

    if (!m_havePoppler)
        QSKIP("poppler-utils (pdftotext) not installed: PDF text not checked");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(QStringLiteral("Collateral by asset")), qPrintable(body.left(600)));
    QVERIFY(body.contains(QStringLiteral("Price of each asset that triggers a band")));
    QVERIFY(body.contains(QStringLiteral("→ margin call")));
    QVERIFY(body.contains(QStringLiteral("Composition complete")));
    // No figure is broken across lines: "2," over "030,000.00" reads as two numbers.
    static const QRegularExpression broken(QStringLiteral("^[0-9]{1,3},$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch cut = broken.match(body);
    QVERIFY2(!cut.hasMatch(),
             qPrintable(body.mid(std::max<qsizetype>(0, cut.capturedStart() - 200), 400)));
}

void tst_SnapshotCli::handComputedTriggerPricesInTheDump() {
    // Issue 14's hand case, through the real command line and simulator: 10 BTC at 60,000 in
    // spot, 400,000 USDT, L = 500,000, M = 0, bands 0.75 / 0.8 / 0.9 / 1. E = 1,000,000.
    // A band T is reached when 400,000 + 10 p = 500,000 / T, so p = (500,000 / T − 400,000) / 10:
    //   warning 26,666.67   initial 22,500.00   margin call 15,555.56   liquidation 10,000.00
    const QString png = m_dir.filePath(QStringLiteral("hand.png"));
    const QString json = m_dir.filePath(QStringLiteral("hand.json"));
    const Run r = run({QStringLiteral("--snapshot"), png, QStringLiteral("--dump"), json,
                       QStringLiteral("--demo"), QStringLiteral("--scenario"),
                       QStringLiteral(HANDCASE_SCENARIO)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject computed = root[u"units"].toArray().at(0)[u"computed"].toObject();
    QCOMPARE(computed[u"composition"].toString(), QStringLiteral("complete"));
    const QJsonArray triggers = computed[u"priceTriggers"].toArray();
    QCOMPARE(triggers.size(), 1);
    const QJsonObject btc = triggers.at(0).toObject();
    QCOMPARE(btc[u"asset"].toString(), QStringLiteral("BTC"));
    const auto cents = [&](const char *key) {
        return dec(qPrintable(btc[QLatin1String(key)].toString())).toString(2);
    };
    QCOMPARE(cents("priceUsd"), QStringLiteral("60000.00"));
    QCOMPARE(cents("warningPrice"), QStringLiteral("26666.67"));
    QCOMPARE(cents("initialPrice"), QStringLiteral("22500.00"));
    QCOMPARE(cents("marginCallPrice"), QStringLiteral("15555.56"));
    QCOMPARE(cents("liquidationPrice"), QStringLiteral("10000.00"));
    // And the assets: BTC 600,000 and USDT 400,000, each counting in full in spot.
    const QJsonArray assets = computed[u"collateralAssets"].toArray();
    QCOMPARE(assets.size(), 2);
    QCOMPARE(assets.at(0)[u"asset"].toString(), QStringLiteral("BTC"));
    QCOMPARE(dec(qPrintable(assets.at(0)[u"collateralValueUsd"].toString())), dec("600000"));
    QCOMPARE(dec(qPrintable(assets.at(1)[u"collateralValueUsd"].toString())), dec("400000"));
}

void tst_SnapshotCli::unreachableHostFailsWithOneLine() {
    const QString png = m_dir.filePath(QStringLiteral("never.png"));
    m_sim->stop();
    const Run r = run({QStringLiteral("--snapshot"), png, QStringLiteral("--base-url"),
                       m_sim->baseUrl().toString()},
                      {QStringLiteral("k"), "s"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!lastLine(r.err).isEmpty(), r.err.constData());
    QVERIFY(!QFile::exists(png));
}

void tst_SnapshotCli::exchangeErrorNamesTheCode() {
    const QString png = m_dir.filePath(QStringLiteral("never.png"));
    ApiCredentials wrong = m_sim->parentCredentials();
    wrong.secret = "wrong";
    const Run r = run({QStringLiteral("--snapshot"), png, QStringLiteral("--base-url"),
                       m_sim->baseUrl().toString()},
                      wrong);
    QCOMPARE(r.exitCode, 1);
    const QString line = lastLine(r.err);
    QVERIFY2(line.contains(QStringLiteral("-1022")), r.err.constData());
    QVERIFY2(line.contains(QStringLiteral("secret")), r.err.constData());
    QVERIFY(!r.err.contains("wrong")); // the secret itself is never printed
    QVERIFY(!QFile::exists(png));

    const Run noCredentials = run({QStringLiteral("--snapshot"), png});
    QCOMPARE(noCredentials.exitCode, 2);
    QVERIFY(lastLine(noCredentials.err).contains(QStringLiteral("LOANDESK_API_KEY")));
}

void tst_SnapshotCli::unwritableFolderWritesNothing() {
    const QString png = m_dir.filePath(QStringLiteral("no/such/folder/out.png"));
    const Run r = runAgainstSim({QStringLiteral("--snapshot"), png, QStringLiteral("--base-url"),
                                 m_sim->baseUrl().toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(lastLine(r.err).contains(png), r.err.constData());
    QVERIFY(!QFile::exists(png));
}

void tst_SnapshotCli::unwritableDumpWritesNoSnapshot() {
    // Both files or neither: a report folder never holds a picture without its data.
    const QString png = m_dir.filePath(QStringLiteral("pair.png"));
    const QString json = m_dir.filePath(QStringLiteral("no/such/folder/pair.json"));
    const Run r = runAgainstSim({QStringLiteral("--snapshot"), png, QStringLiteral("--dump"), json,
                                 QStringLiteral("--base-url"), m_sim->baseUrl().toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(lastLine(r.err).contains(json), r.err.constData());
    QVERIFY(!QFile::exists(png));
    QVERIFY(!QFile::exists(json));

    // and yesterday's pair stays as it was
    {
        QFile previous(png);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("yesterday's snapshot");
    }
    const Run again =
        runAgainstSim({QStringLiteral("--snapshot"), png, QStringLiteral("--dump"), json,
                       QStringLiteral("--base-url"), m_sim->baseUrl().toString()});
    QCOMPARE(again.exitCode, 1);
    QFile previous(png);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("yesterday's snapshot"));
}

void tst_SnapshotCli::fullDiskKeepsThePreviousFile() {
    const QString png = m_dir.filePath(QStringLiteral("daily.png"));
    {
        QFile previous(png);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("yesterday's report");
    }
    const Run r = run({QStringLiteral("--snapshot"), png, QStringLiteral("--base-url"),
                       m_sim->baseUrl().toString()},
                      m_sim->parentCredentials(), 16 * 1024);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!lastLine(r.err).isEmpty(), r.err.constData());
    QFile previous(png);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("yesterday's report"));
}

QTEST_GUILESS_MAIN(tst_SnapshotCli)
#include "tst_snapshotcli.moc"
