#pragma once

#include "settings/appsettings.h"
#include "settings/profilestore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace loandesk {

class AlertsPage;
class AppearancePage;
class BandsPage;
class ConnectionPage;
class HistoryPage;
class LimitsPage;
class OperatorsPage;
class PollingPage;
class ProfilePage;
class SecretStore;

// Settings as pages (a list on the left, one page at a time): Connection, Bands, Polling,
// Alerts, Limits, Operators, Appearance. Edits a copy; Save validates every profile, writes the
// profile, settings and operators files, and hands typed secrets to the SecretStore (clearing
// the fields).
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(SecretStore *secrets, QString profilesPath = ProfileStore::defaultPath(),
                   QString settingsPath = AppSettings::defaultPath(), QWidget *parent = nullptr);

    ConnectionPage *connectionPage() const { return m_connection; }
    QListWidget *pageList() const { return m_pages; }
    QList<Profile> profiles() const { return m_profiles; }
    // What happened on load or save, in words (e.g. the profile file was moved aside).
    QString message() const;
    bool save();

Q_SIGNALS:
    void saved();

private:
    void addPage(QWidget *page, const QString &title);
    void selectProfile(int index);
    void collect();
    void showMessage(const QString &text, bool error);

    SecretStore *m_secrets;
    ProfileStore m_store;
    QString m_settingsPath;
    QString m_operatorsPath;
    AppSettings m_settings;
    QList<Profile> m_profiles;
    int m_current = -1;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    ConnectionPage *m_connection;
    BandsPage *m_bands;
    PollingPage *m_polling;
    AlertsPage *m_alerts;
    LimitsPage *m_limits;
    OperatorsPage *m_operators;
    AppearancePage *m_appearance;
    HistoryPage *m_history;
    QList<ProfilePage *> m_profilePages;
    QLabel *m_message;
};

} // namespace loandesk
