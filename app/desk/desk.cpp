#include "desk.h"

#include "actions/auditlog.h"
#include "actions/borrowrepayservice.h"
#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "alerts/alertlog.h"
#include "monitor/collateralstate.h"
#include "monitor/compositionpoller.h"
#include "monitor/monitorsession.h"
#include "monitor/pollscheduler.h"
#include "recording/historybackfill.h"
#include "recording/historyrecorder.h"
#include "recording/recordspoller.h"
#include "session/keyinspector.h"
#include "session/sessionsetup.h"
#include "settings/environmentsecrets.h"
#ifdef LOANDESK_HAVE_KEYCHAIN
#include "settings/keychainsecretstore.h"
#endif
#include "settings/memorysecretstore.h"
#include "settings/profilelock.h"
#include "settings/secretstore.h"
#include "settings/settingsservice.h"
#include "storage/historystore.h"
#include "storage/storagelocation.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace loandesk {

namespace {

std::unique_ptr<SecretStore> defaultSecrets(DeskOptions::Role role) {
#ifdef LOANDESK_HAVE_KEYCHAIN
    if (role == DeskOptions::Role::Window)
        return std::make_unique<KeychainSecretStore>();
#else
    Q_UNUSED(role)
#endif
    return std::make_unique<MemorySecretStore>();
}

// One store per connection label (the profile or the exchange host); demo mode's apart.
QString localHistoryPath(const DeskOptions &options) {
    if (options.kind == DeskKind::Demo)
        return HistoryStore::demoPath();
    QString safe = options.label;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return HistoryStore::defaultPath(safe);
}

} // namespace

Desk::Desk(DeskOptions options, SettingsService *settings, std::unique_ptr<SecretStore> secrets,
           QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_session(new MonitorSession(m_options.baseUrl, m_options.monitorKey, this))
    , m_secrets(secrets ? std::move(secrets) : defaultSecrets(m_options.role)) {
    if (m_options.role == DeskOptions::Role::Snapshot) {
        openHistoryToRead();
        return;
    }
    buildHistory();
    m_alerts = new AlertCenter(m_session->state(), AlertLog::defaultPath(), this);
    // A new forced liquidation in the exchange's records is an alert.
    connect(m_records, &RecordsPoller::newForcedLiquidation, m_alerts->engine(),
            &AlertEngine::reportForcedLiquidation);
    buildJournal();
    applySettings();
    // One desk's settings can change in any window's dialog (or its View menu).
    connect(m_settings, &SettingsService::historyRetentionChanged, m_history,
            &HistoryStore::setRetentionDays);
    connect(m_settings, &SettingsService::profileChanged, this, [this](const QString &name) {
        if (m_options.profile && name == m_options.profile->profile.name)
            applySettings();
    });
    connect(m_settings, &SettingsService::profilesChanged, this, &Desk::applySettings);
}

Desk::~Desk() {
    // Newest first: each service goes before the ones it was built on (the session), and all
    // go before the secret store the journal anchors its chain in.
    const QObjectList services = children();
    for (auto it = services.crbegin(); it != services.crend(); ++it)
        delete *it;
}

// LoanDesk records its own LTV history (the exchange keeps none): one store per connection
// label (the profile or the exchange host), or the team database in LOANDESK_HISTORY_DB (a
// PostgreSQL connection string), with the local file as its fallback cache. Demo mode has its
// own file and never writes to the team database: simulated borrows are no one's history.
void Desk::buildHistory() {
    const bool demo = m_options.kind == DeskKind::Demo;
    const QString local = localHistoryPath(m_options);
    // Demo mode starts with the simulator's month before its start. Each start replaces the
    // demo file: the simulator begins again from its scenario with a month that ends now, and
    // the previous run's rows would be a second, different past beside it.
    const bool withPast = demo && !m_options.demoPast.isEmpty();
    if (withPast) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(local + QLatin1String(suffix));
    }
    m_history = new HistoryStore(this);
    const auto team =
        demo ? std::nullopt : StorageLocation::parse(EnvironmentSecrets::historyDatabase());
    m_history->open(team ? *team : StorageLocation::sqlite(local), local);
    m_recorder = new HistoryRecorder(m_session->state(), m_session->collateral(), m_history, this);
    // The exchange's borrow/repay, interest and liquidation records go into the same history.
    m_records = new RecordsPoller(m_session, m_history, this);
    if (withPast) {
        // Posted before any live sample can be, so the month comes first in the file.
        HistoryBackfill::store(m_options.demoPast, *m_session->state(), m_history);
        const qint64 first = m_options.demoPast.constFirst().updateTimeMs;
        m_records->setFirstLookBackMs(QDateTime::currentMSecsSinceEpoch() - first + 3'600'000);
        m_options.demoPast.clear();
    }
}

