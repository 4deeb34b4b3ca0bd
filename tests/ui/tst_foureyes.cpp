// Four-eyes and the profile's gating as a treasurer meets them, against the simulated exchange:
// a borrow at or above the four-eyes amount cannot be submitted until a registered colleague
// (not the operator registered with the OS login, under whatever name or case) enters their
// PIN; on a shared login the person at the keyboard proves who they are first. Five wrong PINs
// lock that colleague, and the lock outlives the dialog and a restart. The right PIN sends
// exactly one POST and the audit log names both people; the service takes only its own
// single-use approval, never a name. A profile marked read-only keeps Borrow/Repay disabled
// with the reason, until trading is enabled.
#include "actionfixture.h"

#include "borrowrepay/actionsmenu.h"
#include "borrowrepay/activityview.h"
#include "borrowrepay/borrowdialog.h"
#include "borrowrepay/repaydialog.h"
#include "panels/dashboardwidget.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"
#include "actions/borrowrepayservice.h"
#include "desk/desk.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "settings/operatorregistry.h"
#include "settings/profilestore.h"
#include "settings/settingsservice.h"
#include "sim/simexchange.h"
#include "testhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace loandesk;

namespace {

constexpr qint64 Alpha = uitest::ActionFixture::Alpha;
const QString Bob = QStringLiteral("Bob Li");
const QString BobPin = QStringLiteral("482019");
const QString Carol = QStringLiteral("Carol Smith"); // registered with the login at the keyboard
const QString CarolPin = QStringLiteral("135790");
const QString Alice = QStringLiteral("Alice");
const QString AlicePin = QStringLiteral("731902");
const QString Login = QStringLiteral("carol.ops");

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
    void fiveWrongPinsLockTheOperatorBeyondTheDialog();
    void aSharedLoginAsksWhoIsAtTheKeyboard();
    void serviceTakesOnlyItsOwnApproval();
    void smallBorrowNeedsNoSecondOperator();
    void largeRepayIsTypedTwiceAndNeedsFourEyes();
    void readOnlyProfileGatesBorrowAndRepay();

private:
    BorrowDialog *openDialog();
    void reviewAmount(BorrowDialog *dialog, const QString &amount);
    void enterPin(BorrowDialog *dialog, const QString &name, const QString &pin);
    void makeService();

    std::unique_ptr<QTemporaryDir> m_dir; // per test: PIN locks must not leak between tests
    QString m_login;
    QString m_registryPath;
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
}

void tst_FourEyes::init() {
    m_login = Login; // the OS login at the keyboard, simulated (see makeService)
    m_dir = std::make_unique<QTemporaryDir>();
    m_registryPath = m_dir->filePath(QStringLiteral("operators.json"));
    m_operators = {};
    QVERIFY(m_operators.add(Bob, {QStringLiteral("bob.li"), QStringLiteral("desk")}, BobPin) ==
            OperatorRegistry::Change::Done);
    // The person at the keyboard is registered too, as colleagues usually are, under a name
    // that is not her login and with the login in another case: she is still herself and must
    // not be offered as her own second operator.
    QVERIFY(m_operators.add(Carol, {QStringLiteral("Carol.Ops")}, CarolPin) ==
            OperatorRegistry::Change::Done);
    QVERIFY(m_operators.save(m_registryPath));
    m_fx.start(QStringLiteral("four-eyes-test"));
    m_exchange = m_fx.exchange.get();
    m_session = m_fx.session.get();
    m_log = m_fx.log.get();
    makeService();
}

void tst_FourEyes::makeService() {
    m_fx.service =
        std::make_unique<BorrowRepayService>(m_session, m_log, QStringLiteral("four-eyes-test"));
    m_service = m_fx.service.get();
    m_service->fourEyes().setRegistryPath(m_registryPath);
    m_service->fourEyes().setLogin(m_login);
    ActionLimits limits;
    limits.fourEyesFrom = dec("50000");
    m_service->setLimits(limits);
}

void tst_FourEyes::cleanup() {
    m_dialog.reset();
    m_fx.stop();
    m_dir.reset();
}

BorrowDialog *tst_FourEyes::openDialog() {
    m_dialog = std::make_unique<BorrowDialog>(m_service, Alpha);
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
    // The OS login names who is at the keyboard, without a PIN.
    QCOMPARE(text(dialog, "firstOperatorLabel"), QStringLiteral("Carol Smith (login carol.ops)"));
    QVERIFY(!child<QComboBox>(dialog, "firstOperatorCombo")->isVisible());
    // Only colleagues are offered: not the operator at the keyboard under her registered name.
    auto *combo = child<QComboBox>(dialog, "secondOperatorCombo");
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemText(0), Bob);
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
    QCOMPARE(entries.first().state, AuditEntry::State::Intent);
    QCOMPARE(BorrowRepayService::firstOperatorOf(entries.first()), Carol);
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

