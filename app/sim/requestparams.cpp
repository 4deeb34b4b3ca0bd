#include "requestparams.h"

namespace loandesk::sim {

namespace {

QString decode(QByteArray raw) {
    raw.replace('+', ' '); // form encoding: '+' is a space
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

void addPairs(const QByteArray &encoded, QMap<QString, QString> *into, bool overwrite,
              std::optional<SimError> *error) {
    QMap<QString, QString> seen;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (seen.contains(name) && !*error)
            *error = SimError::make(-1101, QStringLiteral("Duplicate values for a parameter "
                                                          "detected."));
        seen.insert(name, value);
        if (overwrite || !into->contains(name))
            into->insert(name, value);
    }
}

} // namespace

RequestParams RequestParams::parse(const SimRequest &request) {
    RequestParams params;
    addPairs(request.rawQuery, &params.m_values, true, &params.m_error);
    addPairs(request.body, &params.m_values, false, &params.m_error);
    return params;
}

void RequestParams::setError(const SimError &error) {
    if (!m_error)
        m_error = error;
}

QString RequestParams::required(const QString &name) {
    const QString v = m_values.value(name);
    if (v.isEmpty())
        setError(SimError::mandatoryParam(name));
    return v;
}

std::optional<qint64> RequestParams::parseLong(const QString &name) {
    const QString v = m_values.value(name);
    bool ok = v.size() <= 20;
    for (const QChar c : v)
        ok = ok && c.isDigit() && c.unicode() < 128;
    const qint64 n = ok ? v.toLongLong(&ok) : 0;
    if (!ok) {
        setError(SimError::make(-1100, QStringLiteral("Illegal characters found in parameter "
                                                      "'%1'; legal range is '^[0-9]{1,20}$'.")
                                           .arg(name)));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> RequestParams::requiredLong(const QString &name) {
    if (m_values.value(name).isEmpty()) {
        setError(SimError::mandatoryParam(name));
        return std::nullopt;
    }
    return parseLong(name);
}

std::optional<qint64> RequestParams::optionalLong(const QString &name) {
    if (!m_values.contains(name))
        return std::nullopt;
    if (m_values.value(name).isEmpty()) {
        setError(SimError::make(-1105, QStringLiteral("Parameter '%1' was empty.").arg(name)));
        return std::nullopt;
    }
    return parseLong(name);
}

std::optional<Decimal> RequestParams::requiredDecimal(const QString &name) {
    const QString v = required(name);
    if (v.isEmpty())
        return std::nullopt;
    const std::optional<Decimal> d = Decimal::fromString(v);
    if (!d)
        setError(SimError::illegalChars(name));
    return d;
}

qint64 RequestParams::current() {
    const qint64 page = optionalLong(QStringLiteral("current")).value_or(1);
    if (page < 1)
        setError(SimError::invalidParam(QStringLiteral("current")));
    return std::max<qint64>(page, 1);
}

qint64 RequestParams::size() {
    const qint64 size = optionalLong(QStringLiteral("size")).value_or(10);
    if (size < 1 || size > 100)
        setError(SimError::invalidParam(QStringLiteral("size")));
    return std::clamp<qint64>(size, 1, 100);
}

} // namespace loandesk::sim
