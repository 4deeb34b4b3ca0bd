#pragma once

#include "commandline.h"

#include <QObject>

#include <memory>
#include <optional>

namespace loandesk {

class DashboardWidget;
class Desk;
class MonitorSession;

// `loandesk --snapshot`: fetch once, render offscreen, write the files, report one line.
// The result is delivered through `finished(exitCode, message)`; nothing is written on failure.
class HeadlessSnapshot final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSnapshot)

public:
    // `desk` is a snapshot's desk (DeskOptions::Role::Snapshot), already started: its keys,
    // bands and proxy are those a window of the same profile would use.
    HeadlessSnapshot(const CommandLine &options, Desk *desk, QObject *parent = nullptr);

    ~HeadlessSnapshot() override;
    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void render();
    void fail(const QString &message);

    CommandLine m_options;
    QString m_source;
    MonitorSession *m_session;
    std::optional<qint64> m_profileGroup; // the only unit a credit-key-only profile sees
    std::unique_ptr<DashboardWidget> m_dashboard;
};

} // namespace loandesk
