// Four-eyes and the profile's gating as a treasurer meets them, against the simulated exchange:
// a borrow at or above the four-eyes amount cannot be submitted until a registered colleague
// (not the person at the keyboard) enters their PIN; a wrong PIN is refused and five lock the
// dialog; the right one sends exactly one POST and the audit log names both people. A profile
// marked read-only keeps Borrow/Repay disabled with the reason, until trading is enabled.
#include "actionfixture.h"

#include "actions/actionsmenu.h"
#include "actions/activityview.h"
#include "actions/borrowdialog.h"
#include "actions/repaydialog.h"
#include "panels/dashboardwidget.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"
#include "actions/borrowrepayservice.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "settings/operatorregistry.h"
#include "settings/profilestore.h"
#include "sim/simexchange.h"
#include "testhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace loandesk;

namespace {

constexpr qint64 Alpha = uitest::ActionFixture::Alpha;
const QString Bob = QStringLiteral("Bob Li");
const QString BobPin = QStringLiteral("482019");

template <typename T> T *child(QObject *parent, const char *name) {
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no object named %s", name);
    return w;
}

QString text(QWidget *parent, const char *labelName) {
    return child<QLabel>(parent, labelName)->text();
}

} // namespace

class tst_FourEyes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void largeBorrowNeedsTheSecondOperatorsPin();
    void fiveWrongPinsLockTheDialog();
    void smallBorrowNeedsNoSecondOperator();
    void largeRepayIsTypedTwiceAndNeedsFourEyes();
    void readOnlyProfileGatesBorrowAndRepay();

private:
    BorrowDialog *openDialog();
    void reviewAmount(BorrowDialog *dialog, const QString &amount);
    void enterPin(BorrowDialog *dialog, const QString &name, const QString &pin);

    OperatorRegistry m_operators;
    uitest::ActionFixture m_fx;
    sim::SimExchange *m_exchange = nullptr;
    MonitorSession *m_session = nullptr;
    AuditLog *m_log = nullptr;
    BorrowRepayService *m_service = nullptr;
    std::unique_ptr<BorrowDialog> m_dialog;
};

void tst_FourEyes::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    qputenv("USER", "carol.ops"); // the operator at the keyboard
    QVERIFY(m_operators.add(Bob, BobPin) == OperatorRegistry::Change::Done);
    // The person at the keyboard is registered too, as colleagues usually are; she must not
    // be offered as her own second operator (names compare ignoring case).
    QVERIFY(m_operators.add(QStringLiteral("Carol.Ops"), QStringLiteral("135790")) ==
            OperatorRegistry::Change::Done);
}

void tst_FourEyes::init() {
    m_fx.start(QStringLiteral("four-eyes-test"));
    m_exchange = m_fx.exchange.get();
    m_session = m_fx.session.get();
    m_log = m_fx.log.get();
    m_service = m_fx.service.get();
    ActionLimits limits;
    limits.fourEyesFrom = dec("50000");
    m_service->setLimits(limits);
}

void tst_FourEyes::cleanup() {
    m_dialog.reset();
    m_fx.stop();
}

BorrowDialog *tst_FourEyes::openDialog() {
    m_dialog = std::make_unique<BorrowDialog>(m_service, Alpha);
    m_dialog->setOperators(m_operators);
    QSignalSpy fetched(m_dialog.get(), &BorrowDialog::maxBorrowableFetched);
    m_dialog->show();
    if (!fetched.wait(10000))
        qWarning("max-borrowable not fetched");
    return m_dialog.get();
}

void tst_FourEyes::reviewAmount(BorrowDialog *dialog, const QString &amount) {
    QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), amount);
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QVERIFY2(review->isEnabled(), qPrintable(text(dialog, "blockedLabel")));
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(child<QWidget>(dialog, "confirmPage")->isVisible());
}

void tst_FourEyes::enterPin(BorrowDialog *dialog, const QString &name, const QString &pin) {
    auto *combo = child<QComboBox>(dialog, "secondOperatorCombo");
    combo->setCurrentIndex(combo->findText(name));
    QTest::keyClicks(child<QLineEdit>(dialog, "secondOperatorPinEdit"), pin);
    QTest::mouseClick(child<QPushButton>(dialog, "verifyPinButton"), Qt::LeftButton);
}

