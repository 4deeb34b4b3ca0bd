#pragma once

#include "alert.h"

#include <QList>
#include <QObject>

namespace loandesk {

// Every alert of this run, in memory for the views and appended to a JSON-lines file
// (AppDataLocation/alerts.jsonl) so there is a record after the app is closed: one "raised"
// line per alert and one "acknowledged" line per acknowledgement. GUI thread.
class AlertLog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLog)

public:
    explicit AlertLog(QString path = defaultPath(), QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    // Assigns the alert its id, records it, and emits alertLogged.
    qint64 append(Alert alert);
    bool acknowledge(qint64 id, const QString &note, const QDateTime &at);

    const QList<Alert> &alerts() const { return m_alerts; }
    int indexOf(qint64 id) const;
    int unacknowledgedCount() const;
    QString lastWriteError() const { return m_writeError; }

Q_SIGNALS:
    void alertLogged(const loandesk::Alert &alert);
    void alertAcknowledged(int index);

private:
    void writeLine(const QJsonObject &line);

    QString m_path;
    QList<Alert> m_alerts;
    qint64 m_nextId = 1;
    QString m_writeError;
};

} // namespace loandesk
