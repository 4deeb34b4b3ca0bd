#include "testhelpers.h"

#include "actions/liabilityevidence.h"

#include <QtTest>

using namespace loandesk;
using Type = BorrowRepayRecord::Type;

namespace {

constexpr qint64 Submit = 1'000'000;

BorrowRepayRecord row(Type type, const char *amount, qint64 at) {
    BorrowRepayRecord r;
    r.type = type;
    r.amount = dec(amount);
    r.timestampMs = at;
    r.asset = QStringLiteral("USDT");
    return r;
}

AuditEntry entry(AuditEntry::Action action, const char *amount) {
    AuditEntry e;
    e.action = action;
    e.asset = QStringLiteral("USDT");
    e.requestedAmount = dec(amount);
    return e;
}

LiabilityEvidence judge(AuditEntry::Action action, const char *amount, const char *before,
                        const char *now, const QList<BorrowRepayRecord> &rows = {}) {
    return LiabilityEvidence::judge(entry(action, amount), Submit, dec(before), dec(now), rows);
}

constexpr auto Borrow = AuditEntry::Action::Borrow;
constexpr auto Repay = AuditEntry::Action::Repay;

} // namespace

class tst_LiabilityEvidence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBorrowThatDidNotExecuteLeavesTheLiabilityBelowItsAmount() {
        // Flat, or up by an hour's interest (2M at 0.0000083333/h): no room for a 1000 borrow.
        QVERIFY(judge(Borrow, "1000", "2000000", "2000000").rulesOut);
        QVERIFY(judge(Borrow, "1000", "2000000", "2000016.6666").rulesOut);
    }

    void aRiseByTheAmountWithoutARecordIsNotRuledOut() {
        // The exchange booked the borrow but has not listed its record yet.
        const LiabilityEvidence e = judge(Borrow, "1000", "2000000", "2001000");
        QVERIFY(!e.rulesOut);
        QCOMPARE(e.unexplained, dec("1000"));
    }

    void anotherRecordedBorrowExplainsARise() {
        const LiabilityEvidence e =
            judge(Borrow, "1000", "2000000", "2005000", {row(Type::Borrow, "5000", Submit + 10)});
        QVERIFY(e.rulesOut);
        QCOMPARE(e.recorded, dec("5000"));
        QCOMPARE(e.unexplained, dec("0"));
    }

    void aRecordedRepayCannotHideABorrow() {
        // Another desk repaid 3000 while our 1000 borrow executed: down 2000 overall.
        const LiabilityEvidence e = judge(
            Borrow, "1000", "2000000", "1998000",
            {row(Type::NormalRepay, "3000", Submit + 10), row(Type::ForceRepay, "0", Submit + 20)});
        QVERIFY(!e.rulesOut);
        QCOMPARE(e.unexplained, dec("1000"));
    }

    void recordsBeforeTheSubmitOnlyEverMakeItWait() {
        // A borrow of 2000 just before the submit may be in "before" or not: it is not counted,
        // so a rise it caused keeps the action open rather than explaining it away.
        QVERIFY(
            !judge(Borrow, "1000", "2000000", "2002000", {row(Type::Borrow, "2000", Submit - 1)})
                 .rulesOut);
        // A repay just before the submit is counted, so it cannot hide a borrow: had ours executed
        // the liability would be 500 up, not 500 down.
        const QList<BorrowRepayRecord> repay = {row(Type::NormalRepay, "500", Submit - 1)};
        QVERIFY(judge(Borrow, "1000", "2000000", "1999500", repay).rulesOut);
        QVERIFY(!judge(Borrow, "1000", "2000000", "2000500", repay).rulesOut);
        // For a repay it is the other way round.
        QVERIFY(
            !judge(Repay, "300", "2000000", "1999000", {row(Type::NormalRepay, "1000", Submit - 1)})
                 .rulesOut);
        QVERIFY(!judge(Repay, "300", "2000000", "2000000", {row(Type::Borrow, "50", Submit - 1)})
                     .rulesOut);
    }

    void aRepayThatExecutedLowersTheLiability() {
        QVERIFY(!judge(Repay, "300", "2000000", "1999700").rulesOut);
        QVERIFY(!judge(Repay, "300", "2000000", "1999999.99").rulesOut); // a partial repay
        QVERIFY(judge(Repay, "300", "2000000", "2000000").rulesOut);
        QVERIFY(judge(Repay, "300", "2000000", "2000016.6666").rulesOut); // interest
        // Another desk's recorded repay explains the fall.
        QVERIFY(
            judge(Repay, "300", "2000000", "1999000", {row(Type::NormalRepay, "1000", Submit + 5)})
                .rulesOut);
    }

    void failedAndOtherAssetRowsAreNotCounted() {
        BorrowRepayRecord failed = row(Type::Borrow, "5000", Submit + 10);
        failed.status = BorrowRepayRecord::Status::Failed;
        BorrowRepayRecord usdc = row(Type::Borrow, "5000", Submit + 10);
        usdc.asset = QStringLiteral("USDC");
        QCOMPARE(judge(Borrow, "1000", "2000000", "2005000", {failed, usdc}).recorded, dec("0"));
    }

    void describeNamesEveryFigure() {
        const QString text =
            judge(Borrow, "1000", "2000000", "2005000", {row(Type::Borrow, "5000", Submit + 10)})
                .describe();
        QCOMPARE(text, QStringLiteral("totalLiability before 2000000, now 2005000 (records explain "
                                      "+5000, unexplained +0)"));
    }
};

QTEST_GUILESS_MAIN(tst_LiabilityEvidence)
#include "tst_liabilityevidence.moc"