void tst_FourEyes::largeBorrowNeedsTheSecondOperatorsPin() {
    BorrowDialog *dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("60000"));
    auto *box = child<QGroupBox>(dialog, "fourEyesBox");
    auto *submit = child<QPushButton>(dialog, "submitButton");
    auto *pin = child<QLineEdit>(dialog, "secondOperatorPinEdit");
    QVERIFY(box->isVisible());
    QVERIFY(!submit->isEnabled());
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    // Only colleagues are offered: not the operator at the keyboard.
    QCOMPARE(child<QComboBox>(dialog, "secondOperatorCombo")->count(), 1);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 0);

    enterPin(dialog, Bob, QStringLiteral("482018"));
    QVERIFY(text(dialog, "fourEyesStatus").contains(QStringLiteral("Wrong PIN for Bob Li")));
    QVERIFY(text(dialog, "fourEyesStatus").contains(QStringLiteral("4 attempts left")));
    QVERIFY(pin->text().isEmpty()); // cleared after every check
    QVERIFY(!submit->isEnabled());

    enterPin(dialog, Bob, BobPin);
    QCOMPARE(text(dialog, "fourEyesStatus"), QStringLiteral("Confirmed by Bob Li."));
    QVERIFY(pin->text().isEmpty());
    QVERIFY(submit->isEnabled());
    if (const QString dir = qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/borrow-four-eyes.png")));

    QSignalSpy settled(m_service, &BorrowRepayService::actionSettled);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    QTRY_VERIFY(text(dialog, "resultLabel").contains(QStringLiteral("Borrowed")));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);

    const QList<AuditEntry> entries = m_log->entries();
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.osUser, QStringLiteral("carol.ops"));
        QCOMPARE(e.secondOperator, Bob);
    }
    QCOMPARE(entries.last().state, AuditEntry::State::SettledOk);

    // The Activity view shows both names.
    ActivityView activity(m_log, m_service);
    const QAbstractItemModel *model = child<QTableView>(&activity, "activityTable")->model();
    QCOMPARE(model->data(model->index(0, AuditLogModel::SecondOperator)).toString(), Bob);
    QCOMPARE(model->data(model->index(0, AuditLogModel::OsUser)).toString(),
             QStringLiteral("carol.ops"));
    QCOMPARE(model->headerData(AuditLogModel::SecondOperator, Qt::Horizontal).toString(),
             QStringLiteral("Second operator"));
}

void tst_FourEyes::fiveWrongPinsLockTheDialog() {
    BorrowDialog *dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("50000")); // at the threshold counts
    for (int i = 0; i < 5; ++i)
        enterPin(dialog, Bob, QStringLiteral("00000%1").arg(i));
    QVERIFY(text(dialog, "fourEyesStatus").contains(QStringLiteral("locked")));
    QVERIFY(!child<QLineEdit>(dialog, "secondOperatorPinEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "verifyPinButton")->isEnabled());
    // Going back and forth does not unlock it.
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    QVERIFY(text(dialog, "fourEyesStatus").contains(QStringLiteral("locked")));
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());
    // And the service refuses an order that skips the dialog's check.
    auto s = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("50000"));
    QVERIFY(s.refused.contains(ActionGate::Reason::SecondOperatorRequired));
    s = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("50000"), std::nullopt,
                                QStringLiteral("CAROL.OPS"));
    QVERIFY(s.refused.contains(ActionGate::Reason::SecondOperatorRequired));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 0);
    QVERIFY(m_log->entries().isEmpty());
}

void tst_FourEyes::smallBorrowNeedsNoSecondOperator() {
    BorrowDialog *dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("49999.99999999"));
    QVERIFY(!child<QGroupBox>(dialog, "fourEyesBox")->isVisible());
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(submit->isEnabled());
    QSignalSpy settled(m_service, &BorrowRepayService::actionSettled);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    QVERIFY(m_log->entries().last().secondOperator.isEmpty());
}

