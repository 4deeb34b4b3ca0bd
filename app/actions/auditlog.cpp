#include "auditlog.h"

#include "auditfields.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <algorithm>

namespace loandesk {

namespace {

constexpr auto Columns = "id, intent_id, time_ms, os_user, profile, action, group_id, asset, "
                         "requested_amount, repay_from, projected_ltv, state, tran_id, "
                         "actual_amount, exchange_code, exchange_message, second_operator, "
                         "exchange_time_ms, hash, row_format, base_url, liability_before";

QString optionalText(const std::optional<Decimal> &value) {
    return value ? value->toString() : QString();
}

std::optional<Decimal> optionalDecimal(const QVariant &value) {
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return Decimal::fromString(value.toString());
}

AuditEntry fromRecord(const QSqlQuery &q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.intentId = q.value(1).toLongLong();
    e.timeMs = q.value(2).toLongLong();
    e.osUser = q.value(3).toString();
    e.profile = q.value(4).toString();
    e.action =
        AuditEntry::actionFromName(q.value(5).toString()).value_or(AuditEntry::Action::Borrow);
    e.groupId = q.value(6).toLongLong();
    e.asset = q.value(7).toString();
    e.requestedAmount = Decimal::fromString(q.value(8).toString()).value_or(Decimal::invalid());
    e.repayFrom = q.value(9).toString();
    e.projectedLtv = optionalDecimal(q.value(10));
    e.state =
        AuditEntry::stateFromName(q.value(11).toString()).value_or(AuditEntry::State::Unknown);
    e.tranId = q.value(12).toString();
    e.actualAmount = optionalDecimal(q.value(13));
    e.exchangeCode = q.value(14).toInt();
    e.exchangeMessage = q.value(15).toString();
    e.secondOperator = q.value(16).toString();
    e.exchangeTimeMs = q.value(17).toLongLong();
    e.hash = q.value(18).toString();
    e.rowFormat = q.value(19).toInt();
    e.baseUrl = q.value(20).toString();
    e.liabilityBefore = optionalDecimal(q.value(21));
    return e;
}

const char *const Schema[] = {
    // Optional text is stored as NULL; it reads back (and hashes) as the empty string.
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY, intent_id INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
    " os_user TEXT, profile TEXT, action TEXT NOT NULL, group_id INTEGER NOT NULL,"
    " asset TEXT NOT NULL, requested_amount TEXT NOT NULL, repay_from TEXT, projected_ltv TEXT,"
    " state TEXT NOT NULL, tran_id TEXT, actual_amount TEXT, exchange_code INTEGER NOT NULL,"
    " exchange_message TEXT, second_operator TEXT, exchange_time_ms INTEGER NOT NULL,"
    " hash TEXT NOT NULL)",
    "CREATE INDEX audit_intent ON audit(intent_id)",
    // Defence in depth only: whoever can drop these can edit the file, which the chain catches.
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

// Schema 1 → 2: who an action belongs to (the exchange URL beside the profile) and the
// liability before it was sent, as evidence for reconciliation. Old rows keep format 1.
const char *const MigrationTo2[] = {
    "ALTER TABLE audit ADD COLUMN row_format INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE audit ADD COLUMN base_url TEXT",
    "ALTER TABLE audit ADD COLUMN liability_before TEXT",
};

} // namespace

AuditLog::AuditLog(QObject *parent)
    : QObject(parent)
    , m_anchor(new JournalAnchor(nullptr, this))
    , m_connection(QStringLiteral("loandesk-audit-%1").arg(quintptr(this), 0, 16)) {
    qRegisterMetaType<AuditEntry>();
}

AuditLog::~AuditLog() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

void AuditLog::setAnchorStore(SecretStore *store) {
    delete m_anchor;
    m_anchor = new JournalAnchor(store, this);
    // An append made while the stored head was still being read is anchored once it is known.
    connect(m_anchor, &JournalAnchor::loaded, this, [this] {
        if (m_anchor->expected())
            anchorHead();
    });
}

QString AuditLog::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.sqlite");
}

QString AuditLog::demoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo/audit.sqlite");
}

bool AuditLog::fail(OpenError error, const QString &message) {
    m_openError = error;
    m_errorString = message;
    m_open = false;
    QSqlDatabase::database(m_connection, false).close();
    return false;
}

