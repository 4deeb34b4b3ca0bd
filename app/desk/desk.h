#pragma once

#include "deskoptions.h"

#include "session/keyinspector.h"

#include <QObject>

#include <memory>

namespace loandesk {

class AlertCenter;
class AuditLog;
class BorrowRepayService;
class CollateralState;
class HistoryRecorder;
class HistoryStore;
class MonitorSession;
class ProfileLock;
class RecordsPoller;
class SecretStore;
class SettingsService;

// The composition root of one desk: it builds and owns every service a window (or a headless
// snapshot) presents, and starts them in one visible order (start()). Windows and menus are
// handed a Desk and never create or look up a service themselves. GUI thread; the history
// store runs its own worker thread.
class Desk final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desk)

public:
    // Without `secrets`, a window's desk uses the OS keychain and a snapshot's memory only
    // (its keys came with the options).
    // `settings` is the process's one SettingsService, shared by every desk; the desk follows
    // its signals for as long as both live.
    Desk(DeskOptions options, SettingsService *settings, std::unique_ptr<SecretStore> secrets = {},
         QObject *parent = nullptr);
    ~Desk() override;

    const DeskOptions &options() const { return m_options; }
    QString label() const { return m_options.label; }
    DeskKind kind() const { return m_options.kind; }

    MonitorSession *session() const { return m_session; }
    // Each unit's collateral by asset (composition, trigger prices), beside session()->state().
    CollateralState *collateral() const;
    SecretStore *secrets() const { return m_secrets.get(); }
    SettingsService *settings() const { return m_settings; }
    // A snapshot's desk keeps nothing: it reads the store a window of the same profile records
    // into, for the PDF's charts, and is null when there is none yet.
    HistoryStore *history() const { return m_history; }
    RecordsPoller *records() const { return m_records; }
    AlertCenter *alerts() const { return m_alerts; }
    AuditLog *journal() const { return m_journal; }
    BorrowRepayService *actions() const { return m_actions; }

    // Takes what the settings say about this desk (alert rules and command hook, read-only,
    // limits, history retention); also done whenever they change.
    void applySettings();
    // The claim on this desk's profile (settings/ProfileLock), released after every service
    // has closed its files.
    void holdLock(std::unique_ptr<ProfileLock> lock);
    void start();

Q_SIGNALS:
    // What the keys may do, once the exchange has answered (KeyInspector).
    void keyReportReady(const loandesk::KeyReport &report);

private:
    void buildHistory();
    void openHistoryToRead();
    void buildJournal();

    DeskOptions m_options;
    SettingsService *m_settings;
    MonitorSession *m_session;
    std::unique_ptr<ProfileLock> m_lock;    // destroyed last
    std::unique_ptr<SecretStore> m_secrets; // outlives every service that uses it (~Desk)
    HistoryStore *m_history = nullptr;
    HistoryRecorder *m_recorder = nullptr;
    RecordsPoller *m_records = nullptr;
    AlertCenter *m_alerts = nullptr;
    AuditLog *m_journal = nullptr;
    BorrowRepayService *m_actions = nullptr;
    bool m_fromProfile = false;
    bool m_started = false;
};

} // namespace loandesk
