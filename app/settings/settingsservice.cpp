#include "settingsservice.h"

#include <functional>

namespace loandesk {

namespace {

QStringList namesOf(const QList<Profile> &profiles) {
    QStringList names;
    for (const Profile &p : profiles)
        names.append(p.name);
    return names;
}

} // namespace

SettingsService::SettingsService(QObject *parent)
    : SettingsService(Paths{}, parent) {}

SettingsService::SettingsService(Paths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_store(m_paths.profiles) {}

const SettingsService::LoadReport &SettingsService::load() {
    m_report = {};
    m_report.profiles = m_store.load();
    m_values.profiles = m_store.profiles();
    m_values.app = AppSettings::load(m_paths.app, &m_report.app);
    m_values.operators = OperatorRegistry::load(m_paths.operators, &m_report.operators);
    return m_report;
}

QStringList SettingsService::profileNames() const {
    return namesOf(m_values.profiles);
}

std::optional<Profile> SettingsService::profile(const QString &name) const {
    for (const Profile &p : m_values.profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString SettingsService::save(const Values &edited) {
    const Values before = m_values;
    if (edited == before)
        return {};

    ProfileStore store = m_store;
    const QString lastUsed = store.lastUsed();
    for (const QString &name : store.names())
        store.remove(name);
    for (const Profile &p : edited.profiles)
        store.upsert(p);
    if (namesOf(edited.profiles).contains(lastUsed))
        store.setLastUsed(lastUsed);

    // One file after the other, each atomic (QSaveFile); a later failure writes the earlier
    // ones back, so the files and the copy never disagree about a save that was refused.
    QList<std::function<void()>> undo;
    QString error;
    const auto rollBack = [&undo] {
        for (auto it = undo.crbegin(); it != undo.crend(); ++it)
            (*it)();
    };
    if (edited.profiles != before.profiles) {
        if (!store.save(&error))
            return error;
        undo.append([this] { m_store.save(); });
    }
    if (edited.app != before.app) {
        if (!edited.app.save(m_paths.app, &error)) {
            rollBack();
            return error;
        }
        undo.append([this, before] { before.app.save(m_paths.app); });
    }
    if (edited.operators != before.operators) {
        if (!edited.operators.save(m_paths.operators, &error)) {
            rollBack();
            return error;
        }
    }
    m_store = store;
    m_values = edited;
    m_report = {};
    emitChanges(before);
    return {};
}

QString SettingsService::setTimeZone(AppSettings::TimeZone zone) {
    Values edited = m_values;
    edited.app.timeZone = zone;
    return save(edited);
}

QString SettingsService::setTheme(AppSettings::Theme theme) {
    Values edited = m_values;
    edited.app.theme = theme;
    return save(edited);
}

void SettingsService::emitChanges(const Values &before) {
    const AppSettings &was = before.app;
    const AppSettings &now = m_values.app;
    if (now.timeZone != was.timeZone)
        Q_EMIT timeZoneChanged(now.timeZone);
    if (now.theme != was.theme)
        Q_EMIT themeChanged(now.theme);
    if (now.language != was.language)
        Q_EMIT languageChanged(now.language);
    if (now.reportLanguage != was.reportLanguage)
        Q_EMIT reportLanguageChanged(now.reportLanguage);
    if (now.historyRetentionDays != was.historyRetentionDays)
        Q_EMIT historyRetentionChanged(now.historyRetentionDays);
    if (now.muteSounds != was.muteSounds || now.trayNotifications != was.trayNotifications)
        Q_EMIT alertDeliveryChanged(now.muteSounds, now.trayNotifications);

    for (const Profile &p : std::as_const(m_values.profiles)) {
        for (const Profile &old : before.profiles) {
            if (old.name == p.name && old != p)
                Q_EMIT profileChanged(p.name);
        }
    }
    if (namesOf(m_values.profiles) != namesOf(before.profiles))
        Q_EMIT profilesChanged();
    if (m_values.operators != before.operators)
        Q_EMIT operatorsChanged();
    Q_EMIT changed();
}

} // namespace loandesk
