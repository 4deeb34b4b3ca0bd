#include "sim/scenario.h"
#include "sim/simengine.h"
#include "testhelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loandesk;
using namespace loandesk::sim;

class tst_Scenario : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinsAreEmbedded() {
        const QStringList names = Scenario::builtinNames();
        QVERIFY(names.contains(QStringLiteral("calm")));
        QVERIFY(names.contains(QStringLiteral("stressed")));
    }

    void calmIsModerate() {
        QString error;
        const std::optional<Scenario> s = Scenario::load(QStringLiteral("calm"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->units.size(), 2);
        SimEngine engine(*s, 1, 1750000000000);
        for (const UnitState &u : s->units) {
            QVERIFY(u.members.size() >= 3 && u.members.size() <= 5);
            QVERIFY(!u.creditApiKey.isEmpty() && !u.creditSecret.isEmpty());
            const Decimal ltv = engine.riskUnit(u.groupId).ltv;
            QVERIFY2(ltv >= dec("0.4") && ltv <= dec("0.6"), qPrintable(ltv.toString()));
        }
        QVERIFY(!s->parentApiKey.isEmpty());
    }

    void stressedCrossesMarginCallThenLiquidates() {
        const std::optional<Scenario> s = Scenario::load(QStringLiteral("stressed"));
        QVERIFY(s);
        const qint64 start = 1750000000000;
        SimEngine engine(*s, 1, start);
        const qint64 unit = s->units.constFirst().groupId;
        QVERIFY(engine.riskUnit(unit).ltv < dec("0.9"));
        qint64 marginCallAt = 0;
        for (qint64 t = start; t <= start + 10 * 60000 && engine.unit(unit)->liquidations.isEmpty();
             t += 2000) {
            engine.advanceTo(t);
            if (!marginCallAt && engine.riskUnit(unit).ltv >= dec("0.9"))
                marginCallAt = t;
        }
        QVERIFY(marginCallAt > 0);
        QVERIFY2(marginCallAt - start <= 3 * 60000,
                 qPrintable(QString::number(marginCallAt - start)));
        QCOMPARE(engine.unit(unit)->liquidations.size(), 1);
        QVERIFY(engine.unit(unit)->liquidations.constFirst().startTimeMs - start <= 6 * 60000);
    }

    void loadsAFileAndReportsErrorsWithTheirPlace() {
        QTemporaryDir dir;
        QFile builtin(QStringLiteral(":/loandesk/scenarios/calm.json"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QByteArray json = builtin.readAll();
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString error;
        QVERIFY2(Scenario::load(path, &error), qPrintable(error));

        json.replace("\"SOL\": \"5375\"", "\"SOL\": \"lots\"");
        QVERIFY(!Scenario::fromJson(json, &error));
        QVERIFY2(error.contains(u"units[0].members[2].margin.SOL"), qPrintable(error));
        QVERIFY(!Scenario::load(QStringLiteral("/no/such/file.json"), &error));
        QVERIFY(!Scenario::fromJson("[]", &error));
    }
};

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
