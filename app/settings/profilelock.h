#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

namespace loandesk {

// One LoanDesk per profile. Two desks on one profile would share its journal, history and alert
// log and could each send the same borrow; the second is refused. The lock is a QLockFile in the
// app data location, held for as long as this object lives. A lock left by a crashed LoanDesk
// (its process is gone) is taken over. Headless snapshots only read and take no lock.
class ProfileLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLock)

public:
    // Demo mode, a saved profile by name, or a connection without a profile by its host.
    enum class Kind { Demo, Profile, Connection };

    struct Holder {
        bool held = false; // false: the lock file could not be created at all
        qint64 pid = 0;    // 0 when the lock file could not be read
        QString hostName;
        QString appName;
    };

    // The lock, owned by `parent`; nullptr when another LoanDesk holds it (then `holder` says
    // which, as far as the lock file tells) or the lock file cannot be created.
    static ProfileLock *tryLock(Kind kind, const QString &name, QObject *parent,
                                Holder *holder = nullptr);
    // AppDataLocation/locks/<kind>-<name, percent-encoded>.lock
    static QString pathFor(Kind kind, const QString &name);

private:
    explicit ProfileLock(const QString &path, QObject *parent);

    QLockFile m_file;
};

} // namespace loandesk