void tst_FourEyes::largeRepayIsTypedTwiceAndNeedsFourEyes() {
    RepayDialog dialog(m_service, Alpha);
    dialog.setOperators(m_operators);
    dialog.show();
    auto *amount = child<QLineEdit>(&dialog, "amountEdit");
    auto *repeat = child<QLineEdit>(&dialog, "amountRepeatEdit");
    auto *review = child<QPushButton>(&dialog, "reviewButton");
    // "Repay all" fills in the exact debt: nothing typed, nothing to type twice.
    child<QCheckBox>(&dialog, "repayAllCheck")->setChecked(true);
    QVERIFY(dialog.amount() && *dialog.amount() > dec("100000"));
    QVERIFY(!repeat->isVisible());
    QVERIFY(review->isEnabled());
    child<QCheckBox>(&dialog, "repayAllCheck")->setChecked(false);
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("150000"));
    QVERIFY(repeat->isVisible()); // above the profile's type-twice amount
    QVERIFY(!review->isEnabled());
    QTest::keyClicks(repeat, QStringLiteral("150000"));
    QVERIFY(review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);

    QVERIFY(child<QGroupBox>(&dialog, "fourEyesBox")->isVisible());
    auto *submit = child<QPushButton>(&dialog, "submitButton");
    QVERIFY(!submit->isEnabled());
    auto *combo = child<QComboBox>(&dialog, "secondOperatorCombo");
    combo->setCurrentIndex(combo->findText(Bob));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secondOperatorPinEdit"), BobPin);
    QTest::mouseClick(child<QPushButton>(&dialog, "verifyPinButton"), Qt::LeftButton);
    QVERIFY(submit->isEnabled());
    QSignalSpy settled(m_service, &BorrowRepayService::actionSettled);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    QCOMPARE(m_exchange->postCount(QStringLiteral("repay")), 1);
    QCOMPARE(m_log->entries().last().secondOperator, Bob);
    QCOMPARE(m_log->entries().last().requestedAmount, dec("150000"));
}

void tst_FourEyes::readOnlyProfileGatesBorrowAndRepay() {
    Profile profile;
    profile.name = QStringLiteral("Treasury desk");
    profile.baseUrl = m_exchange->baseUrl();
    profile.parentKeyId = QStringLiteral("PARENT");
    profile.limits.typeTwiceAbove = dec("20000");
    profile.limits.fourEyesFrom = dec("75000");
    ProfileStore store;
    QFile::remove(store.path());
    store.upsert(profile); // read-only by default
    QVERIFY(store.save());
    QFile::remove(AuditLog::defaultPath());

    QMainWindow window;
    auto *dashboard = new DashboardWidget(m_session->state(), &window);
    window.setCentralWidget(dashboard);
    ActionsMenu *menu = ActionsMenu::install(&window, m_session, profile.name, dashboard);
    dashboard->selectGroup(Alpha);
    auto *borrow = child<QAction>(&window, "borrowAction");
    auto *repay = child<QAction>(&window, "repayAction");
    QTRY_VERIFY(!borrow->isEnabled());
    QVERIFY(borrow->toolTip().contains(QStringLiteral("This profile is read-only.")));
    QVERIFY(!repay->isEnabled());
    QVERIFY(repay->toolTip().contains(QStringLiteral("This profile is read-only.")));
    // The thresholds come from the same profile.
    QCOMPARE(menu->service()->limits(), profile.limits);

    // A dialog opened anyway (e.g. from an older menu state) says why and offers no review.
    BorrowDialog dialog(menu->service(), Alpha);
    QTest::keyClicks(child<QLineEdit>(&dialog, "amountEdit"), QStringLiteral("10"));
    QVERIFY(text(&dialog, "blockedLabel").contains(QStringLiteral("This profile is read-only.")));
    QVERIFY(!child<QPushButton>(&dialog, "reviewButton")->isEnabled());

    // Trading enabled in Settings (which asks first, see tst_settingsdialog) applies at once.
    profile.readOnly = false;
    store.upsert(profile);
    QVERIFY(store.save());
    menu->loadDeskSettings(); // as when the menu opens
    QTRY_VERIFY(borrow->isEnabled());
    QVERIFY(!borrow->toolTip().contains(QStringLiteral("read-only")));
    QVERIFY(repay->isEnabled());

    // A profile that can no longer be read fails closed.
    QFile::remove(store.path());
    menu->loadDeskSettings();
    QVERIFY(menu->service()->gate().isReadOnly());
}

QTEST_MAIN(tst_FourEyes)
#include "tst_foureyes.moc"
