#include "secretstoretestutil.h"

#include "common/apptheme.h"
#include "models/displayformat.h"
#include "preferences/connectionpage.h"
#include "preferences/settingsdialog.h"
#include "settings/memorysecretstore.h"
#include "settings/operatorregistry.h"
#include "settings/profilestore.h"
#include "settings/settingsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// The settings dialog as a user drives it: create a profile, type the secret, save; the secret
// reaches the store and the field is cleared; the file has no secret; trading asks first.
class tst_SettingsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createProfileAndSaveSecret();
    void portfolioMemberKeyGoesToTheKeychain();
    void enablingTradingAsksFirst();
    void invalidUrlIsRefused();
    void limitsAndOperatorsAreSaved();
    void firstFailingPageIsShown();
    void savedThemeAndZoneReachEveryWindow();
    void renderPages();

private:
    // The paths as the dialog used them before the service: operators.json next to the
    // settings file.
    static SettingsService::Paths paths(const QString &profiles, const QString &settings) {
        return {settings, profiles,
                QFileInfo(settings).absolutePath() + QStringLiteral("/operators.json")};
    }

    template <typename T> static T *find(QWidget *w, const char *name) {
        T *child = w->findChild<T *>(QString::fromLatin1(name));
        if (!child)
            qFatal("no widget %s", name);
        return child;
    }
    QTemporaryDir m_dir;
};

void tst_SettingsDialog::createProfileAndSaveSecret() {
    const QString profiles = m_dir.filePath(QStringLiteral("a-profiles.json"));
    MemorySecretStore secrets;
    SettingsService service(paths(profiles, m_dir.filePath(QStringLiteral("a-settings.json"))));
    service.load();
    SettingsDialog dialog(&service, &secrets);
    QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
    auto *name = find<QLineEdit>(&dialog, "profileNameEdit");
    name->setText(QStringLiteral("Treasury"));
    find<QLineEdit>(&dialog, "apiKeyEdit")->setText(QStringLiteral("PARENTKEY"));
    auto *secret = find<QLineEdit>(&dialog, "apiSecretEdit");
    QTest::keyClicks(secret, QStringLiteral("TOPSECRET-123"));
    QVERIFY(find<QCheckBox>(&dialog, "readOnlyCheck")->isChecked()); // read-only by default
    QVERIFY(dialog.save());
    QVERIFY(secret->text().isEmpty()); // cleared after use
    QTRY_VERIFY(secrets.contains(SecretStore::nameForKey(QStringLiteral("PARENTKEY"))));
    auto r = awaitSecret([&](QObject *c, SecretCallback cb) {
        secrets.read(SecretStore::nameForKey(QStringLiteral("PARENTKEY")), c, cb);
    });
    QCOMPARE(r->secret, QByteArray("TOPSECRET-123"));
    QFile f(profiles);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("PARENTKEY"));
    QVERIFY(!bytes.contains("TOPSECRET"));
    // a memory store stands in for a keychain that is not running, and the user is told so
    QTRY_VERIFY(dialog.message().contains(QStringLiteral("in memory for this run only")));
}

// A Portfolio Margin member's read-only key: email and key id in the profile, the secret only
// in the store.
void tst_SettingsDialog::portfolioMemberKeyGoesToTheKeychain() {
    const QString profiles = m_dir.filePath(QStringLiteral("m-profiles.json"));
    MemorySecretStore secrets;
    SettingsService service(paths(profiles, m_dir.filePath(QStringLiteral("m-settings.json"))));
    service.load();
    SettingsDialog dialog(&service, &secrets);
    QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
    find<QLineEdit>(&dialog, "profileNameEdit")->setText(QStringLiteral("Treasury"));
    find<QLineEdit>(&dialog, "apiKeyEdit")->setText(QStringLiteral("PARENTKEY"));
    find<QPushButton>(&dialog, "addMemberKeyButton")->click();
    auto *table = find<QTableWidget>(&dialog, "memberKeysTable");
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("pm.member@example.com"));
    table->item(0, 1)->setText(QStringLiteral("MEMBERKEY"));
    auto *secret = qobject_cast<QLineEdit *>(table->cellWidget(0, 2));
    QVERIFY(secret);
    QTest::keyClicks(secret, QStringLiteral("MEMBERSECRET-9"));
    QVERIFY(dialog.save());
    QVERIFY(secret->text().isEmpty());
    QTRY_VERIFY(secrets.contains(SecretStore::nameForKey(QStringLiteral("MEMBERKEY"))));
    QCOMPARE(service.profile(QStringLiteral("Treasury"))
                 ->memberKeyIds.value(QStringLiteral("pm.member@example.com")),
             QStringLiteral("MEMBERKEY"));
    QFile f(profiles);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("pm.member@example.com"));
    QVERIFY(!bytes.contains("MEMBERSECRET"));
}

