#pragma once

#include "async/requestscope.h"

#include <QObject>
#include <QString>

#include <optional>

namespace loandesk {

class SecretStore;

// The audit journal's chain head (last row id and hash), kept outside the journal file in the
// keychain, so deleting the journal's last rows or recomputing its whole chain shows at Verify:
// neither can be done by editing the file alone. One keychain entry per journal file. Writes
// are serialised (at most one in flight; the newest head wins). GUI thread.
class JournalAnchor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalAnchor)

public:
    struct Head {
        qint64 id = 0;
        QString hash;
        friend bool operator==(const Head &, const Head &) = default;
    };

    enum class Status {
        NotConfigured, // no secret store: nothing is anchored (tests, tools)
        Loading,       // the stored head is being read
        Anchored,      // the keychain holds the head
        NoAnchorYet,   // the keychain holds none for this journal (new, moved, entry removed)
        MemoryOnly,    // no keychain service: the head is kept for this run only
        Failed,        // the keychain refused (locked, denied, unreadable entry); see detail()
    };

    // `store` may be null; it must outlive this object.
    explicit JournalAnchor(SecretStore *store, QObject *parent = nullptr);
    ~JournalAnchor() override;

    // Starts reading the head stored for the journal at `journalPath`; emits loaded().
    void load(const QString &journalPath);
    // Records `head` as this run's newest head and stores it. The caller checks first that the
    // journal still holds trusted(): an anchor never moves off a damaged chain.
    void advance(const Head &head);

    Status status() const { return m_status; }
    QString detail() const { return m_detail; } // English, for logs
    // The newest head the store is known to hold (read at load or written since).
    std::optional<Head> trusted() const { return m_trusted; }
    // The newest head this run appended, stored or not yet.
    std::optional<Head> expected() const { return m_expected; }

    // The keychain entry name for a journal file: not secret, stable while the file stays put.
    static QString entryName(const QString &journalPath);

Q_SIGNALS:
    void loaded();

private:
    void write();

    SecretStore *m_store;
    QString m_name;
    Status m_status = Status::NotConfigured;
    QString m_detail;
    std::optional<Head> m_trusted;
    std::optional<Head> m_expected;
    bool m_writing = false;
    RequestScope m_requests; // a load() for another journal drops the old one's results
};

} // namespace loandesk