void tst_FourEyes::fiveWrongPinsLockTheOperatorBeyondTheDialog() {
    BorrowDialog *dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("50000")); // at the threshold counts
    for (int i = 0; i < 5; ++i)
        enterPin(dialog, Bob, QStringLiteral("00000%1").arg(i));
    const PinAttemptLog::Status lock = m_service->fourEyes().lockOf(Bob);
    QVERIFY(lock.isLocked());
    QVERIFY(*lock.lockedUntil > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    // Until when, with its zone.
    const QString locked = QStringLiteral("Bob Li is locked after 5 wrong PINs, until %1.")
                               .arg(DisplayFormat::dateTime(*lock.lockedUntil));
    QVERIFY(locked.contains(QStringLiteral(" UTC")));
    QCOMPARE(text(dialog, "fourEyesStatus"), locked);
    QVERIFY(!child<QLineEdit>(dialog, "secondOperatorPinEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "verifyPinButton")->isEnabled());
    // Going back and forth does not unlock it.
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    QCOMPARE(text(dialog, "fourEyesStatus"), locked);
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());

    // Nor does closing the dialog and opening a new one.
    m_dialog.reset();
    dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("50000"));
    QCOMPARE(text(dialog, "fourEyesStatus"), locked);
    QVERIFY(!child<QLineEdit>(dialog, "secondOperatorPinEdit")->isEnabled());

    // Nor a restart: a new service (and check) on the same files.
    m_dialog.reset();
    makeService();
    dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("50000"));
    QCOMPARE(text(dialog, "fourEyesStatus"), locked);
    QVERIFY(!child<QLineEdit>(dialog, "secondOperatorPinEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());
    // The right PIN, had the field been open, would not help either.
    const QString first = m_service->fourEyes().identify(Login).token;
    QCOMPARE(m_service->fourEyes().confirm(first, Bob, BobPin, {}).outcome,
             FourEyesCheck::Outcome::Locked);

    // And the service refuses an order that skips the dialog's check.
    auto s = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("50000"));
    QVERIFY(s.refused.contains(ActionGate::Reason::SecondOperatorRequired));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 0);
    QVERIFY(m_log->entries().isEmpty());
}

void tst_FourEyes::aSharedLoginAsksWhoIsAtTheKeyboard() {
    m_login = QStringLiteral("desk"); // Bob's registration lists it too
    m_service->fourEyes().setLogin(m_login);
    QVERIFY(m_operators.add(Alice, {QStringLiteral("alice"), QStringLiteral("DESK")}, AlicePin) ==
            OperatorRegistry::Change::Done);
    QVERIFY(m_operators.save(m_registryPath));
    BorrowDialog *dialog = openDialog();
    reviewAmount(dialog, QStringLiteral("60000"));
    auto *firstCombo = child<QComboBox>(dialog, "firstOperatorCombo");
    auto *secondCombo = child<QComboBox>(dialog, "secondOperatorCombo");
    auto *firstPin = child<QLineEdit>(dialog, "firstOperatorPinEdit");
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(firstCombo->isVisible());
    QCOMPARE(firstCombo->count(), 2); // Bob Li and Alice use "desk"
    QVERIFY(text(dialog, "fourEyesStatus").contains(QStringLiteral("the login desk")));
    QVERIFY(!secondCombo->isEnabled()); // nobody confirms for an unknown first operator
    QVERIFY(!child<QLineEdit>(dialog, "secondOperatorPinEdit")->isEnabled());

    firstCombo->setCurrentIndex(firstCombo->findText(Alice));
    QTest::keyClicks(firstPin, BobPin);
    QTest::mouseClick(child<QPushButton>(dialog, "identifyButton"), Qt::LeftButton);
    QCOMPARE(text(dialog, "fourEyesStatus"),
             QStringLiteral("Wrong PIN for Alice. 4 attempts left."));
    QVERIFY(firstPin->text().isEmpty());
    QVERIFY(!secondCombo->isEnabled());
    QTest::keyClicks(firstPin, AlicePin);
    QTest::mouseClick(child<QPushButton>(dialog, "identifyButton"), Qt::LeftButton);
    QCOMPARE(text(dialog, "fourEyesStatus"), QStringLiteral("Alice is at the keyboard."));
    QCOMPARE(text(dialog, "firstOperatorLabel"), QStringLiteral("Alice (login desk)"));
    QVERIFY(!firstCombo->isVisible());
    // Alice cannot confirm her own borrow under the shared login.
    QCOMPARE(secondCombo->count(), 2);
    QCOMPARE(secondCombo->findText(Alice), -1);
    QVERIFY(!submit->isEnabled());

    enterPin(dialog, Bob, BobPin);
    QCOMPARE(text(dialog, "fourEyesStatus"), QStringLiteral("Confirmed by Bob Li."));
    QSignalSpy settled(m_service, &BorrowRepayService::actionSettled);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    const QList<AuditEntry> entries = m_log->entries();
    QCOMPARE(entries.first().osUser, QStringLiteral("desk"));
    QCOMPARE(BorrowRepayService::firstOperatorOf(entries.first()), Alice);
    QCOMPARE(entries.last().secondOperator, Bob);
}