void tst_SettingsDialog::enablingTradingAsksFirst() {
    MemorySecretStore secrets;
    SettingsService service(paths(m_dir.filePath(QStringLiteral("b-profiles.json")),
                                  m_dir.filePath(QStringLiteral("b-settings.json"))));
    service.load();
    SettingsDialog dialog(&service, &secrets);
    QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
    int asked = 0;
    bool answer = false;
    dialog.connectionPage()->confirmTrading = [&] {
        ++asked;
        return answer;
    };
    auto *readOnly = find<QCheckBox>(&dialog, "readOnlyCheck");
    readOnly->click();
    QCOMPARE(asked, 1);
    QVERIFY(readOnly->isChecked()); // declined: stays read-only
    answer = true;
    readOnly->click();
    QCOMPARE(asked, 2);
    QVERIFY(!readOnly->isChecked());
}

void tst_SettingsDialog::invalidUrlIsRefused() {
    MemorySecretStore secrets;
    SettingsService service(paths(m_dir.filePath(QStringLiteral("c-profiles.json")),
                                  m_dir.filePath(QStringLiteral("c-settings.json"))));
    service.load();
    SettingsDialog dialog(&service, &secrets);
    QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
    find<QLineEdit>(&dialog, "apiKeyEdit")->setText(QStringLiteral("K"));
    find<QLineEdit>(&dialog, "baseUrlEdit")->setText(QStringLiteral("http://exchange.example"));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.message().contains(QStringLiteral("https://")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c-profiles.json"))));
}

void tst_SettingsDialog::limitsAndOperatorsAreSaved() {
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("ops")));
    const QString dir = m_dir.filePath(QStringLiteral("ops"));
    const QString profiles = dir + QStringLiteral("/profiles.json");
    const QString settings = dir + QStringLiteral("/settings.json");
    const QString operators = dir + QStringLiteral("/operators.json");
    MemorySecretStore secrets;
    {
        SettingsService service(paths(profiles, settings));
        service.load();
        SettingsDialog dialog(&service, &secrets);
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        find<QLineEdit>(&dialog, "apiKeyEdit")->setText(QStringLiteral("K"));
        auto *twice = find<QLineEdit>(&dialog, "typeTwiceEdit");
        QCOMPARE(twice->text(), QStringLiteral("100000"));                // the default
        QVERIFY(!find<QCheckBox>(&dialog, "fourEyesCheck")->isChecked()); // off by default
        twice->setText(QStringLiteral("25000.5"));
        find<QCheckBox>(&dialog, "fourEyesCheck")->setChecked(true);
        QVERIFY(!dialog.save()); // four-eyes on without an amount
        QVERIFY(dialog.message().contains(QStringLiteral("Limits")));
        QCOMPARE(dialog.pageList()->currentItem()->text(), QStringLiteral("Limits"));
        find<QLineEdit>(&dialog, "fourEyesEdit")->setText(QStringLiteral("1000000"));

        find<QLineEdit>(&dialog, "operatorNameEdit")->setText(QStringLiteral("Bob Li"));
        QTest::keyClicks(find<QLineEdit>(&dialog, "operatorPinEdit"), QStringLiteral("482019"));
        QTest::keyClicks(find<QLineEdit>(&dialog, "operatorPinAgainEdit"),
                         QStringLiteral("482019"));
        QTest::mouseClick(find<QPushButton>(&dialog, "addOperatorButton"), Qt::LeftButton);
        QCOMPARE(find<QLabel>(&dialog, "operatorsStatus")->text(),
                 QStringLiteral("Enter the OS login(s) this operator uses on this desk."));
        find<QLineEdit>(&dialog, "operatorLoginsEdit")->setText(QStringLiteral("bob.li, desk"));
        QTest::keyClicks(find<QLineEdit>(&dialog, "operatorPinEdit"), QStringLiteral("482019"));
        QTest::keyClicks(find<QLineEdit>(&dialog, "operatorPinAgainEdit"),
                         QStringLiteral("482091"));
        QTest::mouseClick(find<QPushButton>(&dialog, "addOperatorButton"), Qt::LeftButton);
        QCOMPARE(find<QLabel>(&dialog, "operatorsStatus")->text(),
                 QStringLiteral("The two PINs differ."));
        QTest::keyClicks(find<QLineEdit>(&dialog, "operatorPinEdit"), QStringLiteral("482019"));
        QTest::keyClicks(find<QLineEdit>(&dialog, "operatorPinAgainEdit"),
                         QStringLiteral("482019"));
        QTest::mouseClick(find<QPushButton>(&dialog, "addOperatorButton"), Qt::LeftButton);
        QCOMPARE(find<QListWidget>(&dialog, "operatorList")->count(), 1);
        QVERIFY(find<QLineEdit>(&dialog, "operatorPinEdit")->text().isEmpty());
        QVERIFY(dialog.save());
    }
    ProfileStore store(profiles);
    store.load();
    const Profile saved = store.profiles().value(0);
    QCOMPARE(saved.limits.typeTwiceAbove, Decimal::fromScaled(250005, 1));
    QCOMPARE(saved.limits.fourEyesFrom, std::optional(Decimal::fromInt(1000000)));
    QFile f(operators);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("Bob Li"));
    QVERIFY(bytes.contains("pbkdf2-sha256"));
    QVERIFY(!bytes.contains("482019")); // the PIN itself is never written
    QVERIFY(OperatorRegistry::load(operators).verify(QStringLiteral("Bob Li"),
                                                     QStringLiteral("482019")));
    QCOMPARE(OperatorRegistry::load(operators).byName(QStringLiteral("Bob Li"))->logins,
             (QStringList{QStringLiteral("bob.li"), QStringLiteral("desk")}));

    // Changing the PIN takes the current one (a new start of the desk: read from the files).
    SettingsService service(paths(profiles, settings));
    service.load();
    SettingsDialog again(&service, &secrets);
    QCOMPARE(find<QListWidget>(&again, "operatorList")->count(), 1);
    find<QListWidget>(&again, "operatorList")->setCurrentRow(0);
    QCOMPARE(find<QLineEdit>(&again, "operatorNameEdit")->text(), QStringLiteral("Bob Li"));
    QTest::keyClicks(find<QLineEdit>(&again, "operatorCurrentPinEdit"), QStringLiteral("000000"));
    QTest::keyClicks(find<QLineEdit>(&again, "operatorPinEdit"), QStringLiteral("555555"));
    QTest::keyClicks(find<QLineEdit>(&again, "operatorPinAgainEdit"), QStringLiteral("555555"));
    QTest::mouseClick(find<QPushButton>(&again, "changePinButton"), Qt::LeftButton);
    QCOMPARE(find<QLabel>(&again, "operatorsStatus")->text(),
             QStringLiteral("The current PIN is not correct."));
    // So does changing the logins.
    QCOMPARE(find<QLineEdit>(&again, "operatorLoginsEdit")->text(), QStringLiteral("bob.li, desk"));
    find<QLineEdit>(&again, "operatorLoginsEdit")->setText(QStringLiteral("bob.li"));
    QTest::keyClicks(find<QLineEdit>(&again, "operatorCurrentPinEdit"), QStringLiteral("000000"));
    QTest::mouseClick(find<QPushButton>(&again, "changeLoginsButton"), Qt::LeftButton);
    QCOMPARE(find<QLabel>(&again, "operatorsStatus")->text(),
             QStringLiteral("The current PIN is not correct."));
    QTest::keyClicks(find<QLineEdit>(&again, "operatorCurrentPinEdit"), QStringLiteral("482019"));
    QTest::mouseClick(find<QPushButton>(&again, "changeLoginsButton"), Qt::LeftButton);
    QCOMPARE(find<QLabel>(&again, "operatorsStatus")->text(),
             QStringLiteral("Logins of Bob Li changed. Save to keep the change."));
    QVERIFY(again.save());
    QCOMPARE(OperatorRegistry::load(operators).byName(QStringLiteral("Bob Li"))->logins,
             QStringList{QStringLiteral("bob.li")});
    QTest::mouseClick(find<QPushButton>(&again, "removeOperatorButton"), Qt::LeftButton);
    QVERIFY(again.save());
    QVERIFY(OperatorRegistry::load(operators).isEmpty());
}

