// The borrow dialog as a treasurer uses it, against the simulated exchange: the what-if panel,
// the max-borrowable check, typing a large amount twice, the words on the confirmation step, and
// a double click on Submit sending one request. Saves a screenshot into
// $LOANDESK_SCREENSHOT_DIR when that is set.
#include "borrowrepay/borrowdialog.h"
#include "borrowrepay/repaydialog.h"

#include "actionfixture.h"

#include "actions/borrowrepayservice.h"
#include "domain/ltvmath.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "sim/simexchange.h"
#include "testhelpers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace loandesk;

namespace {

constexpr qint64 Alpha = uitest::ActionFixture::Alpha;

template <typename T> T *child(QWidget *parent, const char *name) {
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

QString text(QWidget *parent, const char *labelName) {
    return child<QLabel>(parent, labelName)->text();
}

} // namespace

class tst_BorrowDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void whatIfFollowsTheAmountAndShock();
    void amountAboveMaxIsBlocked();
    void largeAmountNeedsTypingTwiceThenConfirmsInWords();
    void doubleClickOnSubmitSendsOneRequest();
    void repayCureHelperFillsTheAmount();
    void chineseReviewShowsBankNumerals_data();
    void chineseReviewShowsBankNumerals();

private:
    BorrowDialog *openDialog();

    uitest::ActionFixture m_fx;
    sim::SimExchange *m_exchange = nullptr;
    MonitorSession *m_session = nullptr;
    BorrowRepayService *m_service = nullptr;
    std::unique_ptr<BorrowDialog> m_dialog;
};

void tst_BorrowDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
}

void tst_BorrowDialog::init() {
    m_fx.start(QStringLiteral("ui-test"));
    m_exchange = m_fx.exchange.get();
    m_session = m_fx.session.get();
    m_service = m_fx.service.get();
}

void tst_BorrowDialog::cleanup() {
    m_dialog.reset();
    m_fx.stop();
}

BorrowDialog *tst_BorrowDialog::openDialog() {
    m_dialog = std::make_unique<BorrowDialog>(m_service, Alpha);
    QSignalSpy fetched(m_dialog.get(), &BorrowDialog::maxBorrowableFetched);
    m_dialog->show();
    if (!fetched.wait(10000))
        qWarning("max-borrowable not fetched");
    return m_dialog.get();
}

void tst_BorrowDialog::whatIfFollowsTheAmountAndShock() {
    BorrowDialog *dialog = openDialog();
    const RiskUnit unit = m_session->state()->unit(Alpha)->unit;
    const Decimal l = unit.totalLiability, e = unit.totalNetEquity, m = unit.totalMaintenanceMargin;
    QCOMPARE(text(dialog, "whatIfCurrentLtv"), DisplayFormat::ltv(LtvMath::ltv(l, e, m)));
    QCOMPARE(text(dialog, "whatIfProjectedLtv"), QStringLiteral("—"));

    QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("50000"));
    QCOMPARE(text(dialog, "whatIfProjectedLtv"),
             DisplayFormat::ltv(LtvMath::projectedLtv(l, e, m, dec("50000"))));
    QCOMPARE(text(dialog, "whatIfBand"), QStringLiteral("Normal"));
    child<QSpinBox>(dialog, "whatIfShock")->setValue(-20);
    QCOMPARE(text(dialog, "whatIfShockedLtv"),
             DisplayFormat::ltv(LtvMath::projectedLtv(l, e, m, dec("50000"), dec("-0.2"))));
    QVERIFY(text(dialog, "maxBorrowableLabel").contains(QStringLiteral("USDT")));
    QVERIFY(child<QPushButton>(dialog, "reviewButton")->isEnabled());

    if (const QString dir = qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/borrow-dialog.png")));
    }
}

void tst_BorrowDialog::amountAboveMaxIsBlocked() {
    BorrowDialog *dialog = openDialog();
    QVERIFY(dialog->maxBorrowable());
    const Decimal over = *dialog->maxBorrowable() + dec("0.00000001");
    QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), over.toString());
    child<QLineEdit>(dialog, "amountRepeatEdit")->setText(over.toString());
    QVERIFY(!child<QPushButton>(dialog, "reviewButton")->isEnabled());
    QVERIFY(text(dialog, "blockedLabel").contains(QStringLiteral("exceeds the max borrowable")));
}

