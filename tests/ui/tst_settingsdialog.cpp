#include "secretstoretestutil.h"

#include "settings/connectionpage.h"
#include "settings/memorysecretstore.h"
#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
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
    void enablingTradingAsksFirst();
    void invalidUrlIsRefused();
    void renderPages();

private:
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
    SettingsDialog dialog(&secrets, profiles, m_dir.filePath(QStringLiteral("a-settings.json")));
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

void tst_SettingsDialog::enablingTradingAsksFirst() {
    MemorySecretStore secrets;
    SettingsDialog dialog(&secrets, m_dir.filePath(QStringLiteral("b-profiles.json")),
                          m_dir.filePath(QStringLiteral("b-settings.json")));
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
    SettingsDialog dialog(&secrets, m_dir.filePath(QStringLiteral("c-profiles.json")),
                          m_dir.filePath(QStringLiteral("c-settings.json")));
    QTest::mouseClick(find<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
    find<QLineEdit>(&dialog, "apiKeyEdit")->setText(QStringLiteral("K"));
    find<QLineEdit>(&dialog, "baseUrlEdit")->setText(QStringLiteral("http://exchange.example"));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.message().contains(QStringLiteral("https://")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c-profiles.json"))));
}

void tst_SettingsDialog::renderPages() {
    MemorySecretStore secrets;
    SettingsDialog dialog(&secrets, m_dir.filePath(QStringLiteral("a-profiles.json")),
                          m_dir.filePath(QStringLiteral("a-settings.json")));
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
