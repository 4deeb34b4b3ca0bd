#include "actions/foureyescheck.h"

#include <QtTest>

using namespace loandesk;

namespace {
constexpr int FastIterations = 2000;
const QString BobPin = QStringLiteral("482019");
} // namespace

// The second operator's check within one dialog: only someone other than the person at the
// keyboard, only with the right PIN, and locked after five wrong tries.
class tst_FourEyesCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void candidatesExcludeTheFirstOperator();
    void rightPinVerifies();
    void firstOperatorCannotConfirm();
    void locksAfterFiveWrongPins();
    void resetForgetsTheConfirmationButNotTheAttempts();

private:
    OperatorRegistry m_registry;
};

void tst_FourEyesCheck::init() {
    m_registry = {};
    m_registry.add(QStringLiteral("alice"), QStringLiteral("731902"), FastIterations);
    m_registry.add(QStringLiteral("Bob Li"), BobPin, FastIterations);
}

void tst_FourEyesCheck::candidatesExcludeTheFirstOperator() {
    const FourEyesCheck check(m_registry, QStringLiteral("Alice"));
    QCOMPARE(check.candidates(), QStringList{QStringLiteral("Bob Li")});
    QVERIFY(!check.isVerified());
}

void tst_FourEyesCheck::rightPinVerifies() {
    FourEyesCheck check(m_registry, QStringLiteral("alice"));
    QCOMPARE(check.verify(QStringLiteral("bob li"), BobPin), FourEyesCheck::Outcome::Verified);
    QVERIFY(check.isVerified());
    QCOMPARE(check.verifiedOperator(), QStringLiteral("Bob Li")); // as registered
}

void tst_FourEyesCheck::firstOperatorCannotConfirm() {
    FourEyesCheck check(m_registry, QStringLiteral("alice"));
    // Even with her own right PIN: four eyes means two people.
    QCOMPARE(check.verify(QStringLiteral("Alice"), QStringLiteral("731902")),
             FourEyesCheck::Outcome::SameAsFirst);
    QVERIFY(!check.isVerified());
    QCOMPARE(check.attemptsLeft(), FourEyesCheck::MaxAttempts);
}

void tst_FourEyesCheck::locksAfterFiveWrongPins() {
    FourEyesCheck check(m_registry, QStringLiteral("alice"));
    using O = FourEyesCheck::Outcome;
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), QStringLiteral("000000")), O::WrongPin);
    QCOMPARE(check.attemptsLeft(), 4);
    QCOMPARE(check.verify(QStringLiteral("Mallory"), BobPin), O::UnknownOperator);
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), QStringLiteral("000001")), O::WrongPin);
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), QStringLiteral("000002")), O::WrongPin);
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), QStringLiteral("000003")), O::Locked);
    QVERIFY(check.isLocked());
    QCOMPARE(check.attemptsLeft(), 0);
    // Locked means locked: the right PIN no longer helps in this dialog.
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), BobPin), O::Locked);
    QVERIFY(!check.isVerified());
}

void tst_FourEyesCheck::resetForgetsTheConfirmationButNotTheAttempts() {
    FourEyesCheck check(m_registry, QStringLiteral("alice"));
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), QStringLiteral("000000")),
             FourEyesCheck::Outcome::WrongPin);
    QCOMPARE(check.verify(QStringLiteral("Bob Li"), BobPin), FourEyesCheck::Outcome::Verified);
    check.reset();
    QVERIFY(!check.isVerified());
    QCOMPARE(check.attemptsLeft(), FourEyesCheck::MaxAttempts - 1);
}

QTEST_GUILESS_MAIN(tst_FourEyesCheck)
#include "tst_foureyescheck.moc"
