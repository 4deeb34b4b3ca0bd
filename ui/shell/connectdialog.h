#pragma once

#include "exchange/apicredentials.h"

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;

namespace loandesk {

// Asks for a base URL and an API key pair for this run. The secret is held in memory only and
// the field is cleared once read.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QUrl baseUrl() const;
    // Returns the credentials and clears the secret field.
    ApiCredentials takeCredentials();

    void accept() override;

private:
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QLabel *m_error;
};

} // namespace loandesk
