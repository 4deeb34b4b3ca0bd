#pragma once

#include "commandline.h"

#include "exchange/apicredentials.h"

#include <optional>

#include <QObject>
#include <QUrl>

#include <memory>

namespace loandesk {

class DashboardWidget;
class MonitorSession;
struct ResolvedProfile;

// `loandesk --snapshot`: fetch once, render offscreen, write the files, report one line.
// The result is delivered through `finished(exitCode, message)`; nothing is written on failure.
class HeadlessSnapshot final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSnapshot)

public:
    HeadlessSnapshot(const CommandLine &options, const QUrl &baseUrl,
                     const ApiCredentials &credentials, const QString &sourceLabel,
                     QObject *parent = nullptr);

    ~HeadlessSnapshot() override;
    // What a window applies from a profile (settings/SessionSetup): each unit's bands, the
    // proxy, the credit keys and, for a profile with only a credit key, the unit it watches.
    // Call before start().
    void applyProfile(const ResolvedProfile &profile);
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
