#include "settings/operatorregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

namespace {
constexpr int FastIterations = 2000; // the default cost is tested in tst_pinhash
const QString AlicePin = QStringLiteral("731902");
const QStringList AliceLogins{QStringLiteral("alice")};
} // namespace

// The desk's operators: added with their OS logins and a PIN, verified, PIN and logins changed
// only with the current PIN, removed; stored with hashes only, a damaged file moved aside,
// never half-read; a file from before logins existed still loads, with stable ids.
class tst_OperatorRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addVerifyRemove();
    void changePinNeedsTheCurrentOne();
    void refusesBadEntries();
    void loginsFindTheirOperators();
    void changingLoginsNeedsThePin();
    void idsAreStableAcrossSaveAndLoad();
    void schemaOneFileLoadsWithoutLogins();
    void fileHoldsHashesNotPins();
    void damagedFileIsMovedAside();
    void missingFileIsEmpty();

private:
    QTemporaryDir m_dir;
};

void tst_OperatorRegistry::addVerifyRemove() {
    OperatorRegistry r;
    QCOMPARE(r.add(QStringLiteral(" Alice Chen "), AliceLogins, AlicePin, FastIterations),
             OperatorRegistry::Change::Done);
    QCOMPARE(r.names(), QStringList{QStringLiteral("Alice Chen")});
    QVERIFY(r.verify(QStringLiteral("alice chen"), AlicePin)); // names ignore case
    QVERIFY(!r.verify(QStringLiteral("Alice Chen"), QStringLiteral("731903")));
    QVERIFY(!r.verify(QStringLiteral("Bob"), AlicePin));
    QVERIFY(r.remove(QStringLiteral("ALICE CHEN")));
    QVERIFY(r.isEmpty());
    QVERIFY(!r.verify(QStringLiteral("Alice Chen"), AlicePin));
}

void tst_OperatorRegistry::changePinNeedsTheCurrentOne() {
    OperatorRegistry r;
    r.add(QStringLiteral("Alice"), AliceLogins, AlicePin, FastIterations);
    using C = OperatorRegistry::Change;
    QCOMPARE(r.changePin(QStringLiteral("Alice"), QStringLiteral("000000"),
                         QStringLiteral("999999"), FastIterations),
             C::WrongCurrentPin);
    QVERIFY(r.verify(QStringLiteral("Alice"), AlicePin));
    QCOMPARE(r.changePin(QStringLiteral("Alice"), AlicePin, QStringLiteral("123"), FastIterations),
             C::BadPin);
    QCOMPARE(
        r.changePin(QStringLiteral("Nobody"), AlicePin, QStringLiteral("999999"), FastIterations),
        C::NoSuchOperator);
    QCOMPARE(
        r.changePin(QStringLiteral("Alice"), AlicePin, QStringLiteral("999999"), FastIterations),
        C::Done);
    QVERIFY(!r.verify(QStringLiteral("Alice"), AlicePin));
    QVERIFY(r.verify(QStringLiteral("Alice"), QStringLiteral("999999")));
}

void tst_OperatorRegistry::refusesBadEntries() {
    OperatorRegistry r;
    using C = OperatorRegistry::Change;
    QCOMPARE(r.add(QStringLiteral("  "), AliceLogins, AlicePin, FastIterations), C::EmptyName);
    QCOMPARE(r.add(QStringLiteral("Alice"), AliceLogins, QStringLiteral("1234"), FastIterations),
             C::BadPin);
    QCOMPARE(r.add(QStringLiteral("Alice"), {QStringLiteral(" , ")}, AlicePin, FastIterations),
             C::NoLogin);
    QCOMPARE(r.add(QStringLiteral("Alice"), AliceLogins, AlicePin, FastIterations), C::Done);
    QCOMPARE(r.add(QStringLiteral("ALICE"), {QStringLiteral("al")}, QStringLiteral("555555"),
                   FastIterations),
             C::DuplicateName);
    QCOMPARE(r.names().size(), 1);
}

void tst_OperatorRegistry::loginsFindTheirOperators() {
    OperatorRegistry r;
    QCOMPARE(OperatorRegistry::parseLogins(QStringLiteral(" alice, desk;ALICE\nbob ")),
             (QStringList{QStringLiteral("alice"), QStringLiteral("desk"), QStringLiteral("bob")}));
    r.add(QStringLiteral("Alice"), OperatorRegistry::parseLogins(QStringLiteral("alice, desk")),
          AlicePin, FastIterations);
    r.add(QStringLiteral("Bob"), {QStringLiteral("bob"), QStringLiteral("Desk")},
          QStringLiteral("482019"), FastIterations);
    QCOMPARE(r.withLogin(QStringLiteral("ALICE")).size(), 1); // logins ignore case
    QCOMPARE(r.withLogin(QStringLiteral("alice")).first().name, QStringLiteral("Alice"));
    QCOMPARE(r.withLogin(QStringLiteral("desk")).size(), 2); // a shared login
    QVERIFY(r.withLogin(QStringLiteral("carol")).isEmpty());
}