// A snapshot's PDF charts what a window of the same profile recorded: the same store, opened
// only when there is one to read (a team database, or the local file), and nothing records
// into it (no recorder, no records poller).
void Desk::openHistoryToRead() {
    const QString local = localHistoryPath(m_options);
    const auto team = m_options.kind == DeskKind::Demo
                          ? std::nullopt
                          : StorageLocation::parse(EnvironmentSecrets::historyDatabase());
    if (!team && !QFileInfo::exists(local))
        return;
    m_history = new HistoryStore(this);
    m_history->open(team ? *team : StorageLocation::sqlite(local), local);
}

void Desk::buildJournal() {
    const bool demo = m_options.kind == DeskKind::Demo;
    m_journal = new AuditLog(this);
    m_actions = new BorrowRepayService(m_session, m_journal, m_options.label, this);
    m_actions->setOwnsWholeJournal(demo);
    // The journal's chain head lives in the keychain, out of reach of whoever edits the file.
    m_journal->setAnchorStore(m_secrets.get());
    if (!m_journal->open(demo ? AuditLog::demoPath() : AuditLog::defaultPath()))
        qWarning("audit log not available (%s): borrowing and repaying are disabled",
                 qPrintable(m_journal->errorString()));
}

CollateralState *Desk::collateral() const {
    return m_session->collateral();
}

void Desk::holdLock(std::unique_ptr<ProfileLock> lock) {
    m_lock = std::move(lock);
}

void Desk::applySettings() {
    if (m_options.role == DeskOptions::Role::Snapshot)
        return;
    m_history->setRetentionDays(m_settings->app().historyRetentionDays);
    const std::optional<Profile> profile =
        m_options.profile ? m_settings->profile(m_options.profile->profile.name) : std::nullopt;
    m_alerts->setSettings(profile ? profile->alerts : AlertSettings{});
    // Demo mode and environment keys have no stored profile and may act (the gate still needs
    // a credit key). A desk opened from a profile fails closed: if the profile cannot be read
    // any more, it stays read-only.
    m_actions->setReadOnly(profile ? profile->readOnly : m_options.profile.has_value());
    if (profile)
        m_actions->setLimits(profile->limits);
}

void Desk::start() {
    if (m_started)
        return;
    m_started = true;
    // The order matters, and is here rather than in constructors so it can be read:
    // 1. Keys first. The profile's bands, proxy and credit keys, or demo's credit keys. A unit's
    //    open borrow/repay is reconciled with its credit key (creditCredentialsChanged starts
    //    that unit's reconciler), and the polling below must use the profile's proxy.
    //    Portfolio Margin members' read-only keys and the /papi host (for the collateral by
    //    asset) come with the options; a profile's own, applied next, win.
    m_session->composition()->setPortfolioBaseUrl(m_options.portfolioBaseUrl);
    m_session->composition()->setMemberCredentials(m_options.memberKeys);
    if (m_options.profile)
        SessionSetup::apply(*m_options.profile, m_session);
    for (auto it = m_options.creditKeys.cbegin(); it != m_options.creditKeys.cend(); ++it)
        m_session->setCreditCredentials(it.key(), it.value());
    if (m_options.role == DeskOptions::Role::Snapshot)
        return; // the snapshot fetches once, by itself
    // 2. Polling: the dashboard fills, and the history recorder samples every poll.
    m_session->scheduler()->start();
    // 3. Reconciliation of actions a previous run left open: before anyone can borrow again.
    m_actions->reconcilePending();
    // 4. The exchange's records follow the first poll, which has found the units to ask about.
    connect(m_session->scheduler(), &PollScheduler::pollFinished, m_records, [this](bool) {
        if (!m_records->isStarted())
            m_records->start();
    });
    // 5. Collateral by asset after the first good poll, which has found the units and members
    //    whose wallets to read: ratio tables, wallets and prices join the same scheduler, as
    //    secondary jobs that always give way to ltv-details.
    connect(m_session->scheduler(), &PollScheduler::pollFinished, m_session->composition(),
            [this](bool ok) {
                if (ok && !m_session->composition()->isStarted())
                    m_session->composition()->start();
            });
    // What the keys can see, in words, once the exchange has answered.
    KeyInspector::inspect(m_session, this,
                          [this](const KeyReport &report) { Q_EMIT keyReportReady(report); });
}

} // namespace loandesk
