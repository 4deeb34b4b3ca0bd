#include "settingsfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace loandesk {

namespace {
const QString VersionKey = QStringLiteral("schemaVersion");
}

QString SettingsFile::moveAside(const QString &path) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz"));
    QString target = path + QStringLiteral(".bad-") + stamp;
    for (int i = 1; QFile::exists(target); ++i)
        target = path + QStringLiteral(".bad-") + stamp + u'-' + QString::number(i);
    return QFile::rename(path, target) ? target : QString();
}

void SettingsFile::reject(Loaded &loaded, const QString &path, const QString &detail) {
    loaded.status = Status::Corrupt;
    loaded.detail = detail;
    loaded.root = {};
    loaded.movedTo = moveAside(path);
}

SettingsFile::Loaded SettingsFile::read(const QString &path, int currentVersion) {
    Loaded out;
    QFile file(path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable is not nonsense: leave the file where it is.
        out.status = Status::Corrupt;
        out.detail = file.errorString();
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError) {
        reject(out, path,
               QStringLiteral("not JSON (%1 at offset %2)")
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
        return out;
    }
    if (!doc.isObject()) {
        reject(out, path, QStringLiteral("not a JSON object"));
        return out;
    }
    const QJsonValue version = doc.object().value(VersionKey);
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != version.toInt()) {
        reject(out, path, QStringLiteral("no usable schemaVersion"));
        return out;
    }
    if (version.toInt() > currentVersion) {
        out = {};
        out.status = Status::TooNew;
        out.detail = QStringLiteral("schemaVersion %1 is newer than %2")
                         .arg(version.toInt())
                         .arg(currentVersion);
        out.movedTo = moveAside(path);
        return out;
    }
    out.status = Status::Ok;
    out.root = doc.object();
    out.version = version.toInt();
    return out;
}

bool SettingsFile::write(const QString &path, int version, QJsonObject root, QString *error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    root.insert(VersionKey, version);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Only the owner reads it: key ids and account layout are not secrets, but are private.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace loandesk
