#pragma once

#include "alert.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace loandesk {

// Runs the user's program for an alert (e.g. a script that pages the on-call treasurer): the
// alert as one JSON object on stdin, killed after a timeout so a hung script cannot pile up.
// The program gets a minimal environment (environment()), never LoanDesk's own: whatever else
// LoanDesk was started with (a database password, a cloud token) stays out of the script.
// Each run is independent. GUI thread.
class AlertCommandHook final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCommandHook)

public:
    explicit AlertCommandHook(QObject *parent = nullptr);

    void setCommand(const QString &program, const QStringList &arguments, int timeoutMs);
    bool isEnabled() const { return !m_program.isEmpty(); }
    void run(const Alert &alert);

    // What the program sees: PATH, HOME, USER, LOGNAME, SHELL, TMPDIR, TZ, LANG, LANGUAGE and
    // LC_* from LoanDesk's environment, where set: enough to find programs, write files and
    // format text and times as the user does.
    static QProcessEnvironment environment();

Q_SIGNALS:
    // exitCode is -1 when it did not start, crashed or timed out; `error` says which.
    void hookFinished(qint64 alertId, int exitCode, const QString &error);

private:
    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs = 10000;
};

} // namespace loandesk
