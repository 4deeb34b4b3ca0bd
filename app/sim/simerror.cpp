#include "simerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace loandesk::sim {

QByteArray SimError::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("msg"), msg}})
        .toJson(QJsonDocument::Compact);
}

SimError SimError::mandatoryParam(const QString &name) {
    return make(-1102, QStringLiteral("Mandatory parameter '%1' was not sent, was empty/null, or "
                                      "malformed.")
                           .arg(name));
}

SimError SimError::illegalChars(const QString &name) {
    return make(-1100, QStringLiteral("Illegal characters found in parameter '%1'.").arg(name));
}

SimError SimError::invalidParam(const QString &name) {
    return make(-1130, QStringLiteral("Data sent for parameter '%1' is not valid.").arg(name));
}

SimError SimError::unauthorized() {
    // Scope violations (e.g. a parent key calling borrow) use -1002 rather than -2015: the key
    // itself is valid, and a client should not conclude that it was revoked.
    return make(-1002, QStringLiteral("You are not authorized to execute this request."), 401);
}

SimError SimError::noPermission() {
    return make(-2015, QStringLiteral("Invalid API-key, IP, or permissions for action."), 401);
}

SimError SimError::groupNotFound(qint64 groupId) {
    return make(-27001, QStringLiteral("Loan group %1 not found.").arg(groupId));
}

} // namespace loandesk::sim
