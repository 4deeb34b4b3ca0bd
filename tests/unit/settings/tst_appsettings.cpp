#include "settings/appsettings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_AppSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsAndRoundTrip();
    void nonsenseRestoresDefaults();
};

void tst_AppSettings::defaultsAndRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    SettingsFile::Loaded status;
    const AppSettings defaults = AppSettings::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Missing);
    QCOMPARE(defaults.timeZone, AppSettings::TimeZone::Utc);
    QVERIFY(!defaults.muteSounds);
    AppSettings s;
    s.timeZone = AppSettings::TimeZone::Local;
    s.language = QStringLiteral("de");
    s.theme = AppSettings::Theme::Dark;
    s.muteSounds = true;
    s.lastProfile = QStringLiteral("Treasury");
    QVERIFY(s.save(path));
    QCOMPARE(AppSettings::load(path, &status), s);
    QCOMPARE(status.status, SettingsFile::Status::Ok);
    QCOMPARE(status.version, AppSettings::SchemaVersion);
}

void tst_AppSettings::nonsenseRestoresDefaults() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"schemaVersion": 1, "timeZone": "mars"})");
    f.close();
    SettingsFile::Loaded status;
    QCOMPARE(AppSettings::load(path, &status), AppSettings{});
    QCOMPARE(status.status, SettingsFile::Status::Corrupt);
    QVERIFY(status.detail.contains(QStringLiteral("timeZone")));
    QVERIFY(QFile::exists(status.movedTo));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
