#pragma once

#include "settingspage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace loandesk {

// Settings → Operators: the people who borrow, repay and confirm with four-eyes on this desk,
// each with the OS login(s) they use here. Adding one sets their PIN; changing a PIN or the
// logins takes the current one. PINs are hashed as soon as they are entered and the fields
// cleared; the page holds hashes only.
class OperatorsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorsPage)

public:
    explicit OperatorsPage(QWidget *parent = nullptr);

    void load(const SettingsService::Values &edited, int profile) override;
    void apply(SettingsService::Values &edited, int profile) const override;

Q_SIGNALS:
    void changed();

private:
    void addOperator();
    void changePin();
    void changeLogins();
    void removeOperator();
    void refresh();
    void clearPins();
    bool newPinsMatch();
    void report(OperatorRegistry::Change change, const QString &done);

    OperatorRegistry m_registry;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_logins;
    QLineEdit *m_currentPin;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_setLogins;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace loandesk
