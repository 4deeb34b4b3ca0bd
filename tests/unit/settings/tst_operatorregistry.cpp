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
} // namespace

// The desk's second operators: added with a PIN, verified, PIN changed only with the current
// one, removed; stored with hashes only, a damaged file moved aside, never half-read.
class tst_OperatorRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addVerifyRemove();
    void changePinNeedsTheCurrentOne();
    void refusesBadEntries();
    void fileHoldsHashesNotPins();
    void damagedFileIsMovedAside();
    void missingFileIsEmpty();

private:
    QTemporaryDir m_dir;
};

void tst_OperatorRegistry::addVerifyRemove() {
    OperatorRegistry r;
    QCOMPARE(r.add(QStringLiteral(" Alice Chen "), AlicePin, FastIterations),
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
    r.add(QStringLiteral("Alice"), AlicePin, FastIterations);
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
    QCOMPARE(r.add(QStringLiteral("  "), AlicePin, FastIterations), C::EmptyName);
    QCOMPARE(r.add(QStringLiteral("Alice"), QStringLiteral("1234"), FastIterations), C::BadPin);
    QCOMPARE(r.add(QStringLiteral("Alice"), AlicePin, FastIterations), C::Done);
    QCOMPARE(r.add(QStringLiteral("ALICE"), QStringLiteral("555555"), FastIterations),
             C::DuplicateName);
    QCOMPARE(r.names().size(), 1);
}

void tst_OperatorRegistry::fileHoldsHashesNotPins() {
    const QString path = m_dir.filePath(QStringLiteral("operators.json"));
    OperatorRegistry r;
    r.add(QStringLiteral("Alice"), AlicePin, FastIterations);
    r.add(QStringLiteral("Bob"), QStringLiteral("482019"), FastIterations);
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
    r.add(QStringLiteral("Alice"), AlicePin, FastIterations);
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
