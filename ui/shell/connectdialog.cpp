#include "connectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace loandesk {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(QStringLiteral("https://api.binance.com"), this))
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Connect an account"));
    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_secret->setObjectName(QStringLiteral("apiSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_url->setAccessibleName(tr("Exchange base URL"));
    m_key->setAccessibleName(tr("API key"));
    m_secret->setAccessibleName(tr("API secret"));
    auto *form = new QFormLayout;
    form->addRow(tr("Exchange &URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("API &secret:"), m_secret);
    auto *note = new QLabel(tr("Use the parent account's key to monitor every risk unit. The "
                               "secret is kept in memory for this session only."),
                            this);
    note->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03000"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QUrl ConnectDialog::baseUrl() const {
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

ApiCredentials ConnectDialog::takeCredentials() {
    ApiCredentials c{m_key->text().trimmed(), m_secret->text().toUtf8()};
    m_secret->clear();
    return c;
}

void ConnectDialog::accept() {
    const QUrl url = baseUrl();
    const bool loopback = url.host() == u"127.0.0.1" || url.host() == u"localhost";
    if (!url.isValid() || !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback))) {
        m_error->setText(
            tr("The URL must start with https:// (plain http only to this computer)."));
        m_error->show();
        return;
    }
    if (m_key->text().trimmed().isEmpty() || m_secret->text().isEmpty()) {
        m_error->setText(tr("Enter both the API key and its secret."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace loandesk
