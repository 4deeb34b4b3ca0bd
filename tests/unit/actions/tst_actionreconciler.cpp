#include "testhelpers.h"

#include "actions/actionreconciler.h"

#include <QtTest>

using namespace loandesk;
using Type = BorrowRepayRecord::Type;

namespace {

BorrowRepayRecord row(qint64 id, Type type, const char *amount, qint64 at,
                      const char *asset = "USDT") {
    BorrowRepayRecord r;
    r.tranId = id;
    r.type = type;
    r.amount = dec(amount);
    r.timestampMs = at;
    r.asset = QString::fromLatin1(asset);
    return r;
}

AuditEntry entry(AuditEntry::Action action, const char *amount) {
    AuditEntry e;
    e.action = action;
    e.asset = QStringLiteral("USDT");
    e.requestedAmount = dec(amount);
    e.exchangeTimeMs = 1'000'000;
    return e;
}

} // namespace

class tst_ActionReconciler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void borrowNeedsTheExactAmountAfterSubmit() {
        const AuditEntry e = entry(AuditEntry::Action::Borrow, "1000");
        const QList<BorrowRepayRecord> rows = {
            row(1, Type::Borrow, "1000", 990'000),  // before submit: someone else's
            row(2, Type::Borrow, "999", 1'000'500), // other amount
            row(3, Type::Borrow, "1000", 1'000'500, "USDC"),
            row(4, Type::NormalRepay, "1000", 1'000'500),
            row(5, Type::Borrow, "1000", 1'000'700),
            row(6, Type::Borrow, "1000", 1'000'600),
        };
        QCOMPARE(ActionReconciler::match(e, rows, {})->tranId, 6); // earliest that fits
        const auto claimed = [](const QString &id) { return id == QLatin1String("6"); };
        QCOMPARE(ActionReconciler::match(e, rows, claimed)->tranId, 5);
        QVERIFY(!ActionReconciler::match(e, rows.mid(0, 4), {}));
    }

    void repayMayBeLessThanRequested() {
        const AuditEntry e = entry(AuditEntry::Action::Repay, "30000");
        QList<BorrowRepayRecord> rows = {row(7, Type::NormalRepay, "25000", 1'000'100),
                                         row(8, Type::ForceRepay, "30000", 1'000'050)};
        QCOMPARE(ActionReconciler::match(e, rows, {})->tranId, 7);
        rows = {row(9, Type::NormalRepay, "30000.00000001", 1'000'100)};
        QVERIFY(!ActionReconciler::match(e, rows, {}));
    }

    void failedRowsDoNotCount() {
        BorrowRepayRecord failed = row(10, Type::Borrow, "1000", 1'000'100);
        failed.status = BorrowRepayRecord::Status::Failed;
        QVERIFY(!ActionReconciler::match(entry(AuditEntry::Action::Borrow, "1000"), {failed}, {}));
    }
};

QTEST_GUILESS_MAIN(tst_ActionReconciler)
#include "tst_actionreconciler.moc"
