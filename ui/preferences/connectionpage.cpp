#include "connectionpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loandesk {

ConnectionPage::ConnectionPage(QWidget *parent)
    : ProfilePage({Profile::Issue::EmptyName, Profile::Issue::BadUrl, Profile::Issue::NoKey,
                   Profile::Issue::BadProxy},
                  parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only: monitor only, never borrow or repay"), this))
    , m_credit(new QTableWidget(0, 3, this))
    , m_members(new QTableWidget(0, 3, this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_secretNote(new QLabel(this)) {
    setObjectName(QStringLiteral("connectionPage"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_secret->setObjectName(QStringLiteral("apiSecretEdit"));
    m_kind->setObjectName(QStringLiteral("keyKindCombo"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_credit->setObjectName(QStringLiteral("creditKeysTable"));
    m_proxyMode->setObjectName(QStringLiteral("proxyModeCombo"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("stored in the keychain — type only to replace it"));
    m_kind->addItem(tr("HMAC-SHA256 (secret key)"));
    m_kind->addItem(tr("Ed25519 (private key PEM)"));
    m_proxyMode->addItems({tr("System settings"), tr("No proxy"), tr("HTTP"), tr("SOCKS5")});
    m_proxyPort->setRange(0, 65535);
    m_proxyHost->setPlaceholderText(tr("host"));
    m_credit->setHorizontalHeaderLabels({tr("Risk unit"), tr("Credit API key"), tr("Secret")});
    m_credit->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_credit->verticalHeader()->hide();
    m_credit->setMinimumHeight(110);
    m_members->setObjectName(QStringLiteral("memberKeysTable"));
    m_members->setHorizontalHeaderLabels(
        {tr("Portfolio Margin member (email)"), tr("Read-only API key"), tr("Secret")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setMinimumHeight(90);
    m_members->setToolTip(tr("The exchange shows a Portfolio Margin sub-account's assets only to "
                             "that sub-account's own key. Without one, its wallet counts as a "
                             "whole in the collateral by asset."));
    m_url->setAccessibleName(tr("Exchange base URL"));
    m_key->setAccessibleName(tr("Parent API key"));
    m_secret->setAccessibleName(tr("Parent API secret"));
    m_secretNote->setWordWrap(true);

    auto *add = new QPushButton(tr("&New"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    add->setObjectName(QStringLiteral("addProfileButton"));
    remove->setObjectName(QStringLiteral("deleteProfileButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *proxy = new QHBoxLayout;
    proxy->addWidget(m_proxyMode);
    proxy->addWidget(m_proxyHost, 1);
    proxy->addWidget(m_proxyPort);
    auto *addCredit = new QPushButton(tr("Add credit &key"), this);
    auto *addMember = new QPushButton(tr("Add &member key"), this);
    addMember->setObjectName(QStringLiteral("addMemberKeyButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Exchange &URL:"), m_url);
    form->addRow(tr("Parent API &key:"), m_key);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("Key &type:"), m_kind);
    form->addRow(QString(), m_readOnly);
    form->addRow(tr("Credit keys:"), m_credit);
    form->addRow(QString(), addCredit);
    form->addRow(tr("PM member keys:"), m_members);
    form->addRow(QString(), addMember);
    form->addRow(tr("Proxy:"), proxy);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_secretNote);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);

    m_secretNote->setText(tr("The parent key monitors every risk unit. Borrowing, repaying and "
                             "the records need each unit's credit key; without it the unit is "
                             "monitored read-only. Secrets are kept in the system keychain, "
                             "never in LoanDesk's files."));
    confirmTrading = [this] {
        return QMessageBox::question(
                   this, tr("Enable borrowing and repaying?"),
                   tr("With trading enabled, LoanDesk can borrow and repay with this profile's "
                      "credit keys. Every action still asks for confirmation. Enable it?")) ==
               QMessageBox::Yes;
    };
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionPage::currentProfileChanged);
    connect(add, &QPushButton::clicked, this, &ConnectionPage::addRequested);
    connect(remove, &QPushButton::clicked, this,
            [this] { Q_EMIT removeRequested(m_list->currentRow()); });
    connect(addCredit, &QPushButton::clicked, this, [this] { addCreditRow(0, QString()); });
    connect(addMember, &QPushButton::clicked, this, [this] { addMemberRow({}, {}); });
    connect(m_readOnly, &QCheckBox::toggled, this, &ConnectionPage::onReadOnlyToggled);
    auto syncProxy = [this] {
        const bool explicitProxy = m_proxyMode->currentIndex() >= 2;
        m_proxyHost->setEnabled(explicitProxy);
        m_proxyPort->setEnabled(explicitProxy);
    };
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, syncProxy);
    syncProxy();
}

void ConnectionPage::onReadOnlyToggled(bool readOnly) {
    if (readOnly || !confirmTrading || confirmTrading())
        return;
    const QSignalBlocker block(m_readOnly);
    m_readOnly->setChecked(true);
}

void ConnectionPage::setProfileNames(const QStringList &names, int current) {
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItems(names);
    m_list->setCurrentRow(current);
    setEnabled(true);
}

void ConnectionPage::addCreditRow(qint64 groupId, const QString &keyId) {
    const int row = m_credit->rowCount();
    m_credit->insertRow(row);
    m_credit->setItem(row, 0,
                      new QTableWidgetItem(groupId > 0 ? QString::number(groupId) : QString()));
    m_credit->setItem(row, 1, new QTableWidgetItem(keyId));
    auto *secret = new QLineEdit(m_credit);
    secret->setEchoMode(QLineEdit::Password);
    secret->setFrame(false);
    secret->setPlaceholderText(keyId.isEmpty() ? tr("secret") : tr("in keychain"));
    m_credit->setCellWidget(row, 2, secret);
}

void ConnectionPage::addMemberRow(const QString &email, const QString &keyId) {
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, 0, new QTableWidgetItem(email));
    m_members->setItem(row, 1, new QTableWidgetItem(keyId));
    auto *secret = new QLineEdit(m_members);
    secret->setEchoMode(QLineEdit::Password);
    secret->setFrame(false);
    secret->setPlaceholderText(keyId.isEmpty() ? tr("secret") : tr("in keychain"));
    m_members->setCellWidget(row, 2, secret);
}

void ConnectionPage::loadProfile(const Profile &p) {
    const QSignalBlocker block(m_readOnly);
    m_name->setText(p.name);
    m_url->setText(p.baseUrl.toString());
    m_key->setText(p.parentKeyId);
    m_secret->clear();
    m_kind->setCurrentIndex(p.keyKind == ApiCredentials::KeyKind::Ed25519 ? 1 : 0);
    m_readOnly->setChecked(p.readOnly);
    m_credit->setRowCount(0);
    for (auto it = p.creditKeyIds.cbegin(); it != p.creditKeyIds.cend(); ++it)
        addCreditRow(it.key(), it.value());
    m_members->setRowCount(0);
    for (auto it = p.memberKeyIds.cbegin(); it != p.memberKeyIds.cend(); ++it)
        addMemberRow(it.key(), it.value());
    m_proxyMode->setCurrentIndex(int(p.proxy.mode));
    m_proxyHost->setText(p.proxy.host);
    m_proxyPort->setValue(p.proxy.port);
}

void ConnectionPage::applyProfile(Profile &p) const {
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    p.parentKeyId = m_key->text().trimmed();
    p.keyKind = m_kind->currentIndex() == 1 ? ApiCredentials::KeyKind::Ed25519
                                            : ApiCredentials::KeyKind::Hmac;
    p.readOnly = m_readOnly->isChecked();
    p.creditKeyIds.clear();
    for (int row = 0; row < m_credit->rowCount(); ++row) {
        const qint64 groupId =
            m_credit->item(row, 0) ? m_credit->item(row, 0)->text().toLongLong() : 0;
        const QString key =
            m_credit->item(row, 1) ? m_credit->item(row, 1)->text().trimmed() : QString();
        if (groupId > 0 && !key.isEmpty())
            p.creditKeyIds.insert(groupId, key);
    }
    p.memberKeyIds.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString email =
            m_members->item(row, 0) ? m_members->item(row, 0)->text().trimmed() : QString();
        const QString key =
            m_members->item(row, 1) ? m_members->item(row, 1)->text().trimmed() : QString();
        if (!email.isEmpty() && !key.isEmpty())
            p.memberKeyIds.insert(email, key);
    }
    p.proxy.mode = ProxySettings::Mode(m_proxyMode->currentIndex());
    p.proxy.host = m_proxyHost->text().trimmed();
    p.proxy.port = quint16(m_proxyPort->value());
}

QString ConnectionPage::validate(const SettingsService::Values &edited, int profile) const {
    if (const QString issue = ProfilePage::validate(edited, profile); !issue.isEmpty())
        return issue;
    for (int i = 0; i < profile && profile < edited.profiles.size(); ++i) {
        if (edited.profiles.at(i).name == edited.profiles.at(profile).name)
            return QCoreApplication::translate("loandesk::SettingsDialog",
                                               "Two profiles have the same name.");
    }
    return {};
}

QHash<QString, QByteArray> ConnectionPage::takeSecrets() {
    QHash<QString, QByteArray> out;
    if (!m_secret->text().isEmpty() && !m_key->text().trimmed().isEmpty())
        out.insert(m_key->text().trimmed(), m_secret->text().toUtf8());
    m_secret->clear();
    for (int row = 0; row < m_credit->rowCount(); ++row) {
        auto *edit = qobject_cast<QLineEdit *>(m_credit->cellWidget(row, 2));
        const QString key =
            m_credit->item(row, 1) ? m_credit->item(row, 1)->text().trimmed() : QString();
        if (edit && !edit->text().isEmpty() && !key.isEmpty())
            out.insert(key, edit->text().toUtf8());
        if (edit)
            edit->clear();
    }
    for (int row = 0; row < m_members->rowCount(); ++row) {
        auto *edit = qobject_cast<QLineEdit *>(m_members->cellWidget(row, 2));
        const QString key =
            m_members->item(row, 1) ? m_members->item(row, 1)->text().trimmed() : QString();
        if (edit && !edit->text().isEmpty() && !key.isEmpty())
            out.insert(key, edit->text().toUtf8());
        if (edit)
            edit->clear();
    }
    return out;
}

} // namespace loandesk
