#pragma once

#include "profile.h"
#include "settingsfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace loandesk {

// The user's profiles, kept in one JSON file (AppConfigLocation/profiles.json) with a schema
// version. Older versions are migrated on load; a file edited into nonsense is moved aside and
// the store starts empty, with the reason in the load result. Holds no secrets: a field that
// looks like one in a hand-edited file is dropped. Plain value-owning class; GUI thread.
class ProfileStore {
public:
    static constexpr int SchemaVersion = 2;

    struct LoadResult {
        SettingsFile::Status status = SettingsFile::Status::Missing;
        QString movedTo;
        QString detail;
        bool migrated = false;       // an older schema was upgraded (and saved back)
        bool droppedSecrets = false; // a secret-like field was removed from the file
    };

    explicit ProfileStore(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    LoadResult load();
    bool save(QString *error = nullptr) const;

    QList<Profile> profiles() const { return m_profiles; }
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    // Adds or replaces the profile called `profile.name` (or `previousName` when renaming).
    void upsert(const Profile &profile, const QString &previousName = {});
    bool remove(const QString &name);
    QString lastUsed() const { return m_lastUsed; }
    void setLastUsed(const QString &name) { m_lastUsed = name; }

    // Upgrades a parsed root of an older schema in place; public for tests.
    static bool migrate(QJsonObject &root, int fromVersion, bool *droppedSecrets);

private:
    QString m_path;
    QList<Profile> m_profiles;
    QString m_lastUsed;
};

} // namespace loandesk
