#pragma once

#include "auditentry.h"
#include "auditverification.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace loandesk {

// The append-only journal of every borrow and repay attempt, in SQLite (own connection,
// WAL, synchronous=FULL so a row is on disk before the request leaves). Rows are never
// updated or deleted; each stores SHA-256(previous row's hash + its canonical content), so an
// edit made behind LoanDesk's back breaks the chain and verify() names the first broken row.
// With an anchor store, every append also stores the chain head outside the file
// (JournalAnchor), so cutting rows off the end or recomputing the chain shows too.
// Lives on the GUI thread.
class AuditLog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    static constexpr int SchemaVersion = 2;

    enum class OpenError {
        None,
        CannotOpen,     // file or directory not writable, not a database, …
        FromTheFuture,  // user_version newer than this build understands: left untouched
        SchemaMismatch, // a table we did not create
    };

    explicit AuditLog(QObject *parent = nullptr);
    ~AuditLog() override;

    // Where the chain head is anchored (the keychain in the app); call before open(). Without
    // one the log works as before and verify() says its end is not anchored.
    void setAnchorStore(SecretStore *store);
    const JournalAnchor *anchor() const { return m_anchor; }

    bool open(const QString &path);
    bool isOpen() const { return m_open; }
    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_errorString; } // English, for logs
    QString path() const { return m_path; }

    // Appends `entry` (id, time if 0, hash filled in; intentId = id for INTENT rows) and returns
    // the new row's id, or nullopt when it could not be written durably.
    std::optional<qint64> append(AuditEntry entry);

    QList<AuditEntry> entries() const; // oldest first
    QList<AuditEntry> history(qint64 intentId) const;
    // The latest row of every action whose latest state is not final.
    QList<AuditEntry> unresolved() const;
    // Whether another action already claimed this exchange transaction id.
    bool isTranIdClaimed(const QString &tranId, qint64 exceptIntentId) const;

    // The chain inside the file, then its end against the anchored head(s).
    AuditVerification verify() const;

    static QString defaultPath(); // AppDataLocation/audit.sqlite
    // AppDataLocation/demo/audit.sqlite: demo mode's own journal, so a demo borrow never shows in
    // a real desk's Activity or audit CSV, and no real action is checked against the simulator.
    static QString demoPath();

Q_SIGNALS:
    void entryAppended(const loandesk::AuditEntry &entry);

private:
    bool fail(OpenError error, const QString &message);
    QList<AuditEntry> select(const QString &where, const QVariantList &bind) const;
    std::optional<JournalAnchor::Head> head() const;
    bool holds(const JournalAnchor::Head &head) const;
    void anchorHead();

    JournalAnchor *m_anchor;
    QString m_connection;
    QString m_path;
    QString m_errorString;
    OpenError m_openError = OpenError::None;
    bool m_open = false;
};

} // namespace loandesk
