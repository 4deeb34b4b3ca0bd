#include "testhelpers.h"

#include "alerts/alertcommandhook.h"
#include "alerts/alertlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_AlertLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void appendsJsonLinesAndAcknowledges();
    void commandHookGetsTheAlertOnStdin();
    void commandHookIsKilledAfterTimeout();
    void commandHookGetsOnlyWhatItNeeds();

private:
    static Alert sample() {
        Alert a;
        a.kind = Alert::Kind::MarginCall;
        a.groupId = 10001;
        a.value = dec("0.912");
        a.threshold = dec("0.9");
        a.raisedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone::utc());
        return a;
    }
};

void tst_AlertLog::appendsJsonLinesAndAcknowledges() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.jsonl"));
    {
        AlertLog log(path);
        QSignalSpy logged(&log, &AlertLog::alertLogged);
        QCOMPARE(log.append(sample()), 1);
        QCOMPARE(log.append(sample()), 2);
        QCOMPARE(logged.count(), 2);
        QCOMPARE(log.unacknowledgedCount(), 2);
        QVERIFY(log.acknowledge(1, QStringLiteral("called the desk"), sample().raisedAt));
        QVERIFY(!log.acknowledge(1, QString(), sample().raisedAt)); // once
        QVERIFY(!log.acknowledge(99, QString(), sample().raisedAt));
        QCOMPARE(log.unacknowledgedCount(), 1);
        QCOMPARE(log.alerts().first().note, QStringLiteral("called the desk"));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("raised"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("margin_call"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("0.912"));
    QCOMPARE(first.value(QStringLiteral("raisedAt")).toString(),
             QStringLiteral("2026-11-25T09:30:00.000Z"));
    QCOMPARE(Alert::fromJson(first)->value, sample().value);
    const QJsonObject ack = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(ack.value(QStringLiteral("event")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(ack.value(QStringLiteral("note")).toString(), QStringLiteral("called the desk"));
    // a new run continues the ids
    AlertLog again(path);
    QCOMPARE(again.append(sample()), 3);
}

void tst_AlertLog::commandHookGetsTheAlertOnStdin() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hook.json"));
    AlertCommandHook hook;
    hook.setCommand(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("cat > \"$0\""), out}, 5000);
    QSignalSpy finished(&hook, &AlertCommandHook::hookFinished);
    Alert a = sample();
    a.id = 42;
    hook.run(a);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toLongLong(), 42);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("margin_call"));
    QCOMPARE(o.value(QStringLiteral("groupId")).toInteger(), 10001);
}

void tst_AlertLog::commandHookIsKilledAfterTimeout() {
    AlertCommandHook hook;
    hook.setCommand(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("exec sleep 30")}, 300);
    QSignalSpy finished(&hook, &AlertCommandHook::hookFinished);
    hook.run(sample());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).toInt(), -1);
    QCOMPARE(finished.first().at(2).toString(), QStringLiteral("timed out"));
}

void tst_AlertLog::commandHookGetsOnlyWhatItNeeds() {
    // Whatever LoanDesk's own environment holds, the hook sees none of it but the basics.
    qputenv("LOANDESK_API_SECRET", "canary-api-secret");
    qputenv("LOANDESK_HISTORY_DB", "postgresql://desk:canary-db-password@db.example/loandesk");
    qputenv("PGPASSWORD", "canary-pg-password");
    qputenv("LC_TIME", "C.UTF-8");
    qputenv("TZ", "Asia/Singapore");
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hook.env"));
    // A script that records its environment, found through PATH as a user's command would be.
    AlertCommandHook hook;
    hook.setCommand(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("env > \"$0\""), out}, 5000);
    QSignalSpy finished(&hook, &AlertCommandHook::hookFinished);
    hook.run(sample());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray env = f.readAll();
    QVERIFY2(!env.contains("canary"), env.constData());
    QVERIFY(!env.contains("LOANDESK_"));
    const QList<QByteArray> lines = env.split('\n');
    QVERIFY(lines.contains("PATH=" + qgetenv("PATH")));
    QVERIFY(!qEnvironmentVariableIsSet("HOME") || lines.contains("HOME=" + qgetenv("HOME")));
    QVERIFY(lines.contains("LC_TIME=C.UTF-8"));
    QVERIFY(lines.contains("TZ=Asia/Singapore"));
    for (const char *name :
         {"LOANDESK_API_SECRET", "LOANDESK_HISTORY_DB", "PGPASSWORD", "LC_TIME", "TZ"})
        qunsetenv(name);
}

QTEST_GUILESS_MAIN(tst_AlertLog)
#include "tst_alertlog.moc"
