#include "settings/actionlimits.h"
#include "settings/profile.h"
#include "settings/profilestore.h"

#include "testhelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

// A profile's borrow/repay thresholds: typing twice strictly above, four-eyes from its amount
// on and off by default; stored as exact decimal text; profiles written before the thresholds
// existed load with the old behaviour; a nonsense threshold is not silently dropped.
class tst_ActionLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void roundTripsExactly();
    void olderProfileGetsTheDefaults();
    void badThresholdRejectsTheProfile_data();
    void badThresholdRejectsTheProfile();
};

void tst_ActionLimits::decisions_data() {
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("twice");
    QTest::addColumn<bool>("fourEyes");
    // typeTwiceAbove 100000, fourEyesFrom 250000.5
    QTest::newRow("small") << "99999.99999999" << false << false;
    QTest::newRow("at type-twice") << "100000" << false << false;
    QTest::newRow("just above") << "100000.00000001" << true << false;
    QTest::newRow("just below four-eyes") << "250000.49999999" << true << false;
    QTest::newRow("at four-eyes") << "250000.5" << true << true;
    QTest::newRow("far above") << "12000000" << true << true;
}

void tst_ActionLimits::decisions() {
    QFETCH(QString, amount);
    QFETCH(bool, twice);
    QFETCH(bool, fourEyes);
    ActionLimits limits;
    QVERIFY(!limits.needsSecondOperator(dec(amount.toLatin1().constData()))); // off by default
    limits.fourEyesFrom = dec("250000.5");
    QCOMPARE(limits.needsTypingTwice(dec(amount.toLatin1().constData())), twice);
    QCOMPARE(limits.needsSecondOperator(dec(amount.toLatin1().constData())), fourEyes);
}

void tst_ActionLimits::roundTripsExactly() {
    Profile p;
    p.name = QStringLiteral("Treasury");
    p.parentKeyId = QStringLiteral("KEY");
    p.limits.typeTwiceAbove = dec("50000.12345678");
    p.limits.fourEyesFrom = dec("1000000");
    const QJsonObject json = p.toJson();
    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    QCOMPARE(limits.value(QStringLiteral("typeTwiceAbove")).toString(),
             QStringLiteral("50000.12345678")); // text, never a double
    QString error;
    const Profile back = Profile::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.limits, p.limits);

    p.limits.fourEyesFrom.reset();
    QVERIFY(p.toJson()
                .value(QStringLiteral("limits"))
                .toObject()
                .value(QStringLiteral("fourEyesFrom"))
                .isNull());
    QCOMPARE(Profile::fromJson(p.toJson()).limits.fourEyesFrom, std::nullopt);

    QCOMPARE(p.validate(), Profile::Issue::None);
    p.limits.fourEyesFrom = Decimal::invalid(); // what the Limits page stores for bad input
    QCOMPARE(p.validate(), Profile::Issue::BadLimits);
}

void tst_ActionLimits::olderProfileGetsTheDefaults() {
    // A schema 2 file as LoanDesk wrote it before the thresholds existed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schemaVersion": 2, "profiles": [{"name": "Desk", "parentKeyId": "K",
                  "baseUrl": "https://api.binance.com", "readOnly": false}]})");
    file.close();
    ProfileStore store(path);
    const ProfileStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, SettingsFile::Status::Ok);
    const std::optional<Profile> p = store.profile(QStringLiteral("Desk"));
    QVERIFY(p);
    QCOMPARE(p->limits, ActionLimits{});
    QCOMPARE(p->limits.typeTwiceAbove, dec("100000"));
    QVERIFY(!p->limits.fourEyesFrom);
    QCOMPARE(p->validate(), Profile::Issue::None);
}

void tst_ActionLimits::badThresholdRejectsTheProfile_data() {
    QTest::addColumn<QJsonObject>("limits");
    QTest::newRow("negative") << QJsonObject{
        {QStringLiteral("typeTwiceAbove"), QStringLiteral("-1")}};
    QTest::newRow("nine places") << QJsonObject{
        {QStringLiteral("typeTwiceAbove"), QStringLiteral("1.123456789")}};
    QTest::newRow("not a number") << QJsonObject{
        {QStringLiteral("fourEyesFrom"), QStringLiteral("lots")}};
    QTest::newRow("zero four-eyes")
        << QJsonObject{{QStringLiteral("fourEyesFrom"), QStringLiteral("0")}};
    QTest::newRow("json number") << QJsonObject{{QStringLiteral("fourEyesFrom"), 1e6}};
}

void tst_ActionLimits::badThresholdRejectsTheProfile() {
    QFETCH(QJsonObject, limits);
    QJsonObject json{{QStringLiteral("name"), QStringLiteral("Desk")},
                     {QStringLiteral("parentKeyId"), QStringLiteral("K")},
                     {QStringLiteral("limits"), limits}};
    QString error;
    Profile::fromJson(json, &error);
    QCOMPARE(error, QStringLiteral("limits"));
    bool ok = true;
    ActionLimits::fromJson(limits, &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_ActionLimits)
#include "tst_actionlimits.moc"
