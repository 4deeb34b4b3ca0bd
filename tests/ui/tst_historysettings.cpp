// Settings → History as a user sets it: "Keep everything" by default, a number of days saved
// to the settings file and shown again next time.
#include "preferences/settingsdialog.h"
#include "settings/memorysecretstore.h"
#include "settings/settingsservice.h"

#include <QListWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_HistorySettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void retentionIsSavedAndShownAgain() {
        QTemporaryDir dir;
        const QString profiles = dir.filePath(QStringLiteral("profiles.json"));
        const QString settings = dir.filePath(QStringLiteral("settings.json"));
        const SettingsService::Paths paths{settings, profiles,
                                           dir.filePath(QStringLiteral("operators.json"))};
        MemorySecretStore secrets;
        {
            SettingsService service(paths);
            service.load();
            SettingsDialog dialog(&service, &secrets);
            QListWidget *pages = dialog.pageList();
            const QList<QListWidgetItem *> history =
                pages->findItems(QStringLiteral("History"), Qt::MatchExactly);
            QCOMPARE(history.size(), 1);
            pages->setCurrentItem(history.first());
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("historyRetentionSpin"));
            QVERIFY(spin);
            QVERIFY(spin->isVisibleTo(&dialog));
            QCOMPARE(spin->text(), QStringLiteral("Keep everything")); // the default
            spin->setValue(30);
            QCOMPARE(spin->text(), QStringLiteral("30 days"));
            QVERIFY(dialog.save());
        }
        QCOMPARE(AppSettings::load(settings).historyRetentionDays, 30);
        SettingsService service(paths); // the next start of the desk
        service.load();
        SettingsDialog again(&service, &secrets);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("historyRetentionSpin"))->value(), 30);
    }
};

QTEST_MAIN(tst_HistorySettings)
#include "tst_historysettings.moc"
