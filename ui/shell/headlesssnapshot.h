#pragma once

#include "commandline.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace loandesk {

class CollateralState;
class DashboardWidget;
class Desk;
class HistoryStore;
class MonitorSession;
struct ReportHistory;

// `loandesk --snapshot`: fetch once, render offscreen, write the files, report one line.
// The result is delivered through `finished(exitCode, message)`; nothing is written on failure.
// The collateral by asset is waited for at most CompositionWaitMs after ltv-details has
// answered; a composition not read by then is written as "unavailable" with that reason.
class HeadlessSnapshot final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSnapshot)

public:
    static constexpr int CompositionWaitMs = 20'000;

    // `desk` is a snapshot's desk (DeskOptions::Role::Snapshot), already started: its keys,
    // bands and proxy are those a window of the same profile would use.
    HeadlessSnapshot(const CommandLine &options, Desk *desk, QObject *parent = nullptr);

    ~HeadlessSnapshot() override;
    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    // ltv-details has answered (and the composition, unless `compositionLate`).
    void proceed(bool compositionLate);
    void render();
    // Writes the files; a PDF charts `history`.
    void write(const ReportHistory &history);
    bool isPdf() const;
    void fail(const QString &message);

    CommandLine m_options;
    QString m_source;
    MonitorSession *m_session;
    CollateralState *m_collateral;
    HistoryStore *m_history; // the desk's, read for the PDF's charts; null when it keeps none
    QTimer m_compositionWait;
    bool m_proceeded = false;
    QString m_compositionLate; // the reason written for units the wait left without a view
    std::optional<qint64> m_profileGroup; // the only unit a credit-key-only profile sees
    std::unique_ptr<DashboardWidget> m_dashboard;
};

} // namespace loandesk
