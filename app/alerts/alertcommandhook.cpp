#include "alertcommandhook.h"

#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace loandesk {

AlertCommandHook::AlertCommandHook(QObject *parent)
    : QObject(parent) {}

void AlertCommandHook::setCommand(const QString &program, const QStringList &arguments,
                                  int timeoutMs) {
    m_program = program;
    m_arguments = arguments;
    m_timeoutMs = timeoutMs;
}

QProcessEnvironment AlertCommandHook::environment() {
    static const char *const Passed[] = {"PATH",   "HOME", "USER", "LOGNAME", "SHELL",
                                         "TMPDIR", "TZ",   "LANG", "LANGUAGE"};
    const QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const char *name : Passed) {
        const QString key = QString::fromLatin1(name);
        if (all.contains(key))
            env.insert(key, all.value(key));
    }
    const QStringList keys = all.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("LC_")))
            env.insert(key, all.value(key));
    }
    return env;
}

void AlertCommandHook::run(const Alert &alert) {
    if (m_program.isEmpty())
        return;
    auto *process = new QProcess(this);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    const qint64 id = alert.id;
    auto done = std::make_shared<bool>(false);
    auto finish = [this, process, id, done](int code, const QString &error) {
        if (*done)
            return;
        *done = true;
        Q_EMIT hookFinished(id, code, error);
        process->deleteLater();
    };
    connect(process, &QProcess::finished, this,
            [process, finish](int code, QProcess::ExitStatus status) {
                if (status == QProcess::CrashExit)
                    finish(-1, QStringLiteral("crashed"));
                else
                    finish(code, process->property("timedOut").toBool()
                                     ? QStringLiteral("timed out")
                                     : QString());
            });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(-1, QStringLiteral("failed to start: ") + process->errorString());
    });
    connect(deadline, &QTimer::timeout, this, [process, finish] {
        process->setProperty("timedOut", true);
        process->kill();
        finish(-1, QStringLiteral("timed out"));
    });
    process->setProgram(m_program);
    process->setArguments(m_arguments);
    process->setProcessEnvironment(environment());
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start();
    process->write(QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) + '\n');
    process->closeWriteChannel();
    deadline->start(m_timeoutMs);
}

} // namespace loandesk
