#pragma once

#include "settings/settingsservice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace loandesk {

class ConnectionPage;
class SecretStore;
class SettingsPage;

// Settings as pages (a list on the left, one page at a time): Connection, Bands, Polling,
// Alerts, Limits, Operators, Appearance, History. Edits a copy of the SettingsService's values;
// Save has every page validate it, shows the first page that refuses with its reason, and
// otherwise hands the copy to the service (which writes the files and tells every follower)
// and typed secrets to the SecretStore (clearing the fields).
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(SettingsService *settings, SecretStore *secrets, QWidget *parent = nullptr);

    ConnectionPage *connectionPage() const { return m_connection; }
    QListWidget *pageList() const { return m_pages; }
    QList<Profile> profiles() const { return m_edited.profiles; }
    // What happened on load or save, in words (e.g. the profile file was moved aside).
    QString message() const;
    bool save();

Q_SIGNALS:
    void saved();

private:
    void addPage(SettingsPage *page, const QString &title);
    void selectProfile(int index);
    void collect();
    bool validate();
    void showLoadReport();
    void showMessage(const QString &text, bool error);

    SettingsService *m_settings;
    SecretStore *m_secrets;
    SettingsService::Values m_edited;
    int m_current = -1;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    ConnectionPage *m_connection;
    QList<SettingsPage *> m_pageList; // in the order of the list on the left
    QLabel *m_message;
};

} // namespace loandesk
