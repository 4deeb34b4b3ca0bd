#include "settingsdialog.h"

#include "alertspage.h"
#include "appearancepage.h"
#include "bandspage.h"
#include "connectionpage.h"
#include "historypage.h"
#include "limitspage.h"
#include "operatorspage.h"
#include "pollingpage.h"

#include "settings/secretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loandesk {

SettingsDialog::SettingsDialog(SettingsService *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_edited(settings->values())
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connection(new ConnectionPage(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("LoanDesk Settings"));
    m_pages->setObjectName(QStringLiteral("settingsPageList"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_pages->setFixedWidth(150);
    addPage(m_connection, tr("Connection"));
    addPage(new BandsPage(this), tr("Bands"));
    addPage(new PollingPage(this), tr("Polling"));
    addPage(new AlertsPage(this), tr("Alerts"));
    addPage(new LimitsPage(this), tr("Limits"));
    addPage(new OperatorsPage(this), tr("Operators"));
    addPage(new AppearancePage(this), tr("Appearance"));
    addPage(new HistoryPage(this), tr("History"));
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_connection, &ConnectionPage::currentProfileChanged, this,
            &SettingsDialog::selectProfile);
    connect(m_connection, &ConnectionPage::addRequested, this, [this] {
        collect();
        Profile p;
        p.name = tr("Profile %1").arg(m_edited.profiles.size() + 1);
        m_edited.profiles.append(p);
        m_current = -1;
        selectProfile(int(m_edited.profiles.size()) - 1);
    });
    connect(m_connection, &ConnectionPage::removeRequested, this, [this](int index) {
        if (index < 0 || index >= m_edited.profiles.size())
            return;
        m_edited.profiles.removeAt(index);
        m_current = -1;
        selectProfile(qMin(index, int(m_edited.profiles.size()) - 1));
    });

    for (SettingsPage *page : std::as_const(m_pageList)) {
        if (!page->editsProfile())
            page->load(m_edited, -1);
    }
    showLoadReport();
    selectProfile(m_edited.profiles.isEmpty() ? -1 : 0);
}

void SettingsDialog::addPage(SettingsPage *page, const QString &title) {
    m_pages->addItem(title);
    m_stack->addWidget(page);
    m_pageList.append(page);
}

void SettingsDialog::showLoadReport() {
    const SettingsService::LoadReport &report = m_settings->loadReport();
    const auto unusable = [](SettingsFile::Status s) {
        return s == SettingsFile::Status::Corrupt || s == SettingsFile::Status::TooNew;
    };
    if (unusable(report.profiles.status))
        showMessage(tr("The profile file could not be used (%1) and was kept as %2; starting "
                       "from no profiles.")
                        .arg(report.profiles.detail, report.profiles.movedTo),
                    true);
    if (unusable(report.operators.status))
        showMessage(tr("The operators file could not be used (%1) and was kept as %2; no second "
                       "operators are registered.")
                        .arg(report.operators.detail, report.operators.movedTo),
                    true);
}

void SettingsDialog::collect() {
    for (SettingsPage *page : std::as_const(m_pageList)) {
        if (!page->editsProfile() || (m_current >= 0 && m_current < m_edited.profiles.size()))
            page->apply(m_edited, m_current);
    }
}

void SettingsDialog::selectProfile(int index) {
    collect();
    m_current = index;
    QStringList names;
    for (const Profile &p : std::as_const(m_edited.profiles))
        names.append(p.name);
    m_connection->setProfileNames(names, index);
    for (SettingsPage *page : std::as_const(m_pageList)) {
        if (!page->editsProfile())
            continue;
        page->load(m_edited, index);
        page->setEnabled(index >= 0);
    }
    m_connection->setEnabled(true);
}

bool SettingsDialog::validate() {
    // The profile on screen first: a page may hold what apply() cannot keep (a half-typed band),
    // and showing another profile would throw it away.
    QList<int> order;
    if (m_current >= 0)
        order.append(m_current);
    for (int i = 0; i < m_edited.profiles.size(); ++i) {
        if (i != m_current)
            order.append(i);
    }
    const auto refuse = [this](SettingsPage *page, const QString &text) {
        m_pages->setCurrentRow(int(m_pageList.indexOf(page)));
        showMessage(text, true);
        return false;
    };
    for (int i : std::as_const(order)) {
        for (SettingsPage *page : std::as_const(m_pageList)) {
            if (!page->editsProfile())
                continue;
            if (const QString issue = page->validate(m_edited, i); !issue.isEmpty()) {
                const QString name = m_edited.profiles.at(i).name;
                if (i != m_current)
                    selectProfile(i);
                return refuse(page, tr("Profile \"%1\": %2").arg(name, issue));
            }
        }
    }
    for (SettingsPage *page : std::as_const(m_pageList)) {
        if (page->editsProfile())
            continue;
        if (const QString issue = page->validate(m_edited, -1); !issue.isEmpty())
            return refuse(page, issue);
    }
    return true;
}

void SettingsDialog::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03000") : QString());
}

QString SettingsDialog::message() const {
    return m_message->text();
}

bool SettingsDialog::save() {
    collect();
    if (!validate())
        return false;
    if (const QString error = m_settings->save(m_edited); !error.isEmpty()) {
        showMessage(tr("Settings not saved: %1").arg(error), true);
        return false;
    }
    const QHash<QString, QByteArray> secrets = m_connection->takeSecrets();
    showMessage(tr("Saved."), false);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString keyId = it.key();
        m_secrets->write(
            SecretStore::nameForKey(keyId), it.value(), this, [this, keyId](const SecretResult &r) {
                if (!r.ok())
                    showMessage(tr("The secret for key %1 could not be stored "
                                   "(%2).")
                                    .arg(keyId, r.detail),
                                true);
                else if (r.inMemoryOnly)
                    showMessage(tr("No keychain service is running: the secret is "
                                   "kept in memory for this run only and must be "
                                   "entered again next time."),
                                true);
                else
                    showMessage(tr("Saved; the secret is in the system keychain."), false);
            });
    }
    Q_EMIT saved();
    return true;
}

} // namespace loandesk
