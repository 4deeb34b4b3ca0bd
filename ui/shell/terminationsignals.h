#pragma once

#include <QObject>

class QSocketNotifier;

namespace loandesk {

// SIGTERM, SIGINT and SIGHUP (a logout or shutdown, `kill`, Ctrl+C in a terminal) end LoanDesk
// the way File → Quit does: every desk closes its journal, releases its profile lock and
// commits the history samples still written behind. A signal handler may only write to a file
// descriptor; `received` is emitted from the event loop. A second signal while quitting ends
// the process at once, as the default would.
class TerminationSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace loandesk
