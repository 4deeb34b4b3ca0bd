// The settings service as the desk uses it: read once, changed only through it, every change
// written atomically and announced by exactly the signals for what changed.
#include "settings/settingsservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_SettingsService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void loadsOnceAndKeepsItsCopy();
    void roundTrip();
    void failedWriteKeepsEverything();
    void signalsOnlyForWhatChanged();
    void profileSignals();
    void reportsUnusableFiles();

private:
    static SettingsService::Paths pathsIn(const QTemporaryDir &dir) {
        return {dir.filePath(QStringLiteral("settings.json")),
                dir.filePath(QStringLiteral("profiles.json")),
                dir.filePath(QStringLiteral("operators.json"))};
    }
    static Profile profile(const QString &name) {
        Profile p;
        p.name = name;
        p.parentKeyId = QStringLiteral("KEY-") + name;
        return p;
    }
    static QByteArray read(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void tst_SettingsService::loadsOnceAndKeepsItsCopy() {
    QTemporaryDir dir;
    AppSettings onDisk;
    onDisk.timeZone = AppSettings::TimeZone::Local;
    QVERIFY(onDisk.save(pathsIn(dir).app));
    SettingsService service(pathsIn(dir));
    service.load();
    QCOMPARE(service.app().timeZone, AppSettings::TimeZone::Local);

    // Someone edits the file behind the desk's back: the desk keeps what it loaded.
    onDisk.timeZone = AppSettings::TimeZone::Utc;
    onDisk.theme = AppSettings::Theme::Dark;
    QVERIFY(onDisk.save(pathsIn(dir).app));
    QCOMPARE(service.app().timeZone, AppSettings::TimeZone::Local);
    QCOMPARE(service.app().theme, AppSettings::Theme::System);
    // ...and its next write is of its own copy plus the change, not of the edited file.
    QVERIFY(service.setTheme(AppSettings::Theme::Light).isEmpty());
    QCOMPARE(AppSettings::load(pathsIn(dir).app).timeZone, AppSettings::TimeZone::Local);
    QCOMPARE(AppSettings::load(pathsIn(dir).app).theme, AppSettings::Theme::Light);
}

void tst_SettingsService::roundTrip() {
    QTemporaryDir dir;
    SettingsService::Values values;
    {
        SettingsService service(pathsIn(dir));
        QCOMPARE(service.load().profiles.status, SettingsFile::Status::Missing);
        values = service.values();
        values.app.reportLanguage = QStringLiteral("zh_CN");
        values.app.historyRetentionDays = 90;
        values.profiles = {profile(QStringLiteral("Treasury")), profile(QStringLiteral("Ops"))};
        values.profiles[1].pollIntervalMs = 10000;
        QCOMPARE(values.operators.add(QStringLiteral("Bob Li"), {QStringLiteral("bob")},
                                      QStringLiteral("482019"), 1000),
                 OperatorRegistry::Change::Done);
        QVERIFY(service.save(values).isEmpty());
        QCOMPARE(service.values(), values);
    }
    SettingsService again(pathsIn(dir));
    QCOMPARE(again.load().profiles.status, SettingsFile::Status::Ok);
    QCOMPARE(again.values(), values);
    QCOMPARE(again.profileNames(),
             (QStringList{QStringLiteral("Treasury"), QStringLiteral("Ops")}));
    QCOMPARE(again.profile(QStringLiteral("Ops"))->pollIntervalMs, 10000);
    QVERIFY(!again.profile(QStringLiteral("Nobody")));
    QVERIFY(again.operators().verify(QStringLiteral("Bob Li"), QStringLiteral("482019")));
    // the same file formats as before the service: the value types still read them
    QCOMPARE(AppSettings::load(pathsIn(dir).app), values.app);
    QCOMPARE(OperatorRegistry::load(pathsIn(dir).operators), values.operators);
}

void tst_SettingsService::failedWriteKeepsEverything() {
    QTemporaryDir dir;
    // A file where the settings folder should be: no write can succeed there, even as root.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SettingsService::Paths paths = pathsIn(dir);
    paths.app = dir.filePath(QStringLiteral("blocked/settings.json"));
    SettingsService service(paths);
    service.load();
    SettingsService::Values first = service.values();
    first.profiles = {profile(QStringLiteral("Treasury"))};
    QVERIFY(service.save(first).isEmpty()); // only the profile file changes: it can be written
    const QByteArray profilesBefore = read(paths.profiles);

    QSignalSpy changed(&service, &SettingsService::changed);
    QSignalSpy zone(&service, &SettingsService::timeZoneChanged);
    QSignalSpy profileChanged(&service, &SettingsService::profileChanged);
    SettingsService::Values edited = service.values();
    edited.profiles[0].readOnly = false;
    edited.app.timeZone = AppSettings::TimeZone::Local;
    const QString error = service.save(edited);
    QVERIFY(!error.isEmpty());
    QCOMPARE(service.values(), first);
    QCOMPARE(read(paths.profiles), profilesBefore); // written first, then put back
    QCOMPARE(changed.count(), 0);
    QCOMPARE(zone.count(), 0);
    QCOMPARE(profileChanged.count(), 0);
    QVERIFY(!service.setTimeZone(AppSettings::TimeZone::Local).isEmpty());
    QCOMPARE(service.app().timeZone, AppSettings::TimeZone::Utc);
    QCOMPARE(zone.count(), 0);
}

void tst_SettingsService::signalsOnlyForWhatChanged() {
    QTemporaryDir dir;
    SettingsService service(pathsIn(dir));
    service.load();
    QSignalSpy zone(&service, &SettingsService::timeZoneChanged);
    QSignalSpy theme(&service, &SettingsService::themeChanged);
    QSignalSpy language(&service, &SettingsService::languageChanged);
    QSignalSpy reportLanguage(&service, &SettingsService::reportLanguageChanged);
    QSignalSpy retention(&service, &SettingsService::historyRetentionChanged);
    QSignalSpy delivery(&service, &SettingsService::alertDeliveryChanged);
    QSignalSpy profiles(&service, &SettingsService::profilesChanged);
    QSignalSpy operators(&service, &SettingsService::operatorsChanged);
    QSignalSpy changed(&service, &SettingsService::changed);
    const QList<QSignalSpy *> all{&zone,     &theme,    &language,  &reportLanguage, &retention,
                                  &delivery, &profiles, &operators, &changed};
    const auto counts = [&all] {
        QList<int> out;
        for (QSignalSpy *s : all)
            out.append(int(s->count()));
        return out;
    };

    QVERIFY(service.setTimeZone(AppSettings::TimeZone::Local).isEmpty());
    QCOMPARE(counts(), (QList<int>{1, 0, 0, 0, 0, 0, 0, 0, 1}));
    QCOMPARE(zone.takeFirst().at(0).value<AppSettings::TimeZone>(), AppSettings::TimeZone::Local);
    changed.clear();

    // The same value again is no change: nothing is written or announced.
    QVERIFY(service.setTimeZone(AppSettings::TimeZone::Local).isEmpty());
    QCOMPARE(counts(), (QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0}));

    SettingsService::Values edited = service.values();
    edited.app.theme = AppSettings::Theme::Dark;
    edited.app.historyRetentionDays = 30;
    edited.app.trayNotifications = false;
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(counts(), (QList<int>{0, 1, 0, 0, 1, 1, 0, 0, 1}));
    QCOMPARE(retention.at(0).at(0).toInt(), 30);
    QCOMPARE(delivery.at(0).at(0).toBool(), false); // sounds not muted
    QCOMPARE(delivery.at(0).at(1).toBool(), false); // no tray notifications

    edited = service.values();
    edited.app.language = QStringLiteral("zh");
    edited.app.reportLanguage = QStringLiteral("en");
    QCOMPARE(edited.operators.add(QStringLiteral("Ann"), {QStringLiteral("ann")},
                                  QStringLiteral("135790"), 1000),
             OperatorRegistry::Change::Done);
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(counts(), (QList<int>{0, 1, 1, 1, 1, 1, 0, 1, 2}));
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("zh"));
    QCOMPARE(reportLanguage.at(0).at(0).toString(), QStringLiteral("en"));
}

