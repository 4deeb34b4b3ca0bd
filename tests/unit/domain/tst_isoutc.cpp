#include "actions/auditlog.h"
#include "domain/isoutc.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace loandesk;

// One way to write a UTC moment for machines, checked against what Qt 6.4 itself writes, and
// against the forms already stored in history databases and audit journals.
class tst_IsoUtc : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesQtsOwnUtcOutput_data();
    void matchesQtsOwnUtcOutput();
    void zoneOfTheInputDoesNotMatter();
    void historyDatabaseFormIsUnchanged_data();
    void historyDatabaseFormIsUnchanged();
    void secondsForPauses();
    void invalidIsEmpty();
    void journalWrittenWithTheOldSuffixStillVerifies();
};

void tst_IsoUtc::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_IsoUtc::matchesQtsOwnUtcOutput_data() {
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("new year 2026, 123 ms") << qint64(1'767'225'600'123);
    QTest::newRow("a record's timestamp") << qint64(1'795'598'579'105);
    QTest::newRow("whole second") << qint64(1'767'225'601'000);
}

void tst_IsoUtc::matchesQtsOwnUtcOutput() {
    QFETCH(qint64, ms);
    // Qt's own output for a Qt::UTC time (what currentDateTimeUtc() and toUTC() give): 'Z'.
    const QDateTime qtUtc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC();
    QCOMPARE(qtUtc.timeSpec(), Qt::UTC);
    QCOMPARE(isoUtc(ms), qtUtc.toString(Qt::ISODateWithMs));
    QVERIFY(isoUtc(ms).endsWith(u'Z'));
    QCOMPARE(isoUtc(ms).size(), qsizetype(24)); // yyyy-MM-ddTHH:mm:ss.zzzZ
    // The copies this replaced wrote QTimeZone::utc() times directly, which Qt 6.4 suffixes
    // "+00:00" (Qt 6.5 and later write 'Z'): that is the disagreement this function ends.
    const QString direct =
        QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    QVERIFY(direct == isoUtc(ms) || direct == isoUtc(ms).chopped(1) + QStringLiteral("+00:00"));
    // And it reads back as the same moment.
    QCOMPARE(QDateTime::fromString(isoUtc(ms), Qt::ISODateWithMs).toMSecsSinceEpoch(), ms);
}

void tst_IsoUtc::zoneOfTheInputDoesNotMatter() {
    const qint64 ms = 1'767'225'600'123;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QDateTime tokyo = utc.toTimeZone(QTimeZone("Asia/Tokyo"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(isoUtc(utc), QStringLiteral("2026-01-01T00:00:00.123Z"));
    QCOMPARE(isoUtc(tokyo), QStringLiteral("2026-01-01T00:00:00.123Z"));
    QCOMPARE(isoUtc(utc.toLocalTime()), QStringLiteral("2026-01-01T00:00:00.123Z"));
    QCOMPARE(isoUtc(now), now.toString(Qt::ISODateWithMs));
}

void tst_IsoUtc::historyDatabaseFormIsUnchanged_data() {
    matchesQtsOwnUtcOutput_data();
}

void tst_IsoUtc::historyDatabaseFormIsUnchanged() {
    QFETCH(qint64, ms);
    // How history.sqlite event details ("from=…") and its CSV export were written before:
    // existing rows must keep comparing equal to what is written now.
    const QString stored = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                           u'Z';
    QCOMPARE(isoUtc(ms), stored);
}

void tst_IsoUtc::secondsForPauses() {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(1'767'225'600'900, QTimeZone::utc());
    QCOMPARE(isoUtcSeconds(t), QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(isoUtcSeconds(t.toLocalTime()), QStringLiteral("2026-01-01T00:00:00Z"));
}

void tst_IsoUtc::invalidIsEmpty() {
    QVERIFY(isoUtc(QDateTime()).isEmpty());
    QVERIFY(isoUtcSeconds(QDateTime()).isEmpty());
}

void tst_IsoUtc::journalWrittenWithTheOldSuffixStillVerifies() {
    // Reconciliation evidence in the audit journal used to spell UTC "+00:00" and now spells it
    // 'Z'. The chain hashes each row's stored text and its time as a number, so rows written
    // before keep verifying next to rows written now.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    const qint64 ms = 1'767'225'600'123;
    {
        AuditLog log;
        QVERIFY(log.open(path));
        AuditEntry old;
        old.action = AuditEntry::Action::Borrow;
        old.state = AuditEntry::State::ReconciledExecuted;
        old.groupId = 10001;
        old.asset = QStringLiteral("USDT");
        old.timeMs = ms;
        old.exchangeMessage =
            QStringLiteral("tranId 1 at %1 UTC")
                .arg(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+00:00")));
        QVERIFY(log.append(old));
    }
    AuditLog log;
    QVERIFY(log.open(path));
    AuditEntry now;
    now.action = AuditEntry::Action::Borrow;
    now.state = AuditEntry::State::ReconciledExecuted;
    now.groupId = 10001;
    now.asset = QStringLiteral("USDT");
    now.timeMs = ms + 1;
    now.exchangeMessage = QStringLiteral("tranId 2 at %1 UTC").arg(isoUtc(ms + 1));
    QVERIFY(log.append(now));
    const QList<AuditEntry> rows = log.entries();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).exchangeMessage.endsWith(QStringLiteral("+00:00 UTC")));
    QVERIFY(rows.at(1).exchangeMessage.endsWith(QStringLiteral("Z UTC")));
    QVERIFY(log.verify().intact());
}

QTEST_GUILESS_MAIN(tst_IsoUtc)
#include "tst_isoutc.moc"
