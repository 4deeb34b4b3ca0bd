#pragma once

#include <QJsonObject>
#include <QString>

namespace loandesk {

// Reads and writes one versioned JSON settings file. A file that cannot be used (not JSON, not
// an object, no usable schemaVersion, or written by a newer LoanDesk) is moved aside as
// `<name>.bad-<yyyyMMddThhmmss>` so the caller can restore defaults without losing what the
// user wrote. Writes are atomic (QSaveFile). Plain functions; any thread.
class SettingsFile {
public:
    enum class Status {
        Ok,
        Missing, // no file yet: defaults, nothing moved
        Corrupt, // unreadable or nonsense: moved aside, defaults
        TooNew,  // a newer schema than this build knows: moved aside, defaults
    };

    struct Loaded {
        Status status = Status::Missing;
        QJsonObject root;
        int version = 0;
        QString movedTo; // where the unusable file now is
        QString detail;  // what was wrong, for logs and the UI (never file contents)
    };

    static Loaded read(const QString &path, int currentVersion);
    static bool write(const QString &path, int version, QJsonObject root, QString *error);
    // Renames `path` to `path.bad-<time>`; returns the new name (empty on failure).
    static QString moveAside(const QString &path);
    // Marks an already read file as unusable after a semantic check failed.
    static void reject(Loaded &loaded, const QString &path, const QString &detail);
};

} // namespace loandesk
