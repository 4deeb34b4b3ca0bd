#include "actions/foureyescheck.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace loandesk;

namespace {
constexpr int FastIterations = 2000;
const QString AlicePin = QStringLiteral("731902");
const QString BobPin = QStringLiteral("482019");
const QString CarolPin = QStringLiteral("135790");
constexpr qint64 Start = 1795598579105; // 2026-11-25, any fixed time will do

ActionOrder borrow(const char *amount) {
    ActionOrder o;
    o.action = AuditEntry::Action::Borrow;
    o.groupId = 10001;
    o.asset = QStringLiteral("USDT");
    o.amount = *Decimal::fromString(QString::fromLatin1(amount));
    return o;
}

} // namespace

// Four-eyes means two registered people: who is at the keyboard follows from the OS login (or
// a PIN on a shared login), the second is a different registration with a login of their own
// and their PIN, and the service only takes the single-use approval token that fits the order.
// Wrong PINs lock that operator, in a journal that outlives the check object.
class tst_FourEyesCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theLoginNamesTheFirstOperator();
    void anUnregisteredLoginCannotStart();
    void aSharedLoginAsksWhoIsAtTheKeyboard();
    void theSamePersonUnderTwoNamesIsRefused();
    void theFirstOperatorsOwnPinIsNotATry();
    void theApprovalFitsOneOrderOnce();
    void theApprovalExpiresAndFollowsTheRegistry();
    void wrongPinsLockThatOperatorAcrossARestart();
    void noJournalNoVerification();
    void theLoginIsNotTakenFromTheEnvironment();

private:
    void save();
    std::unique_ptr<FourEyesCheck> makeCheck();
    QString firstAt(FourEyesCheck &check, const QString &login);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    OperatorRegistry m_registry;
    qint64 m_now = Start;
};

void tst_FourEyesCheck::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("operators.json"));
    m_now = Start;
    m_registry = {};
    m_registry.add(QStringLiteral("Alice"), {QStringLiteral("alice"), QStringLiteral("desk")},
                   AlicePin, FastIterations);
    m_registry.add(QStringLiteral("Bob Li"), {QStringLiteral("bob"), QStringLiteral("desk")},
                   BobPin, FastIterations);
    m_registry.add(QStringLiteral("Carol Smith"), {QStringLiteral("carol")}, CarolPin,
                   FastIterations);
    save();
}

void tst_FourEyesCheck::save() {
    QVERIFY(m_registry.save(m_path));
}

std::unique_ptr<FourEyesCheck> tst_FourEyesCheck::makeCheck() {
    auto check = std::make_unique<FourEyesCheck>(m_path);
    check->setClock([this] { return m_now; });
    return check;
}

QString tst_FourEyesCheck::firstAt(FourEyesCheck &check, const QString &login) {
    const FourEyesCheck::Attempt a = check.identify(login);
    return a.verified() ? a.token : QString();
}