void tst_SettingsService::profileSignals() {
    QTemporaryDir dir;
    SettingsService service(pathsIn(dir));
    service.load();
    QSignalSpy changedProfile(&service, &SettingsService::profileChanged);
    QSignalSpy profiles(&service, &SettingsService::profilesChanged);
    QSignalSpy zone(&service, &SettingsService::timeZoneChanged);

    SettingsService::Values edited = service.values();
    edited.profiles = {profile(QStringLiteral("A")), profile(QStringLiteral("B"))};
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(profiles.count(), 1); // added
    QCOMPARE(changedProfile.count(), 0);

    // Limits of one profile: that profile, and nothing else.
    edited = service.values();
    edited.profiles[1].limits.typeTwiceAbove = Decimal::fromInt(5000);
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(changedProfile.count(), 1);
    QCOMPARE(changedProfile.takeFirst().at(0).toString(), QStringLiteral("B"));
    QCOMPARE(profiles.count(), 1);
    QCOMPARE(zone.count(), 0);

    // Bands and read-only of A.
    edited = service.values();
    LtvBands bands;
    bands.warning = Decimal::fromScaled(7, 1);
    edited.profiles[0].bands.insert(10001, bands);
    edited.profiles[0].readOnly = false;
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(changedProfile.count(), 1);
    QCOMPARE(changedProfile.takeFirst().at(0).toString(), QStringLiteral("A"));

    // Renamed: the list changed; no profile of the old name is "changed".
    edited = service.values();
    edited.profiles[0].name = QStringLiteral("A2");
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(profiles.count(), 2);
    QCOMPARE(changedProfile.count(), 0);
    QCOMPARE(service.profileNames(), (QStringList{QStringLiteral("A2"), QStringLiteral("B")}));

    edited = service.values();
    edited.profiles.removeLast();
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(profiles.count(), 3);
    QCOMPARE(changedProfile.count(), 0);
}

void tst_SettingsService::reportsUnusableFiles() {
    QTemporaryDir dir;
    QFile f(pathsIn(dir).profiles);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    SettingsService service(pathsIn(dir));
    const SettingsService::LoadReport report = service.load();
    QCOMPARE(report.profiles.status, SettingsFile::Status::Corrupt);
    QVERIFY(!report.profiles.movedTo.isEmpty());
    QVERIFY(QFile::exists(report.profiles.movedTo));
    QCOMPARE(report.app.status, SettingsFile::Status::Missing);
    QVERIFY(service.profiles().isEmpty());
    QCOMPARE(service.loadReport().profiles.status, SettingsFile::Status::Corrupt);
    // A successful save replaces the file the report was about.
    SettingsService::Values edited = service.values();
    edited.profiles = {profile(QStringLiteral("Treasury"))};
    QVERIFY(service.save(edited).isEmpty());
    QCOMPARE(service.loadReport().profiles.status, SettingsFile::Status::Missing);
}

QTEST_GUILESS_MAIN(tst_SettingsService)
#include "tst_settingsservice.moc"
