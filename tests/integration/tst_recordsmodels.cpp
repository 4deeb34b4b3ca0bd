// The records tables against the simulated exchange: what a treasurer sees after a borrow and
// a repay, paging as the exchange pages, interest the simulator charged hour by hour, and the
// records a forced liquidation leaves (repay, liquidation, transfers), plus a failed refresh
// that keeps the last good page on show as stale.
#include "simfixture.h"
#include "testhelpers.h"

#include "models/borrowrepayrecordsmodel.h"
#include "models/interesthistorymodel.h"
#include "models/liquidationrecordsmodel.h"
#include "models/liquidationtransfersmodel.h"
#include "models/modelroles.h"
#include "models/recordscsvexporter.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

namespace {

constexpr qint64 Alpha = 10001; // calm
constexpr qint64 Gamma = 20001; // stressed

// Fetches one page and waits for the reply; true when it arrived without error.
bool load(PagedRecordsModel &model, int page = 1) {
    if (!model.fetchPage(page))
        return false;
    if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
        return false;
    if (model.lastError().isError())
        qWarning("fetch failed: %s", qPrintable(model.lastError().message));
    return !model.lastError().isError();
}

Decimal decimalAt(const QAbstractItemModel &m, int row, int column) {
    return m.index(row, column).data(DecimalRole).value<Decimal>();
}

// A CSV time: ISO 8601 UTC with milliseconds.
QByteArray iso(qint64 ms) {
    // ISO 8601 UTC with milliseconds and a 'Z', as every CSV writes times.
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray text(const Decimal &d) {
    return d.toString().toUtf8();
}

QString textAt(const QAbstractItemModel &m, int row, int column) {
    return m.index(row, column).data().toString();
}

BorrowResult borrow(ExchangeClient &client, qint64 group, const char *amount) {
    const auto r = await<BorrowResult>([&](QObject *c, auto cb) {
        client.borrow({group, QStringLiteral("USDT"), dec(amount)}, c, cb);
    });
    if (!r.ok())
        qFatal("borrow failed: %s", qPrintable(r.error().message));
    return r.value();
}

} // namespace

class tst_RecordsModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void borrowAndRepayAreListed();
    void pagesFollowTheExchange();
    void interestChargedHourly();
    void liquidationLeavesItsRecords();
    void failedRefreshKeepsTheLastPageStale();
    void exportReadsEveryPageOnce();
};

