#include "settingsdialog.h"

#include "alertspage.h"
#include "appearancepage.h"
#include "bandspage.h"
#include "connectionpage.h"
#include "historypage.h"
#include "limitspage.h"
#include "operatorspage.h"
#include "pollingpage.h"

#include "common/apptheme.h"
#include "models/displayformat.h"
#include "settings/secretstore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loandesk {

namespace {

QString issueText(Profile::Issue issue) {
    switch (issue) {
    case Profile::Issue::None:
        return {};
    case Profile::Issue::EmptyName:
        return SettingsDialog::tr("Give the profile a name.");
    case Profile::Issue::BadUrl:
        return SettingsDialog::tr("The URL must start with https:// (plain http only to this "
                                  "computer).");
    case Profile::Issue::NoKey:
        return SettingsDialog::tr("Enter the parent API key or at least one credit key.");
    case Profile::Issue::BadBands:
        return SettingsDialog::tr("Each unit's bands must be positive and increasing.");
    case Profile::Issue::BadProxy:
        return SettingsDialog::tr("A proxy needs a host and a port.");
    case Profile::Issue::BadPollInterval:
        return SettingsDialog::tr("The polling interval is out of range.");
    case Profile::Issue::BadLimits:
        return SettingsDialog::tr("The borrow/repay amounts under Limits must be positive with at "
                                  "most 8 decimal places.");
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(SecretStore *secrets, QString profilesPath, QString settingsPath,
                               QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_store(std::move(profilesPath))
    , m_settingsPath(std::move(settingsPath))
    // Next to settings.json, so tests that point the dialog at a folder keep everything there.
    , m_operatorsPath(QFileInfo(m_settingsPath).absolutePath() + QStringLiteral("/operators.json"))
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connection(new ConnectionPage(this))
    , m_bands(new BandsPage(this))
    , m_polling(new PollingPage(this))
    , m_alerts(new AlertsPage(this))
    , m_limits(new LimitsPage(this))
    , m_operators(new OperatorsPage(this))
    , m_appearance(new AppearancePage(this))
    , m_history(new HistoryPage(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("LoanDesk Settings"));
    m_pages->setObjectName(QStringLiteral("settingsPageList"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_pages->setFixedWidth(150);
    addPage(m_connection, tr("Connection"));
    addPage(m_bands, tr("Bands"));
    addPage(m_polling, tr("Polling"));
    addPage(m_alerts, tr("Alerts"));
    addPage(m_limits, tr("Limits"));
    addPage(m_operators, tr("Operators"));
    addPage(m_appearance, tr("Appearance"));
    addPage(m_history, tr("History"));
    m_profilePages = {m_connection, m_bands, m_polling, m_alerts, m_limits};
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
        p.name = tr("Profile %1").arg(m_profiles.size() + 1);
        m_profiles.append(p);
        m_current = -1;
        selectProfile(int(m_profiles.size()) - 1);
    });
    connect(m_connection, &ConnectionPage::removeRequested, this, [this](int index) {
        if (index < 0 || index >= m_profiles.size())
            return;
        m_profiles.removeAt(index);
        m_current = -1;
        selectProfile(qMin(index, int(m_profiles.size()) - 1));
    });

    const ProfileStore::LoadResult loaded = m_store.load();
    if (loaded.status == SettingsFile::Status::Corrupt ||
        loaded.status == SettingsFile::Status::TooNew)
        showMessage(tr("The profile file could not be used (%1) and was kept as %2; starting "
                       "from no profiles.")
                        .arg(loaded.detail, loaded.movedTo),
                    true);
    m_profiles = m_store.profiles();
    SettingsFile::Loaded settingsStatus;
    m_settings = AppSettings::load(m_settingsPath, &settingsStatus);
    m_appearance->load(m_settings);
    m_history->load(m_settings);
    m_alerts->setMuted(m_settings.muteSounds);
    SettingsFile::Loaded operatorsStatus;
    m_operators->load(OperatorRegistry::load(m_operatorsPath, &operatorsStatus));
    if (operatorsStatus.status == SettingsFile::Status::Corrupt ||
        operatorsStatus.status == SettingsFile::Status::TooNew)
        showMessage(tr("The operators file could not be used (%1) and was kept as %2; no second "
                       "operators are registered.")
                        .arg(operatorsStatus.detail, operatorsStatus.movedTo),
                    true);
    selectProfile(m_profiles.isEmpty() ? -1 : 0);
}

void SettingsDialog::addPage(QWidget *page, const QString &title) {
    m_pages->addItem(title);
    m_stack->addWidget(page);
}

void SettingsDialog::collect() {
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    for (ProfilePage *page : std::as_const(m_profilePages))
        page->store(m_profiles[m_current]);
}

void SettingsDialog::selectProfile(int index) {
    collect();
    m_current = index;
    QStringList names;
    for (const Profile &p : std::as_const(m_profiles))
        names.append(p.name);
    m_connection->setProfileNames(names, index);
    const Profile shown = index >= 0 ? m_profiles.at(index) : Profile{};
    for (ProfilePage *page : std::as_const(m_profilePages)) {
        page->load(shown);
        page->setEnabled(index >= 0);
    }
    m_connection->setEnabled(true);
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
    if (const QStringList bad = m_bands->invalidRows(); !bad.isEmpty()) {
        m_pages->setCurrentRow(1);
        showMessage(tr("Bands are not valid for %1.").arg(bad.join(QStringLiteral(", "))), true);
        return false;
    }
    QStringList names;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        const QString issue = names.contains(p.name) ? tr("Two profiles have the same name.")
                                                     : issueText(p.validate());
        if (!issue.isEmpty()) {
            selectProfile(i);
            m_pages->setCurrentRow(0);
            showMessage(tr("Profile \"%1\": %2").arg(p.name, issue), true);
            return false;
        }
        names.append(p.name);
    }
    for (const QString &old : m_store.names())
        m_store.remove(old);
    for (const Profile &p : std::as_const(m_profiles))
        m_store.upsert(p);
    m_appearance->store(m_settings);
    m_history->store(m_settings);
    m_settings.muteSounds = m_alerts->muted();
    QString error;
    if (!m_store.save(&error) || !m_settings.save(m_settingsPath, &error) ||
        !m_operators->registry().save(m_operatorsPath, &error)) {
        showMessage(tr("Settings not saved: %1").arg(error), true);
        return false;
    }
    DisplayFormat::setZone(m_settings.timeZone == AppSettings::TimeZone::Local
                               ? DisplayFormat::Zone::Local
                               : DisplayFormat::Zone::Utc);
    AppTheme::apply(m_settings.theme);
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
