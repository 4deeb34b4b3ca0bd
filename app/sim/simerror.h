#pragma once

#include <QByteArray>
#include <QString>

namespace loandesk::sim {

// An exchange error as the simulator sends it: HTTP status plus the {"code","msg"} body.
// Codes and message texts follow the API notes (section 4); placeholders are filled in.
struct SimError {
    int httpStatus = 400;
    int code = 0;
    QString msg;

    QByteArray toJson() const;

    static SimError make(int code, const QString &msg, int httpStatus = 400) {
        return SimError{httpStatus, code, msg};
    }
    static SimError mandatoryParam(const QString &name);
    static SimError illegalChars(const QString &name);
    static SimError invalidParam(const QString &name);
    static SimError unauthorized();
    // -2015 (HTTP 401): the key lacks the permission (or is unknown).
    static SimError noPermission();
    static SimError groupNotFound(qint64 groupId);
};

} // namespace loandesk::sim
