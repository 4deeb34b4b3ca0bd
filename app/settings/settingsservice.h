#pragma once

#include "appsettings.h"
#include "operatorregistry.h"
#include "profile.h"
#include "profilestore.h"
#include "settingsfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace loandesk {

// The one in-memory copy of what the user configured: application settings, profiles and the
// operator registry. Read from disk once (load()); every reader asks this object, never the
// files, and every change goes through it so it can tell followers exactly what changed
// (modelled on KeePassXC's Config::changed and Bitcoin Core's OptionsModel). Lives on the GUI
// thread; QtCore only. Holds no secret: the files it writes never contain one.
class SettingsService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsService)

public:
    struct Paths {
        QString app = AppSettings::defaultPath();
        QString profiles = ProfileStore::defaultPath();
        QString operators = OperatorRegistry::defaultPath();
    };

    // Everything the settings dialog edits, as one copy it hands back whole.
    struct Values {
        AppSettings app;
        QList<Profile> profiles;
        OperatorRegistry operators;
        bool operator==(const Values &) const = default;
    };

    // What load() found, per file; the dialog words it. Kept until a save succeeds, since a
    // successful save replaces the files it describes.
    struct LoadReport {
        SettingsFile::Loaded app;
        ProfileStore::LoadResult profiles; // moved aside, migrated, dropped secrets
        SettingsFile::Loaded operators;
    };

    explicit SettingsService(QObject *parent = nullptr); // the default paths
    explicit SettingsService(Paths paths, QObject *parent = nullptr);

    // Reads the three files (defaults for a missing or unusable one, which is moved aside) and
    // replaces the copy without emitting: call it once, before anyone follows.
    const LoadReport &load();
    const LoadReport &loadReport() const { return m_report; }
    const Paths &paths() const { return m_paths; }

    const AppSettings &app() const { return m_values.app; }
    const QList<Profile> &profiles() const { return m_values.profiles; }
    QStringList profileNames() const;
    std::optional<Profile> profile(const QString &name) const;
    const OperatorRegistry &operators() const { return m_values.operators; }
    const Values &values() const { return m_values; }

    // Writes the files that differ from the copy (each atomically), then adopts `edited` and
    // emits what changed. On any failure the files already replaced are written back, the
    // copy stays as it was, nothing is emitted, and the error text is returned; empty when
    // saved. Profiles are expected to be valid (Profile::validate()); the caller checks.
    [[nodiscard]] QString save(const Values &edited);
    // The View menu's quick changes; same contract as save().
    [[nodiscard]] QString setTimeZone(AppSettings::TimeZone zone);
    [[nodiscard]] QString setTheme(AppSettings::Theme theme);

Q_SIGNALS:
    // Each is emitted after the files are written and the copy is updated, only for what
    // actually changed, in this order, followed by one changed().
    void timeZoneChanged(AppSettings::TimeZone zone);          // dates in every window
    void themeChanged(AppSettings::Theme theme);               // palette and style
    void languageChanged(const QString &language);             // applies after a restart
    void reportLanguageChanged(const QString &reportLanguage); // PDF reports; empty: the UI's
    void historyRetentionChanged(int days);                    // 0 keeps everything
    void alertDeliveryChanged(bool muteSounds, bool trayNotifications);
    // A profile that exists before and after with the same name changed in any field: bands,
    // limits, alerts, read-only, polling, keys, proxy, URL.
    void profileChanged(const QString &name);
    void profilesChanged();  // a profile was added, removed or renamed
    void operatorsChanged(); // registered, removed, PIN or logins changed
    void changed();          // anything above, or a field without its own signal (lastProfile)

private:
    void emitChanges(const Values &before);

    Paths m_paths;
    ProfileStore m_store; // keeps the profile file's lastUsed across saves
    Values m_values;
    LoadReport m_report;
};

} // namespace loandesk
