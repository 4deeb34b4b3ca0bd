#pragma once

#include "settingsfile.h"

#include <QString>

namespace loandesk {

// Settings of the application rather than of an account: display, language, sound. Stored in
// AppConfigLocation/settings.json with its own schema version; never holds a secret.
struct AppSettings {
    static constexpr int SchemaVersion = 1;

    enum class TimeZone { Utc, Local };
    enum class Theme { System, Light, Dark };

    TimeZone timeZone = TimeZone::Utc; // treasury desks across zones compare times in UTC
    QString language;                  // empty: the system's
    QString reportLanguage;            // PDF reports; empty: the interface's
    Theme theme = Theme::System;
    bool muteSounds = false; // critical alerts still sound
    bool trayNotifications = true;
    QString lastProfile;
    // Days of LTV history kept in local history files; 0 keeps everything. Added without a
    // schema bump: older builds ignore the key instead of setting the whole file aside.
    int historyRetentionDays = 0;
    static constexpr int MaxRetentionDays = 3650;

    static QString defaultPath();
    // Defaults when the file is missing or unusable; `status` says which.
    static AppSettings load(const QString &path = defaultPath(),
                            SettingsFile::Loaded *status = nullptr);
    bool save(const QString &path = defaultPath(), QString *error = nullptr) const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace loandesk
