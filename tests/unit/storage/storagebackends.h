#pragma once

#include "storage/historysample.h"
#include "storage/storagelocation.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace loandesk {

// The same store test cases run against SQLite and, when LOANDESK_TEST_PG holds a connection
// string (scripts/pg-test-server prints one), against PostgreSQL. Each PostgreSQL case gets a
// database of its own, dropped afterwards, so tests may run in parallel.
class StorageBackends {
public:
    static void addColumns() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    static QString skipReason() {
        return QStringLiteral("LOANDESK_TEST_PG is not set (run scripts/test, which starts a "
                              "throwaway PostgreSQL via scripts/pg-test-server)");
    }

    // A fresh, empty location for the current backend, or nullopt when PostgreSQL is absent.
    std::optional<StorageLocation> fresh(bool postgres, const QString &name = {}) {
        if (!postgres)
            return StorageLocation::sqlite(
                m_dir.filePath((name.isEmpty() ? QStringLiteral("h%1").arg(++m_counter) : name) +
                               QStringLiteral(".sqlite")));
        const QString conn = qEnvironmentVariable("LOANDESK_TEST_PG");
        if (conn.isEmpty())
            return std::nullopt;
        std::optional<StorageLocation> admin = StorageLocation::parse(conn);
        if (!admin)
            return std::nullopt;
        const QString db =
            QStringLiteral("ld_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
        if (!adminExec(*admin, QStringLiteral("CREATE DATABASE ") + db))
            return std::nullopt;
        m_created << db;
        StorageLocation l = *admin;
        l.database = db;
        return l;
    }

    ~StorageBackends() {
        const QString conn = qEnvironmentVariable("LOANDESK_TEST_PG");
        if (const auto admin = StorageLocation::parse(conn); admin && !conn.isEmpty()) {
            for (const QString &db : std::as_const(m_created))
                adminExec(*admin,
                          QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        }
    }

    QString dir() const { return m_dir.path(); }

private:
    static bool adminExec(const StorageLocation &l, const QString &sql) {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(l.host);
            db.setPort(l.port);
            db.setDatabaseName(l.database);
            db.setUserName(l.user);
            db.setPassword(l.password);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            } else {
                qWarning("PostgreSQL admin connection: %s", qPrintable(db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return ok;
    }

    QTemporaryDir m_dir;
    QStringList m_created;
    int m_counter = 0;
};

// A sample whose figures derive from `ltv` (liability fixed at 1000, maintenance 0), with two
// members; amounts carry 8 decimals so exactness is visible.
inline HistorySample makeSample(qint64 groupId, qint64 fetchedMs, const char *ltv,
                                const char *equity = "1666.12345678") {
    HistorySample s;
    s.groupId = groupId;
    s.fetchedMs = fetchedMs;
    s.untilMs = fetchedMs;
    s.exchangeMs = fetchedMs - 7;
    s.ltvReported = dec(ltv);
    s.ltvComputed = dec(ltv);
    s.netEquity = dec(equity);
    s.maintenanceMargin = dec("12.00000001");
    s.liability = dec("1000.5");
    s.members = {{QStringLiteral("credit@example.com"), QStringLiteral("CREDIT"),
                  QStringLiteral("PORTFOLIO_MARGIN"), dec("1000.00000001"), dec("12.00000001")},
                 {QStringLiteral("collateral@example.com"), QStringLiteral("COLLATERAL"),
                  QStringLiteral("SPOT"), dec("666.12345677"), dec("0")}};
    return s;
}

} // namespace loandesk
