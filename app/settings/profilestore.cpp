#include "profilestore.h"

#include <QJsonArray>
#include <QStandardPaths>

#include <algorithm>

namespace loandesk {

namespace {

// Field names a hand-edited or foreign file might use for a secret. They never belong here.
bool looksLikeSecret(const QString &key) {
    const QString k = key.toLower();
    return k.contains(u"secret") || k.contains(u"password") || k.contains(u"privatekey") ||
           k.contains(u"private_key");
}

bool dropSecrets(QJsonObject &o) {
    bool dropped = false;
    for (const QString &key : o.keys()) {
        if (looksLikeSecret(key)) {
            o.remove(key);
            dropped = true;
        }
    }
    return dropped;
}

} // namespace

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path)) {}

QString ProfileStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/profiles.json");
}

bool ProfileStore::migrate(QJsonObject &root, int fromVersion, bool *droppedSecrets) {
    QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QJsonObject p = profiles.at(i).toObject();
        if (fromVersion < 2) {
            // Version 1 called the base URL "url" and the parent key "apiKey", and had only
            // HMAC keys.
            if (p.contains(QStringLiteral("url")))
                p.insert(QStringLiteral("baseUrl"), p.take(QStringLiteral("url")));
            if (p.contains(QStringLiteral("apiKey")))
                p.insert(QStringLiteral("parentKeyId"), p.take(QStringLiteral("apiKey")));
            p.insert(QStringLiteral("keyKind"), QStringLiteral("hmac"));
        }
        if (dropSecrets(p) && droppedSecrets)
            *droppedSecrets = true;
        profiles[i] = p;
    }
    root.insert(QStringLiteral("profiles"), profiles);
    return true;
}

ProfileStore::LoadResult ProfileStore::load() {
    m_profiles.clear();
    m_lastUsed.clear();
    LoadResult result;
    SettingsFile::Loaded file = SettingsFile::read(m_path, SchemaVersion);
    result.status = file.status;
    result.detail = file.detail;
    result.movedTo = file.movedTo;
    if (file.status != SettingsFile::Status::Ok)
        return result;

    QJsonObject root = file.root;
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    if (!list.isArray() && !list.isUndefined()) {
        SettingsFile::reject(file, m_path, QStringLiteral("\"profiles\" is not an array"));
        return {file.status, file.movedTo, file.detail};
    }
    migrate(root, file.version, &result.droppedSecrets);
    result.migrated = file.version < SchemaVersion;

    QList<Profile> loaded;
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QString error;
        const Profile p = profiles.at(i).isObject()
                              ? Profile::fromJson(profiles.at(i).toObject(), &error)
                              : Profile{};
        const bool duplicate = std::any_of(loaded.cbegin(), loaded.cend(),
                                           [&p](const Profile &q) { return q.name == p.name; });
        if (!profiles.at(i).isObject() || !error.isEmpty() || p.name.trimmed().isEmpty() ||
            duplicate) {
            const QString why = !profiles.at(i).isObject() ? QStringLiteral("not an object")
                                : !error.isEmpty()         ? error + QStringLiteral(" is invalid")
                                : duplicate                ? QStringLiteral("duplicate name")
                                                           : QStringLiteral("no name");
            SettingsFile::reject(file, m_path, QStringLiteral("profiles[%1]: %2").arg(i).arg(why));
            return {file.status, file.movedTo, file.detail};
        }
        loaded.append(p);
    }
    m_profiles = loaded;
    m_lastUsed = root.value(QStringLiteral("lastUsed")).toString();
    // Write the upgraded (or cleaned) form back so the old one is not read again.
    if (result.migrated || result.droppedSecrets)
        save();
    return result;
}

bool ProfileStore::save(QString *error) const {
    QJsonArray profiles;
    for (const Profile &p : m_profiles)
        profiles.append(p.toJson());
    QJsonObject root{{QStringLiteral("profiles"), profiles}};
    if (!m_lastUsed.isEmpty())
        root.insert(QStringLiteral("lastUsed"), m_lastUsed);
    return SettingsFile::write(m_path, SchemaVersion, root, error);
}

QStringList ProfileStore::names() const {
    QStringList out;
    for (const Profile &p : m_profiles)
        out.append(p.name);
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const {
    for (const Profile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::upsert(const Profile &profile, const QString &previousName) {
    const QString match = previousName.isEmpty() ? profile.name : previousName;
    for (Profile &p : m_profiles) {
        if (p.name == match) {
            p = profile;
            if (m_lastUsed == match)
                m_lastUsed = profile.name;
            return;
        }
    }
    m_profiles.append(profile);
}

bool ProfileStore::remove(const QString &name) {
    const auto removed = m_profiles.removeIf([&name](const Profile &p) { return p.name == name; });
    if (m_lastUsed == name)
        m_lastUsed.clear();
    return removed > 0;
}

} // namespace loandesk
