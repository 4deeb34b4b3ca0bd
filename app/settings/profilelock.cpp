#include "profilelock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace loandesk {

ProfileLock::ProfileLock(const QString &path, QObject *parent)
    : QObject(parent)
    , m_file(path) {
    // Held for the whole run: never "stale" by age, only when its process is gone.
    m_file.setStaleLockTime(0);
}

QString ProfileLock::pathFor(Kind kind, const QString &name) {
    QString file;
    switch (kind) {
    case Kind::Demo:
        file = QStringLiteral("demo");
        break;
    case Kind::Profile:
        file = QStringLiteral("profile-") + QString::fromLatin1(QUrl::toPercentEncoding(name));
        break;
    case Kind::Connection:
        file = QStringLiteral("connection-") +
               QString::fromLatin1(QUrl::toPercentEncoding(name.toLower()));
        break;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/locks/") + file + QStringLiteral(".lock");
}

ProfileLock *ProfileLock::tryLock(Kind kind, const QString &name, QObject *parent, Holder *holder) {
    const QString path = pathFor(kind, name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *lock = new ProfileLock(path, parent);
    if (lock->m_file.tryLock(0))
        return lock;
    if (holder) {
        *holder = Holder{};
        holder->held = lock->m_file.error() == QLockFile::LockFailedError;
        if (holder->held &&
            !lock->m_file.getLockInfo(&holder->pid, &holder->hostName, &holder->appName))
            holder->pid = 0;
    }
    delete lock;
    return nullptr;
}

} // namespace loandesk
