#pragma once

#include "simerror.h"
#include "simrequest.h"

#include "domain/decimal.h"

#include <QMap>
#include <QString>

#include <optional>

namespace loandesk::sim {

// The decoded parameters of a request: application/x-www-form-urlencoded pairs from the query
// string and the body, where the query string wins (API notes 6.1). Typed accessors remember
// the first problem as an exchange error (-1102 missing, -1100 illegal characters, -1130
// invalid), so a handler reads everything it needs and then checks error() once.
class RequestParams {
public:
    static RequestParams parse(const SimRequest &request);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

    QString required(const QString &name);
    std::optional<qint64> requiredLong(const QString &name);
    std::optional<qint64> optionalLong(const QString &name);
    std::optional<Decimal> requiredDecimal(const QString &name);
    // Page number (≥ 1, default 1) and size (1..100, default 10).
    qint64 current();
    qint64 size();

    const std::optional<SimError> &error() const { return m_error; }
    void setError(const SimError &error);

private:
    std::optional<qint64> parseLong(const QString &name);

    QMap<QString, QString> m_values;
    std::optional<SimError> m_error;
};

} // namespace loandesk::sim
