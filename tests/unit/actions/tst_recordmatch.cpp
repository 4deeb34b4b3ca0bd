#include "testhelpers.h"

#include "actions/recordmatch.h"

#include <QtTest>

using namespace loandesk;
using Type = BorrowRepayRecord::Type;
using Kind = RecordMatch::Kind;

namespace {

constexpr qint64 Submit = 1'000'000;
constexpr qint64 GraceEnd = Submit + 120'000;
constexpr qint64 Tolerance = 2000;

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
    e.exchangeTimeMs = Submit;
    return e;
}

RecordMatch find(const AuditEntry &e, const QList<BorrowRepayRecord> &rows,
                 const std::function<bool(const QString &)> &claimed = {}) {
    return RecordMatch::find(e, Submit, GraceEnd, Tolerance, rows, claimed);
}

} // namespace

class tst_RecordMatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void borrowNeedsTheExactAmountAfterSubmit() {
        const AuditEntry e = entry(AuditEntry::Action::Borrow, "1000");
        const QList<BorrowRepayRecord> rows = {
            row(1, Type::Borrow, "1000", Submit - Tolerance - 1), // before submit: not ours
            row(2, Type::Borrow, "999", Submit + 500),            // other amount
            row(3, Type::Borrow, "1000", Submit + 500, "USDC"),
            row(4, Type::NormalRepay, "1000", Submit + 500),
            row(5, Type::Borrow, "1000", Submit + 700),
        };
        const RecordMatch match = find(e, rows);
        QCOMPARE(match.kind, Kind::Sure);
        QCOMPARE(match.record.tranId, 5);
        QVERIFY(match.doubt.isEmpty());
        QCOMPARE(find(e, rows.mid(0, 4)).kind, Kind::None);
    }

    void severalFitsAreOnlyProbable() {
        const AuditEntry e = entry(AuditEntry::Action::Borrow, "1000");
        const QList<BorrowRepayRecord> rows = {row(5, Type::Borrow, "1000", Submit + 700),
                                               row(6, Type::Borrow, "1000", Submit + 600)};
        const RecordMatch match = find(e, rows);
        QCOMPARE(match.kind, Kind::Ambiguous);
        QCOMPARE(match.record.tranId, 6); // nearest the submit
        QCOMPARE(match.candidates, 2);
        QVERIFY2(match.doubt.contains(QLatin1String("2 records fit")), qPrintable(match.doubt));
        // A row another action of this journal claimed is not a candidate.
        const auto claimed = [](const QString &id) { return id == QLatin1String("6"); };
        const RecordMatch other = find(e, rows, claimed);
        QCOMPARE(other.kind, Kind::Sure);
        QCOMPARE(other.record.tranId, 5);
    }

    void repayWithTheSameAmountWinsOverANearerSmallerOne() {
        const AuditEntry e = entry(AuditEntry::Action::Repay, "30000");
        const QList<BorrowRepayRecord> rows = {
            row(7, Type::NormalRepay, "25000", Submit + 100), // nearer, but another amount
            row(8, Type::NormalRepay, "30000", Submit + 900),
            row(9, Type::NormalRepay, "30000.00000001", Submit + 50), // more than requested
            row(10, Type::ForceRepay, "30000", Submit + 60),          // the exchange's own
        };
        const RecordMatch match = find(e, rows);
        QCOMPARE(match.kind, Kind::Sure);
        QCOMPARE(match.record.tranId, 8);
    }

    void repayMatchesNearestNotEarliest() {
        // Two repays of the amount: one recorded just before our submit (within the clock
        // tolerance), one just after. The earliest-first rule took the first: another desk's.
        const AuditEntry e = entry(AuditEntry::Action::Repay, "500");
        const QList<BorrowRepayRecord> rows = {row(11, Type::NormalRepay, "500", Submit - 1500),
                                               row(12, Type::NormalRepay, "500", Submit + 300)};
        const RecordMatch match = find(e, rows);
        QCOMPARE(match.record.tranId, 12);
        QCOMPARE(match.kind, Kind::Ambiguous); // and never claimed while another fits
    }

    void aRecordNobodyClaimedBeforeTheSubmitIsOnlyProbable() {
        const AuditEntry e = entry(AuditEntry::Action::Repay, "500");
        const RecordMatch match = find(e, {row(11, Type::NormalRepay, "500", Submit - 1500)});
        QCOMPARE(match.kind, Kind::Ambiguous);
        QCOMPARE(match.record.tranId, 11);
        QVERIFY2(match.doubt.contains(QLatin1String("before this desk sent")),
                 qPrintable(match.doubt));
    }

    void aSmallerRepayIsOnlyProbable() {
        // The exchange repays min(available, requested), so it may be ours, or another desk's.
        const AuditEntry e = entry(AuditEntry::Action::Repay, "30000");
        const RecordMatch match = find(e, {row(7, Type::NormalRepay, "25000", Submit + 100)});
        QCOMPARE(match.kind, Kind::Ambiguous);
        QCOMPARE(match.record.tranId, 7);
        QVERIFY2(match.doubt.contains(QLatin1String("repaid 25000 of the 30000")),
                 qPrintable(match.doubt));
    }

    void aRecordAfterTheGracePeriodIsOnlyProbable() {
        const AuditEntry e = entry(AuditEntry::Action::Borrow, "1000");
        const RecordMatch match = find(e, {row(13, Type::Borrow, "1000", GraceEnd + 1)});
        QCOMPARE(match.kind, Kind::Ambiguous);
        QVERIFY2(match.doubt.contains(QLatin1String("after the grace period")),
                 qPrintable(match.doubt));
        QCOMPARE(find(e, {row(13, Type::Borrow, "1000", GraceEnd)}).kind, Kind::Sure);
    }

    void failedRowsDoNotCount() {
        BorrowRepayRecord failed = row(10, Type::Borrow, "1000", Submit + 100);
        failed.status = BorrowRepayRecord::Status::Failed;
        QCOMPARE(find(entry(AuditEntry::Action::Borrow, "1000"), {failed}).kind, Kind::None);
    }
};

QTEST_GUILESS_MAIN(tst_RecordMatch)
#include "tst_recordmatch.moc"
