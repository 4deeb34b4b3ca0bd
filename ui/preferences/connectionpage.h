#pragma once

#include "profilepage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace loandesk {

// The profiles and how each connects: name, URL, the parent key and its secret, key kind,
// read-only (turning trading on asks first), one credit key per unit, optional read-only keys
// of Portfolio Margin members (for the collateral by asset), and the proxy. Secrets
// typed here go to the keychain on save and the fields are cleared then.
class ConnectionPage final : public ProfilePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPage)

public:
    explicit ConnectionPage(QWidget *parent = nullptr);

    void setProfileNames(const QStringList &names, int current);
    // Also refuses a name an earlier profile already has.
    QString validate(const SettingsService::Values &edited, int profile) const override;
    // Key id → secret typed since the last take; clears every secret field.
    QHash<QString, QByteArray> takeSecrets();
    // Asked before trading is enabled; replaceable in tests.
    std::function<bool()> confirmTrading;

Q_SIGNALS:
    void currentProfileChanged(int index);
    void addRequested();
    void removeRequested(int index);

protected:
    void loadProfile(const Profile &profile) override;
    void applyProfile(Profile &profile) const override;

private:
    void addCreditRow(qint64 groupId, const QString &keyId);
    void addMemberRow(const QString &email, const QString &keyId);
    void onReadOnlyToggled(bool readOnly);

    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QComboBox *m_kind;
    QCheckBox *m_readOnly;
    QTableWidget *m_credit;
    QTableWidget *m_members;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLabel *m_secretNote;
};

} // namespace loandesk