void tst_OperatorRegistry::changingLoginsNeedsThePin() {
    OperatorRegistry r;
    r.add(QStringLiteral("Alice"), AliceLogins, AlicePin, FastIterations);
    using C = OperatorRegistry::Change;
    const QStringList desk{QStringLiteral("desk")};
    QCOMPARE(r.setLogins(QStringLiteral("Alice"), QStringLiteral("000000"), desk),
             C::WrongCurrentPin);
    QCOMPARE(r.setLogins(QStringLiteral("Alice"), AlicePin, {}), C::NoLogin);
    QCOMPARE(r.setLogins(QStringLiteral("Nobody"), AlicePin, desk), C::NoSuchOperator);
    QCOMPARE(r.byName(QStringLiteral("alice"))->logins, AliceLogins);
    QCOMPARE(r.setLogins(QStringLiteral("alice"), AlicePin, desk), C::Done);
    QCOMPARE(r.byName(QStringLiteral("Alice"))->logins, desk);
}

void tst_OperatorRegistry::idsAreStableAcrossSaveAndLoad() {
    const QString path = m_dir.filePath(QStringLiteral("ids.json"));
    OperatorRegistry r;
    r.add(QStringLiteral("Alice"), AliceLogins, AlicePin, FastIterations);
    r.add(QStringLiteral("Bob"), {QStringLiteral("bob")}, QStringLiteral("482019"), FastIterations);
    const QString aliceId = r.byName(QStringLiteral("Alice"))->id;
    QVERIFY(!aliceId.isEmpty());
    QVERIFY(aliceId != r.byName(QStringLiteral("Bob"))->id);
    QVERIFY(r.save(path));
    const OperatorRegistry back = OperatorRegistry::load(path);
    QCOMPARE(back, r);
    QCOMPARE(back.byId(aliceId)->name, QStringLiteral("Alice"));
    QCOMPARE(back.byId(aliceId)->logins, AliceLogins);
}

void tst_OperatorRegistry::schemaOneFileLoadsWithoutLogins() {
    // As LoanDesk wrote it before operators had logins.
    const QString path = m_dir.filePath(QStringLiteral("v1.json"));
    const QString hash = PinHash::make(AlicePin, FastIterations).toString();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("schemaVersion"), 1},
                        {QStringLiteral("operators"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice")},
                                                {QStringLiteral("pinHash"), hash}}}}})
            .toJson());
    file.close();
    SettingsFile::Loaded status;
    const OperatorRegistry first = OperatorRegistry::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Ok);
    QVERIFY(first.verify(QStringLiteral("Alice"), AlicePin));
    QVERIFY(first.byName(QStringLiteral("Alice"))->logins.isEmpty());
    // The same id at every load: a PIN lock recorded against it must hold after a restart.
    const QString id = first.byName(QStringLiteral("Alice"))->id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(OperatorRegistry::load(path).byName(QStringLiteral("Alice"))->id, id);
}

void tst_OperatorRegistry::fileHoldsHashesNotPins() {
    const QString path = m_dir.filePath(QStringLiteral("operators.json"));
    OperatorRegistry r;
    r.add(QStringLiteral("Alice"), AliceLogins, AlicePin, FastIterations);
    r.add(QStringLiteral("Bob"), {QStringLiteral("bob")}, QStringLiteral("482019"), FastIterations);
    QVERIFY(r.save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(AlicePin.toLatin1()));
    QVERIFY(!bytes.contains("482019"));
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("schemaVersion")).toInt(),
             OperatorRegistry::SchemaVersion);
    QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!file.permissions().testFlag(QFileDevice::ReadOther));

    SettingsFile::Loaded status;
    const OperatorRegistry back = OperatorRegistry::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Ok);
    QCOMPARE(back, r);
    QVERIFY(back.verify(QStringLiteral("Bob"), QStringLiteral("482019")));
}

void tst_OperatorRegistry::damagedFileIsMovedAside() {
    const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
    OperatorRegistry r;
    r.add(QStringLiteral("Alice"), AliceLogins, AlicePin, FastIterations);
    QVERIFY(r.save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    // A hand edit that puts a PIN where the hash belongs: refused, never compared as text.
    QJsonArray list = root.value(QStringLiteral("operators")).toArray();
    list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Mallory")},
                            {QStringLiteral("pinHash"), QStringLiteral("111111")}});
    root.insert(QStringLiteral("operators"), list);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    SettingsFile::Loaded status;
    const OperatorRegistry back = OperatorRegistry::load(path, &status);
    QCOMPARE(status.status, SettingsFile::Status::Corrupt);
    QVERIFY(back.isEmpty()); // not half-read: no Alice without Mallory
    QVERIFY(!status.movedTo.isEmpty());
    QVERIFY(QFile::exists(status.movedTo));
    QVERIFY(!QFile::exists(path));
}

void tst_OperatorRegistry::missingFileIsEmpty() {
    SettingsFile::Loaded status;
    QVERIFY(OperatorRegistry::load(m_dir.filePath(QStringLiteral("none.json")), &status).isEmpty());
    QCOMPARE(status.status, SettingsFile::Status::Missing);
}

QTEST_GUILESS_MAIN(tst_OperatorRegistry)
#include "tst_operatorregistry.moc"
