#include "alertlog.h"

#include "domain/isoutc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace loandesk {

AlertLog::AlertLog(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    // Ids continue across runs so "acknowledged" lines always point at the right alert.
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
            m_nextId = qMax(m_nextId, o.value(QStringLiteral("id")).toInteger() + 1);
        }
    }
}

QString AlertLog::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/alerts.jsonl");
}

void AlertLog::writeLine(const QJsonObject &line) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Append-only: a crash loses at most the line being written, never earlier ones.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_writeError = file.errorString();
        return;
    }
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_writeError.clear();
}

qint64 AlertLog::append(Alert alert) {
    alert.id = m_nextId++;
    m_alerts.append(alert);
    QJsonObject line = alert.toJson();
    line.insert(QStringLiteral("event"), QStringLiteral("raised"));
    writeLine(line);
    Q_EMIT alertLogged(alert);
    return alert.id;
}

int AlertLog::indexOf(qint64 id) const {
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).id == id)
            return i;
    }
    return -1;
}

bool AlertLog::acknowledge(qint64 id, const QString &note, const QDateTime &at) {
    const int i = indexOf(id);
    if (i < 0 || m_alerts.at(i).isAcknowledged())
        return false;
    Alert &a = m_alerts[i];
    a.acknowledgedAt = at.toUTC();
    a.note = note;
    writeLine({{QStringLiteral("event"), QStringLiteral("acknowledged")},
               {QStringLiteral("id"), id},
               {QStringLiteral("acknowledgedAt"), isoUtc(a.acknowledgedAt)},
               {QStringLiteral("note"), note}});
    Q_EMIT alertAcknowledged(i);
    return true;
}

int AlertLog::unacknowledgedCount() const {
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const Alert &a) { return !a.isAcknowledged(); }));
}

} // namespace loandesk