bool AuditLog::open(const QString &path) {
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(OpenError::CannotOpen, db.lastError().text());
    QSqlQuery q(db);
    // Read the version before anything writes: a newer build's journal must stay as it is.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(OpenError::CannotOpen, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return fail(OpenError::FromTheFuture,
                    QStringLiteral("audit log has schema %1, this build knows %2")
                        .arg(version)
                        .arg(SchemaVersion));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return fail(OpenError::CannotOpen, q.lastError().text());
    if (version < SchemaVersion) {
        if (!db.transaction())
            return fail(OpenError::CannotOpen, db.lastError().text());
        QList<const char *> statements;
        if (version == 0) {
            for (const char *statement : Schema)
                statements.append(statement);
        }
        if (version <= 1) {
            for (const char *statement : MigrationTo2)
                statements.append(statement);
        }
        for (const char *statement : statements) {
            if (!q.exec(QString::fromLatin1(statement))) {
                const QString error = q.lastError().text();
                db.rollback();
                return fail(OpenError::SchemaMismatch, error);
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
        if (!db.commit())
            return fail(OpenError::CannotOpen, db.lastError().text());
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit LIMIT 0").arg(QLatin1String(Columns))))
        return fail(OpenError::SchemaMismatch, q.lastError().text());
    m_open = true;
    m_openError = OpenError::None;
    m_errorString.clear();
    m_anchor->load(path);
    return true;
}

std::optional<qint64> AuditLog::append(AuditEntry entry) {
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_errorString = db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery q(db);
    QString previous;
    qint64 lastId = 0;
    if (q.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")) && q.next()) {
        lastId = q.value(0).toLongLong();
        previous = q.value(1).toString();
    }
    entry.id = lastId + 1;
    if (entry.state == AuditEntry::State::Intent)
        entry.intentId = entry.id;
    if (entry.timeMs == 0)
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.rowFormat = SchemaVersion;
    entry.hash = AuditFields::chainHash(previous, entry);

    q.prepare(QStringLiteral(
                  "INSERT INTO audit (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(Columns)));
    const QVariantList values = {
        entry.id,
        entry.intentId,
        entry.timeMs,
        entry.osUser,
        entry.profile,
        AuditEntry::actionName(entry.action),
        entry.groupId,
        entry.asset,
        entry.requestedAmount.toString(),
        entry.repayFrom,
        optionalText(entry.projectedLtv),
        AuditEntry::stateName(entry.state),
        entry.tranId,
        optionalText(entry.actualAmount),
        entry.exchangeCode,
        entry.exchangeMessage,
        entry.secondOperator,
        entry.exchangeTimeMs,
        entry.hash,
        entry.rowFormat,
        entry.baseUrl,
        optionalText(entry.liabilityBefore),
    };
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !db.commit()) {
        m_errorString = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    anchorHead();
    Q_EMIT entryAppended(entry);
    return entry.id;
}

std::optional<JournalAnchor::Head> AuditLog::head() const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!m_open || !q.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    return JournalAnchor::Head{q.value(0).toLongLong(), q.value(1).toString()};
}

bool AuditLog::holds(const JournalAnchor::Head &anchored) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT hash FROM audit WHERE id = ?"));
    q.addBindValue(anchored.id);
    return q.exec() && q.next() && q.value(0).toString() == anchored.hash;
}

void AuditLog::anchorHead() {
    const std::optional<JournalAnchor::Head> current = head();
    if (!current)
        return;
    // Never move the anchor off a journal that lost or changed its anchored row: the stored
    // head is the evidence Verify reports, and must survive the next action and a restart.
    if (const auto trusted = m_anchor->trusted(); trusted && !holds(*trusted))
        return;
    m_anchor->advance(*current);
}

QList<AuditEntry> AuditLog::select(const QString &where, const QVariantList &bind) const {
    QList<AuditEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit %2 ORDER BY id").arg(QLatin1String(Columns), where));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromRecord(q));
    return out;
}

QList<AuditEntry> AuditLog::entries() const {
    return select({}, {});
}

QList<AuditEntry> AuditLog::history(qint64 intentId) const {
    return select(QStringLiteral("WHERE intent_id = ?"), {intentId});
}

QList<AuditEntry> AuditLog::unresolved() const {
    QList<AuditEntry> out;
    const QList<AuditEntry> latest =
        select(QStringLiteral("WHERE id IN (SELECT MAX(id) FROM audit GROUP BY intent_id)"), {});
    for (const AuditEntry &e : latest) {
        if (!AuditEntry::isFinal(e.state))
            out.append(e);
    }
    return out;
}

bool AuditLog::isTranIdClaimed(const QString &tranId, qint64 exceptIntentId) const {
    if (!m_open || tranId.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM audit WHERE tran_id = ? AND intent_id <> ? LIMIT 1"));
    q.addBindValue(tranId);
    q.addBindValue(exceptIntentId);
    return q.exec() && q.next();
}

AuditVerification AuditLog::verify() const {
    AuditVerification v;
    v.anchor = m_anchor->status();
    v.anchorDetail = m_anchor->detail();
    const QList<AuditEntry> rows = entries();
    v.rows = rows.size();
    QString previous;
    qint64 expectedId = 1;
    for (const AuditEntry &e : rows) {
        if (e.id != expectedId) {
            v.chain = AuditVerification::Chain::RowsMissing;
            v.missingFrom = expectedId;
            v.missingTo = e.id - 1;
            return v;
        }
        if (AuditFields::chainHash(previous, e) != e.hash) {
            v.chain = AuditVerification::Chain::RowChanged;
            v.row = e.id;
            return v;
        }
        previous = e.hash;
        ++expectedId;
    }
    // The chain is whole from row 1 to its last row; only an anchor can tell whether that is
    // where it ended, and whether these are the rows it had.
    const qint64 lastId = rows.isEmpty() ? 0 : rows.last().id;
    qint64 covered = 0;
    for (const std::optional<JournalAnchor::Head> &anchored :
         {m_anchor->trusted(), m_anchor->expected()}) {
        if (!anchored)
            continue;
        if (anchored->id > lastId) {
            v.chain = AuditVerification::Chain::TailMissing;
            v.missingFrom = lastId + 1;
            v.missingTo = anchored->id;
            return v;
        }
        if (rows.at(anchored->id - 1).hash != anchored->hash) {
            v.chain = AuditVerification::Chain::Rewritten;
            v.row = anchored->id;
            return v;
        }
        covered = std::max(covered, anchored->id);
    }
    if (covered > 0 && covered < lastId)
        v.unanchoredFrom = covered + 1;
    return v;
}

} // namespace loandesk