void tst_RecordsModels::borrowAndRepayAreListed() {
    SimFixture sim;
    auto credit = sim.credit(Alpha);
    const BorrowResult borrowed = borrow(*credit, Alpha, "1000.5");
    const auto repaid = await<RepayResult>([&](QObject *c, auto cb) {
        credit->repay({Alpha, QStringLiteral("USDT"), dec("400.25"), RepayRequest::From::Margin}, c,
                      cb);
    });
    QVERIFY2(repaid.ok(), qPrintable(repaid.error().message));

    BorrowRepayRecordsModel borrows;
    QAbstractItemModelTester tester(&borrows);
    borrows.setClient(credit.get());
    borrows.setFilter({Alpha, {}, {}, {}});
    QVERIFY(load(borrows));
    QCOMPARE(borrows.total(), 1);
    QCOMPARE(borrows.rowCount(), 1);
    using C = BorrowRepayRecordsModel::Column;
    QCOMPARE(textAt(borrows, 0, C::Type), QStringLiteral("Borrow"));
    QCOMPARE(decimalAt(borrows, 0, C::Amount), dec("1000.5"));
    QCOMPARE(textAt(borrows, 0, C::Amount), QStringLiteral("1,000.50"));
    QCOMPARE(textAt(borrows, 0, C::Principal), QString()); // no split on a borrow
    QCOMPARE(textAt(borrows, 0, C::Status), QStringLiteral("Confirmed"));
    QCOMPARE(textAt(borrows, 0, C::Transaction), borrowed.transactionId);
    QVERIFY(textAt(borrows, 0, C::Time).endsWith(QStringLiteral(" UTC")));
    QCOMPARE(borrows.pageCount(), 1);

    BorrowRepayRecordsModel repays;
    QAbstractItemModelTester repayTester(&repays);
    repays.setClient(credit.get());
    repays.setRepays(true);
    repays.setFilter({Alpha, QStringLiteral("USDT"), {}, {}});
    QVERIFY(load(repays));
    QCOMPARE(repays.total(), 1);
    QCOMPARE(textAt(repays, 0, C::Type), QStringLiteral("Repay"));
    QCOMPARE(repays.recordAt(0).type, BorrowRepayRecord::Type::NormalRepay);
    QCOMPARE(decimalAt(repays, 0, C::Amount), repaid.value().amount);
    QCOMPARE(decimalAt(repays, 0, C::Principal) + decimalAt(repays, 0, C::Interest), dec("400.25"));

    // The CSV carries the same rows, exact and machine-readable.
    const QList<QByteArray> lines = repays.toCsv().split('\n');
    QCOMPARE(lines.at(0).trimmed(),
             QByteArray("time_utc,type,asset,amount,principal,interest,status,tran_id"));
    QVERIFY2(lines.at(1).contains(",NORMAL_REPAY,USDT,400.25,"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(
        QByteArray(",CONFIRM," + QByteArray::number(repays.recordAt(0).tranId))));
    // Every field, in order (a spreadsheet or a script reads them by position).
    const BorrowRepayRecord &r = repays.recordAt(0);
    QCOMPARE(lines.at(1), QByteArray(iso(r.timestampMs) + ",NORMAL_REPAY,USDT," + text(r.amount) +
                                     ',' + text(r.principal) + ',' + text(r.interest) +
                                     ",CONFIRM," + QByteArray::number(r.tranId) + '\r'));
    const BorrowRepayRecord &b = borrows.recordAt(0);
    QCOMPARE(borrows.toCsv(),
             QByteArray("time_utc,type,asset,amount,principal,interest,status,tran_id\r\n" +
                        iso(b.timestampMs) + ",BORROW,USDT,1000.5,,,CONFIRM," +
                        QByteArray::number(b.tranId) + "\r\n"));
}

void tst_RecordsModels::pagesFollowTheExchange() {
    SimFixture sim;
    auto credit = sim.credit(Alpha);
    for (int i = 1; i <= 12; ++i) {
        sim.exchange().resetRateLimits();
        borrow(*credit, Alpha, QByteArray::number(100 + i).constData());
    }
    BorrowRepayRecordsModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(credit.get());
    model.setPageSize(5);
    QVERIFY(load(model));
    QCOMPARE(model.total(), 12);
    QCOMPARE(model.pageCount(), 3);
    QCOMPARE(model.currentPage(), 1);
    QCOMPARE(model.rowCount(), 5);
    // Newest first: the last borrow (112) heads page 1.
    QCOMPARE(model.recordAt(0).amount, dec("112"));
    QVERIFY(!model.previousPage());

    QVERIFY(model.nextPage());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.currentPage(), 2);
    QCOMPARE(model.recordAt(0).amount, dec("107"));
    QVERIFY(load(model, 3));
    QCOMPARE(model.rowCount(), 2); // the rest
    QCOMPARE(model.recordAt(0).amount, dec("102"));
    QCOMPARE(model.recordAt(1).amount, dec("101"));
    QVERIFY(!model.nextPage());
    QCOMPARE(model.total(), 12);

    // The exchange's maximum page size holds all of them.
    model.setPageSize(500);
    QCOMPARE(model.pageSize(), PagedRecordsModel::MaxPageSize);
    QVERIFY(load(model));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.pageCount(), 1);
}

void tst_RecordsModels::interestChargedHourly() {
    SimFixture sim;
    auto credit = sim.credit(Alpha);
    const Decimal before =
        sim.exchange().engine().unit(Alpha)->liabilities.value(QStringLiteral("USDT")).interest;
    sim.exchange().advanceTime(5 * 3600 * 1000 + 60000); // five interest hours pass at once
    InterestHistoryModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(credit.get());
    model.setFilter({Alpha, {}, {}, {}});
    model.setPageSize(100);
    QVERIFY(load(model));
    QVERIFY2(model.total() >= 5, qPrintable(QString::number(model.total())));
    const Decimal after =
        sim.exchange().engine().unit(Alpha)->liabilities.value(QStringLiteral("USDT")).interest;
    Decimal charged;
    using C = InterestHistoryModel::Column;
    for (int row = 0; row < model.rowCount(); ++row) {
        charged += decimalAt(model, row, C::Interest);
        QCOMPARE(textAt(model, row, C::Unit), QString::number(Alpha));
        QCOMPARE(textAt(model, row, C::Asset), QStringLiteral("USDT"));
        QVERIFY(decimalAt(model, row, C::HourlyRate).isPositive());
        if (row > 0) // hourly, newest first
            QCOMPARE(model.recordAt(row - 1).timestampMs - model.recordAt(row).timestampMs,
                     3600000);
    }
    // Every charge the exchange added to the liability is listed, to the last digit.
    QCOMPARE(charged, after - before);
    const InterestRecord &r = model.recordAt(0);
    QVERIFY(model.toCsv().startsWith(
        QByteArray("time_utc,group_id,asset,principal,hourly_interest_rate,interest\r\n" +
                   iso(r.timestampMs) + ",10001,USDT," + text(r.principal) + ',' +
                   text(r.interestRate) + ',' + text(r.interest) + "\r\n")));
}