void tst_FourEyesCheck::theLoginNamesTheFirstOperator() {
    auto check = makeCheck();
    // No PIN needed where one person registered the login; its case does not matter.
    const FourEyesCheck::Attempt first = check->identify(QStringLiteral("CAROL"));
    QCOMPARE(first.outcome, FourEyesCheck::Outcome::Verified);
    QCOMPARE(first.operatorName, QStringLiteral("Carol Smith"));
    QCOMPARE(check->atKeyboard(first.token), QStringLiteral("Carol Smith"));
    QCOMPARE(check->candidates(first.token),
             (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob Li")}));
    const FourEyesCheck::Attempt second =
        check->confirm(first.token, QStringLiteral("bob li"), BobPin, borrow("60000"));
    QCOMPARE(second.outcome, FourEyesCheck::Outcome::Verified);
    QCOMPARE(second.operatorName, QStringLiteral("Bob Li"));
    const auto approval =
        check->checkApproval(second.token, borrow("60000"), QStringLiteral("carol"));
    QVERIFY(approval);
    QCOMPARE(approval->firstName, QStringLiteral("Carol Smith"));
    QCOMPARE(approval->secondName, QStringLiteral("Bob Li"));
}

void tst_FourEyesCheck::anUnregisteredLoginCannotStart() {
    auto check = makeCheck();
    QCOMPARE(check->identify(QStringLiteral("mallory")).outcome,
             FourEyesCheck::Outcome::NotRegistered);
    // Without a first operator nobody can confirm, whatever PIN they know.
    QCOMPARE(check->confirm({}, QStringLiteral("Bob Li"), BobPin, borrow("60000")).outcome,
             FourEyesCheck::Outcome::FirstNotVerified);
    QCOMPARE(
        check->confirm(QStringLiteral("forged"), QStringLiteral("Bob Li"), BobPin, borrow("60000"))
            .outcome,
        FourEyesCheck::Outcome::FirstNotVerified);
    QVERIFY(check->candidates({}).isEmpty());
}

void tst_FourEyesCheck::aSharedLoginAsksWhoIsAtTheKeyboard() {
    auto check = makeCheck();
    using O = FourEyesCheck::Outcome;
    const QString desk = QStringLiteral("desk");
    QCOMPARE(check->identify(desk).outcome, O::NeedsPin);
    QCOMPARE(check->operatorsAt(desk),
             (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob Li")}));
    QCOMPARE(check->identify(desk, QStringLiteral("Alice"), BobPin).outcome, O::WrongPin);
    // Carol does not use this login, even with her right PIN.
    QCOMPARE(check->identify(desk, QStringLiteral("Carol Smith"), CarolPin).outcome,
             O::NotAtThisLogin);
    const FourEyesCheck::Attempt first = check->identify(desk, QStringLiteral("alice"), AlicePin);
    QCOMPARE(first.outcome, O::Verified);
    QCOMPARE(check->atKeyboard(first.token), QStringLiteral("Alice"));
    // Alice cannot confirm her own order under the shared login; Bob, with a login of his own,
    // can.
    QCOMPARE(check->candidates(first.token),
             (QStringList{QStringLiteral("Bob Li"), QStringLiteral("Carol Smith")}));
    QCOMPARE(
        check->confirm(first.token, QStringLiteral("ALICE"), AlicePin, borrow("60000")).outcome,
        O::SameAsFirst);
    const FourEyesCheck::Attempt second =
        check->confirm(first.token, QStringLiteral("Bob Li"), BobPin, borrow("60000"));
    QCOMPARE(second.outcome, O::Verified);
    QVERIFY(check->redeem(second.token, borrow("60000"), desk));
}

void tst_FourEyesCheck::theSamePersonUnderTwoNamesIsRefused() {
    // Carol registered a second time, under another name and her login in another case.
    QCOMPARE(m_registry.add(QStringLiteral("C. Smith"), {QStringLiteral("CAROL")},
                            QStringLiteral("246810"), FastIterations),
             OperatorRegistry::Change::Done);
    save();
    auto check = makeCheck();
    using O = FourEyesCheck::Outcome;
    // Her login is now listed twice, so she must say who she is, with a PIN.
    QCOMPARE(check->identify(QStringLiteral("carol")).outcome, O::NeedsPin);
    const QString first =
        check->identify(QStringLiteral("carol"), QStringLiteral("Carol Smith"), CarolPin).token;
    QVERIFY(!first.isEmpty());
    QVERIFY(!check->candidates(first).contains(QStringLiteral("C. Smith")));
    const FourEyesCheck::Attempt second = check->confirm(first, QStringLiteral("C. Smith"),
                                                         QStringLiteral("246810"), borrow("60000"));
    QCOMPARE(second.outcome, O::SameLogins);
    QVERIFY(second.token.isEmpty());
    // The other way round too.
    const QString other = check
                              ->identify(QStringLiteral("carol"), QStringLiteral("c. smith"),
                                         QStringLiteral("246810"))
                              .token;
    QCOMPARE(
        check->confirm(other, QStringLiteral("Carol Smith"), CarolPin, borrow("60000")).outcome,
        O::SameLogins);
    // And her own name in another case is still her.
    QCOMPARE(
        check->confirm(first, QStringLiteral("CAROL SMITH"), CarolPin, borrow("60000")).outcome,
        O::SameAsFirst);
}

void tst_FourEyesCheck::theFirstOperatorsOwnPinIsNotATry() {
    auto check = makeCheck();
    const QString first = firstAt(*check, QStringLiteral("carol"));
    for (int i = 0; i < 6; ++i)
        check->confirm(first, QStringLiteral("Carol Smith"), QStringLiteral("000000"), borrow("1"));
    QVERIFY(!check->lockOf(QStringLiteral("Carol Smith")).isLocked());
    QCOMPARE(check->lockOf(QStringLiteral("Carol Smith")).attemptsLeft(),
             PinAttemptLog::MaxFailures);
}

void tst_FourEyesCheck::theApprovalFitsOneOrderOnce() {
    auto check = makeCheck();
    const QString carol = QStringLiteral("carol");
    const QString token =
        check->confirm(firstAt(*check, carol), QStringLiteral("Bob Li"), BobPin, borrow("60000"))
            .token;
    QVERIFY(!token.isEmpty());
    ActionOrder other = borrow("60000.00000001");
    QVERIFY(!check->checkApproval(token, other, carol));
    other = borrow("60000");
    other.asset = QStringLiteral("USDC");
    QVERIFY(!check->checkApproval(token, other, carol));
    other = borrow("60000");
    other.groupId = 10002;
    QVERIFY(!check->checkApproval(token, other, carol));
    other = borrow("60000");
    other.action = AuditEntry::Action::Repay;
    QVERIFY(!check->checkApproval(token, other, carol));
    // Not at another login, and a name is not a token.
    QVERIFY(!check->checkApproval(token, borrow("60000"), QStringLiteral("bob")));
    QVERIFY(!check->checkApproval(QStringLiteral("Bob Li"), borrow("60000"), carol));
    QVERIFY(!check->checkApproval({}, borrow("60000"), carol));
    // The checks above leave it valid; redeeming uses it up.
    QVERIFY(check->checkApproval(token, borrow("60000"), carol));
    QVERIFY(check->redeem(token, borrow("60000"), carol));
    QVERIFY(!check->redeem(token, borrow("60000"), carol));
    QVERIFY(!check->checkApproval(token, borrow("60000"), carol));
    // A token tried on the wrong order is used up as well.
    const QString second =
        check->confirm(firstAt(*check, carol), QStringLiteral("Bob Li"), BobPin, borrow("5")).token;
    QVERIFY(!check->redeem(second, borrow("6"), carol));
    QVERIFY(!check->redeem(second, borrow("5"), carol));
}

void tst_FourEyesCheck::theApprovalExpiresAndFollowsTheRegistry() {
    auto check = makeCheck();
    const QString carol = QStringLiteral("carol");
    QString token =
        check->confirm(firstAt(*check, carol), QStringLiteral("Bob Li"), BobPin, borrow("60000"))
            .token;
    m_now += FourEyesCheck::TokenLifetimeMs;
    QVERIFY(!check->redeem(token, borrow("60000"), carol));

    token =
        check->confirm(firstAt(*check, carol), QStringLiteral("Bob Li"), BobPin, borrow("60000"))
            .token;
    QVERIFY(check->checkApproval(token, borrow("60000"), carol));
    // Bob removed in Settings before Submit: his approval goes with him.
    QVERIFY(m_registry.remove(QStringLiteral("Bob Li")));
    save();
    QVERIFY(!check->redeem(token, borrow("60000"), carol));
}

void tst_FourEyesCheck::wrongPinsLockThatOperatorAcrossARestart() {
    using O = FourEyesCheck::Outcome;
    {
        auto check = makeCheck();
        const QString first = firstAt(*check, QStringLiteral("carol"));
        for (int i = 0; i < 4; ++i) {
            const auto a = check->confirm(first, QStringLiteral("Bob Li"),
                                          QStringLiteral("00000%1").arg(i), borrow("1"));
            QCOMPARE(a.outcome, O::WrongPin);
            QCOMPARE(a.attemptsLeft, 4 - i);
        }
        m_now += 60000;
        // A wrong PIN on the shared login counts against Bob too: it is his PIN being guessed.
        const auto fifth = check->identify(QStringLiteral("desk"), QStringLiteral("Bob Li"),
                                           QStringLiteral("999999"));
        QCOMPARE(fifth.outcome, O::Locked);
        QCOMPARE(fifth.lockedUntil,
                 QDateTime::fromMSecsSinceEpoch(m_now + PinAttemptLog::LockMs, QTimeZone::utc()));
        QCOMPARE(check->confirm(first, QStringLiteral("Bob Li"), BobPin, borrow("1")).outcome,
                 O::Locked);
        // Only Bob is locked.
        QCOMPARE(check->confirm(first, QStringLiteral("Alice"), AlicePin, borrow("1")).outcome,
                 O::Verified);
    }
    // A restart: new objects on the same files.
    auto check = makeCheck();
    const PinAttemptLog::Status lock = check->lockOf(QStringLiteral("bob li"));
    QVERIFY(lock.isLocked());
    QCOMPARE(lock.lockedUntil, QDateTime::fromMSecsSinceEpoch(Start + 60000 + PinAttemptLog::LockMs,
                                                              QTimeZone::utc()));
    const QString first = firstAt(*check, QStringLiteral("carol"));
    QCOMPARE(check->confirm(first, QStringLiteral("Bob Li"), BobPin, borrow("1")).outcome,
             O::Locked);
    // Fifteen minutes later he has all his tries back.
    m_now = Start + 60000 + PinAttemptLog::LockMs;
    QVERIFY(!check->lockOf(QStringLiteral("Bob Li")).isLocked());
    QCOMPARE(check->lockOf(QStringLiteral("Bob Li")).attemptsLeft(), PinAttemptLog::MaxFailures);
    QCOMPARE(check
                 ->confirm(firstAt(*check, QStringLiteral("carol")), QStringLiteral("Bob Li"),
                           BobPin, borrow("1"))
                 .outcome,
             O::Verified);
}

void tst_FourEyesCheck::noJournalNoVerification() {
    // A folder where the attempt log should be: it cannot be opened, so no PIN is checked.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("pin-attempts.sqlite")));
    auto check = makeCheck();
    const auto a = check->confirm(firstAt(*check, QStringLiteral("carol")),
                                  QStringLiteral("Bob Li"), BobPin, borrow("1"));
    QCOMPARE(a.outcome, FourEyesCheck::Outcome::Unavailable);
    QVERIFY(a.token.isEmpty());
}

void tst_FourEyesCheck::theLoginIsNotTakenFromTheEnvironment() {
#ifdef Q_OS_UNIX
    // Otherwise "USER=bob loandesk" would make Carol's keyboard Bob's, and her PIN his second.
    const QString real = OsLogin::current();
    QVERIFY(!real.isEmpty());
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "someone-else-entirely");
    QCOMPARE(OsLogin::current(), real);
    QCOMPARE(FourEyesCheck(m_path).login(), real);
    qputenv("USER", saved);
#else
    QSKIP("the account database is read on Unix only");
#endif
}

QTEST_GUILESS_MAIN(tst_FourEyesCheck)
#include "tst_foureyescheck.moc"
