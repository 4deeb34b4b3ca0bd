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
    void historyRetention();
};

void tst_AppSettings::defaultsAndRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    SettingsFile::Loaded status;
    const AppSettings defaults = AppSettings::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Missing);
    QCOMPARE(defaults.timeZone, AppSettings::TimeZone::Utc);
    QVERIFY(!defaults.muteSounds);
    QCOMPARE(defaults.historyRetentionDays, 0); // keep everything
    AppSettings s;
    s.timeZone = AppSettings::TimeZone::Local;
    s.language = QStringLiteral("de");
    s.theme = AppSettings::Theme::Dark;
    s.muteSounds = true;
    s.lastProfile = QStringLiteral("Treasury");
    s.historyRetentionDays = 90;
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

void tst_AppSettings::historyRetention() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    auto write = [&path](const char *json) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    };
    // A file from before the setting existed keeps everything.
    write(R"({"schemaVersion": 1, "timeZone": "local"})");
    SettingsFile::Loaded status;
    AppSettings s = AppSettings::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Ok);
    QCOMPARE(s.timeZone, AppSettings::TimeZone::Local);
    QCOMPARE(s.historyRetentionDays, 0);
    write(R"({"schemaVersion": 1, "historyRetentionDays": 30})");
    QCOMPARE(AppSettings::load(path).historyRetentionDays, 30);
    // A negative number of days is not guessed at: the file is set aside, history is kept.
    write(R"({"schemaVersion": 1, "historyRetentionDays": -5})");
    s = AppSettings::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Corrupt);
    QVERIFY(status.detail.contains(QStringLiteral("historyRetentionDays")));
    QCOMPARE(s.historyRetentionDays, 0);
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