void tst_RecordsModels::liquidationLeavesItsRecords() {
    SimFixture sim(QStringLiteral("stressed"));
    auto credit = sim.credit(Gamma);
    // A crash in every collateral price: unit 20001 is force-liquidated at once.
    for (const char *asset : {"BTC", "ETH", "SOL", "BNB"}) {
        const QString name = QString::fromLatin1(asset);
        const Decimal now = sim.exchange().engine().market().price(name);
        sim.exchange().engine().setPrice(name, (now * dec("0.82")).rounded(8));
    }
    const sim::UnitState *unit = sim.exchange().engine().unit(Gamma);
    QCOMPARE(unit->liquidations.size(), 1);
    QVERIFY(!unit->transfers.isEmpty());

    LiquidationRecordsModel liquidations;
    QAbstractItemModelTester tester(&liquidations);
    liquidations.setClient(credit.get());
    liquidations.setFilter({Gamma, {}, {}, {}});
    QVERIFY(load(liquidations));
    QCOMPARE(liquidations.total(), 1);
    using L = LiquidationRecordsModel::Column;
    const LiquidationRecord &expected = unit->liquidations.constFirst();
    QCOMPARE(textAt(liquidations, 0, L::Unit), QString::number(Gamma));
    QCOMPARE(decimalAt(liquidations, 0, L::Liability), expected.totalLiability);
    QCOMPARE(decimalAt(liquidations, 0, L::NetEquity), expected.totalNetEquity);
    QVERIFY(decimalAt(liquidations, 0, L::StartLtv) >= dec("1"));
    QVERIFY(textAt(liquidations, 0, L::Liabilities).startsWith(QStringLiteral("USDT ")));
    QByteArrayList owed;
    for (const Liability &l : expected.liabilities)
        owed << l.asset.toUtf8() + ':' + text(l.principal) + ':' + text(l.interest);
    QCOMPARE(liquidations.toCsv(),
             QByteArray("start_utc,end_utc,group_id,start_ltv,end_ltv,total_net_equity,"
                        "total_maintenance_margin,total_liability,liabilities\r\n" +
                        iso(expected.startTimeMs) + ',' + iso(expected.endTimeMs) + ",20001," +
                        text(expected.startLtv) + ',' + text(expected.endLtv) + ',' +
                        text(expected.totalNetEquity) + ',' +
                        text(expected.totalMaintenanceMargin) + ',' +
                        text(expected.totalLiability) + ',' + owed.join(';') + "\r\n"));
    QVERIFY(liquidations.index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("collateral.gamma1@loandesk.test")));

    // The liability was paid by a forced repay.
    BorrowRepayRecordsModel repays;
    repays.setClient(credit.get());
    repays.setRepays(true);
    QVERIFY(load(repays));
    QCOMPARE(repays.total(), 1);
    QCOMPARE(repays.recordAt(0).type, BorrowRepayRecord::Type::ForceRepay);
    QCOMPARE(textAt(repays, 0, BorrowRepayRecordsModel::Type),
             QStringLiteral("Forced repay (liquidation)"));
    const Decimal left = unit->liabilities.value(QStringLiteral("USDT")).total();
    QCOMPARE(decimalAt(repays, 0, BorrowRepayRecordsModel::Amount), expected.totalLiability - left);
    QVERIFY(repays.toCsv().contains(",FORCE_REPAY,USDT,"));

    // Collateral moved to the credit account: one table row per transfer and asset.
    LiquidationTransfersModel transfers;
    QAbstractItemModelTester transferTester(&transfers);
    transfers.setClient(credit.get());
    QVERIFY(load(transfers));
    QCOMPARE(transfers.total(), 1);
    QCOMPARE(transfers.liquidationCount(), 1);
    QCOMPARE(transfers.rowCount(), unit->transfers.size());
    const sim::MemberHoldings *creditMember = unit->creditMember();
    for (int row = 0; row < transfers.rowCount(); ++row) {
        const sim::LiquidationTransfer &t = unit->transfers.at(row);
        const LiquidationTransfersModel::Row &r = transfers.rowAt(row);
        QCOMPARE(r.liquidationId, unit->liquidationIds.constFirst());
        QCOMPARE(r.asset.asset, t.asset);
        QCOMPARE(r.asset.amount, t.amount);
        QCOMPARE(r.transfer.fromUid, QString::number(t.fromUid));
        QCOMPARE(r.transfer.toUid, QString::number(creditMember->uid));
        QCOMPARE(textAt(transfers, row, LiquidationTransfersModel::Status),
                 QStringLiteral("Confirmed"));
    }
    QVERIFY(transfers.toCsv().contains(
        QString::number(unit->transfers.constFirst().fromUid).toLatin1()));
    const LiquidationTransfersModel::Row &first = transfers.rowAt(0);
    QVERIFY(transfers.toCsv().startsWith(QByteArray(
        "liquidation_id,time_utc,from_uid,from_account_type,to_uid,to_account_type,asset,amount,"
        "status\r\n" +
        QByteArray::number(first.liquidationId) + ',' + iso(first.transfer.timeMs) + ',' +
        first.transfer.fromUid.toUtf8() + ',' + walletTypeToWire(first.transfer.fromType).toUtf8() +
        ',' + first.transfer.toUid.toUtf8() + ',' +
        walletTypeToWire(first.transfer.toType).toUtf8() + ',' + first.asset.asset.toUtf8() + ',' +
        text(first.asset.amount) + ",CONFIRM\r\n")));
}