// Two mistakes on two pages: Save shows the earlier page with its reason; once that is fixed,
// the later one. Nothing is saved until both are.
void tst_SettingsDialog::firstFailingPageIsShown() {
    const QString profiles = m_dir.filePath(QStringLiteral("d-profiles.json"));
    SettingsService service(paths(profiles, m_dir.filePath(QStringLiteral("d-settings.json"))));
    service.load();
    MemorySecretStore secrets;
    SettingsDialog dialog(&service, &secrets);
    dialog.show();
    QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
    find<QLineEdit>(&dialog, "profileNameEdit")->setText(QStringLiteral("Treasury"));
    find<QLineEdit>(&dialog, "apiKeyEdit")->setText(QStringLiteral("K"));
    // Limits (page 5): four-eyes on without an amount.
    find<QCheckBox>(&dialog, "fourEyesCheck")->setChecked(true);
    // Bands (page 2): a unit whose margin call is below its warning.
    QTest::mouseClick(find<QPushButton>(&dialog, "addBandsButton"), Qt::LeftButton);
    auto *bands = find<QTableWidget>(&dialog, "bandsTable");
    bands->item(0, 0)->setText(QStringLiteral("10001"));
    bands->item(0, 3)->setText(QStringLiteral("0.5"));
    dialog.pageList()->setCurrentRow(6); // the user is on Appearance when saving

    QVERIFY(!dialog.save());
    QCOMPARE(dialog.pageList()->currentItem()->text(), QStringLiteral("Bands"));
    QVERIFY(bands->isVisible());
    QCOMPARE(dialog.message(),
             QStringLiteral("Profile \"Treasury\": Bands are not valid for unit 10001."));
    QVERIFY(!QFile::exists(profiles));

    bands->item(0, 3)->setText(QStringLiteral("0.9"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.pageList()->currentItem()->text(), QStringLiteral("Limits"));
    QVERIFY(find<QLineEdit>(&dialog, "fourEyesEdit")->isVisible());
    QVERIFY(dialog.message().startsWith(
        QStringLiteral("Profile \"Treasury\": The borrow/repay amounts under Limits")));
    QVERIFY(!QFile::exists(profiles));

    find<QLineEdit>(&dialog, "fourEyesEdit")->setText(QStringLiteral("500000"));
    QVERIFY(dialog.save());
    QCOMPARE(service.profile(QStringLiteral("Treasury"))->bands.value(10001).marginCall,
             Decimal::fromScaled(9, 1));
    QVERIFY(QFile::exists(profiles));
}

// The windows follow the settings service, not the dialog: what Save hands to the service
// reaches every open window.
void tst_SettingsDialog::savedThemeAndZoneReachEveryWindow() {
    SettingsService service(paths(m_dir.filePath(QStringLiteral("e-profiles.json")),
                                  m_dir.filePath(QStringLiteral("e-settings.json"))));
    service.load();
    AppTheme::follow(&service);
    DisplayFormat::follow(&service);
    QWidget first, second;
    first.show();
    second.show();
    QVERIFY(!AppTheme::isDark(first.palette()));
    MemorySecretStore secrets;
    SettingsDialog dialog(&service, &secrets);
    dialog.pageList()->setCurrentRow(6);
    QCOMPARE(dialog.pageList()->currentItem()->text(), QStringLiteral("Appearance"));
    find<QComboBox>(&dialog, "themeCombo")->setCurrentIndex(2);    // Dark
    find<QComboBox>(&dialog, "timeZoneCombo")->setCurrentIndex(1); // Local time
    QVERIFY(dialog.save());
    QTRY_VERIFY(AppTheme::isDark(first.palette()));
    QTRY_VERIFY(AppTheme::isDark(second.palette()));
    QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Local);
    // and the quick writes of the View menu the same way
    QVERIFY(service.setTheme(AppSettings::Theme::Light).isEmpty());
    QVERIFY(service.setTimeZone(AppSettings::TimeZone::Utc).isEmpty());
    QTRY_VERIFY(!AppTheme::isDark(first.palette()));
    QTRY_VERIFY(!AppTheme::isDark(second.palette()));
    QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Utc);
}

void tst_SettingsDialog::renderPages() {
    MemorySecretStore secrets;
    SettingsService service(paths(m_dir.filePath(QStringLiteral("a-profiles.json")),
                                  m_dir.filePath(QStringLiteral("a-settings.json"))));
    service.load();
    SettingsDialog dialog(&service, &secrets);
    dialog.show();
    const QString out = qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR", m_dir.path());
    for (int page = 0; page < dialog.pageList()->count(); ++page) {
        dialog.pageList()->setCurrentRow(page);
        QCoreApplication::processEvents();
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(out + QStringLiteral("/settings-page%1.png").arg(page)));
    }
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
