#include "appsettings.h"

#include <QStandardPaths>

#include <algorithm>

namespace loandesk {

namespace {

QString themeKey(AppSettings::Theme theme) {
    switch (theme) {
    case AppSettings::Theme::Light:
        return QStringLiteral("light");
    case AppSettings::Theme::Dark:
        return QStringLiteral("dark");
    case AppSettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

QString AppSettings::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/settings.json");
}

AppSettings AppSettings::load(const QString &path, SettingsFile::Loaded *status) {
    SettingsFile::Loaded file = SettingsFile::read(path, SchemaVersion);
    AppSettings s;
    if (file.status == SettingsFile::Status::Ok) {
        const QJsonObject &o = file.root;
        const QString zone = o.value(QStringLiteral("timeZone")).toString(QStringLiteral("utc"));
        const QString theme = o.value(QStringLiteral("theme")).toString(QStringLiteral("system"));
        const int retention = o.value(QStringLiteral("historyRetentionDays")).toInt(-1);
        if (zone != u"utc" && zone != u"local") {
            SettingsFile::reject(file, path, QStringLiteral("timeZone is not utc or local"));
        } else if (o.contains(QStringLiteral("historyRetentionDays")) &&
                   (retention < 0 || retention > MaxRetentionDays)) {
            // Guessing here could delete history the user meant to keep.
            SettingsFile::reject(
                file, path,
                QStringLiteral("historyRetentionDays is not 0 to %1").arg(MaxRetentionDays));
        } else {
            s.historyRetentionDays = std::max(0, retention);
            s.timeZone = zone == u"local" ? TimeZone::Local : TimeZone::Utc;
            s.theme = theme == u"dark"    ? Theme::Dark
                      : theme == u"light" ? Theme::Light
                                          : Theme::System;
            s.language = o.value(QStringLiteral("language")).toString();
            s.reportLanguage = o.value(QStringLiteral("reportLanguage")).toString();
            s.muteSounds = o.value(QStringLiteral("muteSounds")).toBool(false);
            s.trayNotifications = o.value(QStringLiteral("trayNotifications")).toBool(true);
            s.lastProfile = o.value(QStringLiteral("lastProfile")).toString();
        }
    }
    if (file.status != SettingsFile::Status::Ok)
        s = AppSettings{};
    if (status)
        *status = file;
    return s;
}

bool AppSettings::save(const QString &path, QString *error) const {
    const QJsonObject root{{QStringLiteral("timeZone"), timeZone == TimeZone::Local
                                                            ? QStringLiteral("local")
                                                            : QStringLiteral("utc")},
                           {QStringLiteral("language"), language},
                           {QStringLiteral("reportLanguage"), reportLanguage},
                           {QStringLiteral("theme"), themeKey(theme)},
                           {QStringLiteral("muteSounds"), muteSounds},
                           {QStringLiteral("trayNotifications"), trayNotifications},
                           {QStringLiteral("lastProfile"), lastProfile},
                           {QStringLiteral("historyRetentionDays"), historyRetentionDays}};
    return SettingsFile::write(path, SchemaVersion, root, error);
}

} // namespace loandesk