void tst_RecordsModels::failedRefreshKeepsTheLastPageStale() {
    SimFixture sim;
    auto credit = sim.credit(Alpha);
    borrow(*credit, Alpha, "250");
    BorrowRepayRecordsModel model;
    model.setClient(credit.get());
    QVERIFY(load(model));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isStale());

    sim.exchange().faults()->addOnce(QStringLiteral("borrow-repay"),
                                     sim::FaultInjector::Kind::ServerError);
    QVERIFY(!load(model));
    QCOMPARE(model.lastError().kind, ExchangeError::Kind::Server);
    QVERIFY(model.isStale());
    QCOMPARE(model.rowCount(), 1); // still on show
    QCOMPARE(model.index(0, 0).data(StaleRole).toBool(), true);
    QCOMPARE(model.recordAt(0).amount, dec("250"));

    QVERIFY(load(model)); // the fault was once: the next refresh recovers
    QVERIFY(!model.isStale());

    // Another unit's key: the old unit's rows are not shown for it.
    auto other = sim.credit(10002);
    model.setClient(other.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasPage());
}

void tst_RecordsModels::exportReadsEveryPageOnce() {
    sim::Scenario calm = *sim::Scenario::load(QStringLiteral("calm"));
    calm.tickMs = 600000; // four days pass in a blink; interest still accrues every hour
    SimFixture sim(calm);
    auto credit = sim.credit(Alpha);
    sim.exchange().advanceTime(104 * 3600 * 1000LL); // 104 hourly charges: two pages of 100
    InterestHistoryModel view;
    view.setClient(credit.get());
    view.setFilter({Alpha, {}, {}, {}});
    QVERIFY(load(view));
    QCOMPARE(view.rowCount(), 10); // the view's page is untouched by the export

    RecordsCsvExporter exporter;
    std::optional<RecordsCsvExporter::Outcome> outcome;
    QByteArray csv;
    int pageTwoRequests = 0;
    connect(&exporter, &RecordsCsvExporter::finished, this,
            [&](RecordsCsvExporter::Outcome o, const QByteArray &out, const ExchangeError &) {
                outcome = o;
                csv = out;
            });
    // One more interest hour passes while the first page is read: the newest-first pages would
    // shift by a row, so the export starts again and still lists every charge once.
    connect(&exporter, &RecordsCsvExporter::progressed, this, [&](int page, int) {
        if (page == 2 && ++pageTwoRequests == 1)
            sim.exchange().advanceTime(3600 * 1000);
    });
    QVERIFY(exporter.start(view));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QCOMPARE(*outcome, RecordsCsvExporter::Outcome::Done);
    QCOMPARE(pageTwoRequests, 2);

    QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.takeLast().isEmpty()); // the file ends with CRLF
    QVERIFY(lines.takeFirst().startsWith("time_utc,"));
    const QList<InterestRecord> &charges = sim.exchange().engine().unit(Alpha)->interest;
    QCOMPARE(lines.size(), charges.size());
    QSet<QByteArray> times;
    for (const QByteArray &line : lines)
        times.insert(line.left(line.indexOf(',')));
    QCOMPARE(times.size(), lines.size());      // no row twice
    QVERIFY(!csv.mid(1).contains("time_utc")); // one header
    QCOMPARE(view.rowCount(), 10);
}

QTEST_GUILESS_MAIN(tst_RecordsModels)
#include "tst_recordsmodels.moc"