void tst_FourEyes::serviceTakesOnlyItsOwnApproval() {
    FourEyesCheck &check = m_service->fourEyes();
    ActionOrder order;
    order.action = AuditEntry::Action::Borrow;
    order.groupId = Alpha;
    order.asset = QStringLiteral("USDT");
    order.amount = dec("60000");
    const QString token = check.confirm(check.identify(Login).token, Bob, BobPin, order).token;
    QVERIFY(!token.isEmpty());

    // A bare name, in any spelling, is not an approval.
    for (const QString &forged : {Bob, QStringLiteral("bob li"), Carol, QString()}) {
        const auto s =
            m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("60000"), {}, forged);
        QVERIFY(s.refused.contains(ActionGate::Reason::SecondOperatorRequired));
    }
    ActionOrder named = order;
    named.secondOperator = Bob; // a caller's claim, without the token
    QVERIFY(m_service->submit(named).refused.contains(ActionGate::Reason::SecondOperatorRequired));
    // Nor is Bob's approval of another amount or asset.
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("90000"), {}, token)
                .refused.contains(ActionGate::Reason::SecondOperatorRequired));
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDC"), dec("60000"), {}, token)
                .refused.contains(ActionGate::Reason::SecondOperatorRequired));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 0);

    QSignalSpy settled(m_service, &BorrowRepayService::actionSettled);
    QVERIFY(
        m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("60000"), {}, token).accepted());
    QVERIFY(settled.wait(10000));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    QCOMPARE(m_log->entries().last().secondOperator, Bob);
    // Used once: the same approval cannot send a second borrow.
    const auto again =
        m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("60000"), {}, token);
    QVERIFY(again.refused.contains(ActionGate::Reason::SecondOperatorRequired));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
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

    // The window a user gets for that profile, built the way LoanDesk builds it.
    ResolvedProfile resolved;
    resolved.profile = profile;
    resolved.parent = m_exchange->parentCredentials();
    resolved.credit.insert(Alpha, m_exchange->creditCredentials(Alpha));
    SettingsService settingsService;
    settingsService.load();
    Launcher launcher(CommandLine{}, &settingsService);
    MainWindow *opened =
        launcher.windows()->open({m_exchange->baseUrl(), resolved.parent, profile.name,
                                  DeskKind::Real, DeskOptions::Role::Window, resolved});
    QVERIFY(opened);
    MainWindow &window = *opened;
    BorrowRepayService *service = window.desk()->actions();
    auto *actionsMenu = child<QMenu>(&window, "actionsMenu");
    const auto openMenu = [actionsMenu] { Q_EMIT actionsMenu->aboutToShow(); };
    QTRY_VERIFY(window.dashboard()->selectedGroupId() != 0);
    window.dashboard()->selectGroup(Alpha);
    openMenu();
    auto *borrow = child<QAction>(&window, "borrowAction");
    auto *repay = child<QAction>(&window, "repayAction");
    QTRY_VERIFY(!borrow->isEnabled());
    QVERIFY(borrow->toolTip().contains(QStringLiteral("This profile is read-only.")));
    QVERIFY(!repay->isEnabled());
    QVERIFY(repay->toolTip().contains(QStringLiteral("This profile is read-only.")));
    // The thresholds come from the same profile.
    QCOMPARE(service->limits(), profile.limits);

    // A dialog opened anyway (e.g. from an older menu state) says why and offers no review.
    BorrowDialog dialog(service, Alpha);
    QTest::keyClicks(child<QLineEdit>(&dialog, "amountEdit"), QStringLiteral("10"));
    QVERIFY(text(&dialog, "blockedLabel").contains(QStringLiteral("This profile is read-only.")));
    QVERIFY(!child<QPushButton>(&dialog, "reviewButton")->isEnabled());

    // Trading enabled in Settings (which asks first, see tst_settingsdialog) applies at once,
    // through the settings service every window follows.
    SettingsService *settings = launcher.settings();
    SettingsService::Values values = settings->values();
    for (Profile &p : values.profiles) {
        if (p.name == profile.name)
            p.readOnly = false;
    }
    QCOMPARE(settings->save(values), QString());
    QVERIFY(borrow->isEnabled());
    QVERIFY(!borrow->toolTip().contains(QStringLiteral("read-only")));
    QVERIFY(repay->isEnabled());

    // A profile removed in Settings fails closed: its window stays read-only.
    values.profiles.removeIf([&profile](const Profile &p) { return p.name == profile.name; });
    QCOMPARE(settings->save(values), QString());
    QVERIFY(service->gate().isReadOnly());
    QVERIFY(!borrow->isEnabled());
}

QTEST_MAIN(tst_FourEyes)
#include "tst_foureyes.moc"