void tst_BorrowDialog::largeAmountNeedsTypingTwiceThenConfirmsInWords() {
    BorrowDialog *dialog = openDialog();
    auto *amount = child<QLineEdit>(dialog, "amountEdit");
    auto *repeat = child<QLineEdit>(dialog, "amountRepeatEdit");
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QTest::keyClicks(amount, QStringLiteral("100000"));
    QVERIFY(!repeat->isVisible()); // at the threshold, not above it
    QTest::keyClicks(amount, QStringLiteral(".5"));
    QVERIFY(repeat->isVisible());
    QVERIFY(!review->isEnabled());
    QTest::keyClicks(repeat, QStringLiteral("1000000.5")); // a slipped zero
    QVERIFY(!review->isEnabled());
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("100000.5"));
    QVERIFY(review->isEnabled());
    // The validator refuses what the exchange would: an exponent, a sign, a ninth decimal.
    QString bad = QStringLiteral("1e5");
    int pos = 0;
    QCOMPARE(amount->validator()->validate(bad, pos), QValidator::Invalid);
    bad = QStringLiteral("1.123456789");
    QCOMPARE(amount->validator()->validate(bad, pos), QValidator::Invalid);

    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(child<QWidget>(dialog, "confirmPage")->isVisible());
    QVERIFY(text(dialog, "confirmSummary").contains(QStringLiteral("10001")));
    QVERIFY(text(dialog, "confirmSummary").contains(QStringLiteral("USDT")));
    QCOMPARE(text(dialog, "confirmWords"),
             QStringLiteral("In words: one hundred thousand point five USDT"));
}

void tst_BorrowDialog::doubleClickOnSubmitSendsOneRequest() {
    BorrowDialog *dialog = openDialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("1234.5"));
    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QSignalSpy settled(m_service, &BorrowRepayService::actionSettled);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTest::mouseDClick(submit, Qt::LeftButton);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    QTRY_VERIFY(text(dialog, "resultLabel").contains(QStringLiteral("Borrowed")));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    QVERIFY(child<QPushButton>(dialog, "closeButton")->isVisible());
}

void tst_BorrowDialog::repayCureHelperFillsTheAmount() {
    RepayDialog dialog(m_service, Alpha);
    dialog.show();
    const RiskUnit unit = m_session->state()->unit(Alpha)->unit;
    child<QDoubleSpinBox>(&dialog, "cureTargetSpin")->setValue(0.3);
    const auto needed = LtvMath::repayToReach(unit.totalLiability, unit.totalNetEquity,
                                              unit.totalMaintenanceMargin, dec("0.3"));
    QVERIFY(needed && needed->isPositive());
    QTest::mouseClick(child<QPushButton>(&dialog, "useCureButton"), Qt::LeftButton);
    QCOMPARE(dialog.amount(), needed);
    QCOMPARE(text(&dialog, "whatIfProjectedLtv"), DisplayFormat::ltv(dec("0.3")));
}

void tst_BorrowDialog::chineseReviewShowsBankNumerals_data() {
    QTest::addColumn<bool>("repay");
    QTest::newRow("borrow") << false;
    QTest::newRow("repay") << true;
}

// A Chinese desk reads the amount in the financial numerals (大写) its bank requires, on the
// last step before money moves, whichever way the money goes.
void tst_BorrowDialog::chineseReviewShowsBankNumerals() {
    QFETCH(bool, repay);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    std::unique_ptr<RepayDialog> repayDialog;
    QWidget *dialog = nullptr;
    if (repay) {
        repayDialog = std::make_unique<RepayDialog>(m_service, Alpha);
        repayDialog->show();
        dialog = repayDialog.get();
    } else {
        dialog = openDialog();
    }
    QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("1001"));
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QVERIFY(review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(child<QWidget>(dialog, "confirmPage")->isVisible());
    const QStringList lines = text(dialog, "confirmWords").split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("In words: one thousand one USDT"));
    QVERIFY2(lines.at(1).startsWith(QString::fromUtf16(u"壹仟零壹")), qPrintable(lines.at(1)));
}

QTEST_MAIN(tst_BorrowDialog)
#include "tst_borrowdialog.moc"
