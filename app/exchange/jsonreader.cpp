#include "jsonreader.h"

#include <QJsonObject>

#include <cmath>

namespace loandesk {

namespace {

// Integers above 2^53 cannot come through a JSON double exactly; refuse them rather than
// silently changing an id.
constexpr double MaxExactDouble = 9007199254740992.0;

} // namespace

JsonReader::JsonReader(const QJsonValue &value, QString path, QString *error)
    : m_value(value)
    , m_path(std::move(path))
    , m_error(error) {}

QList<JsonReader> JsonReader::elements(const QJsonValue &value, const QString &path,
                                       QString *error) {
    QList<JsonReader> out;
    if (!error->isEmpty())
        return out;
    if (!value.isArray()) {
        *error = QStringLiteral("%1: expected an array, got %2").arg(path, typeName(value));
        return out;
    }
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(JsonReader(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), error));
    return out;
}

QString JsonReader::typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("an empty body"); // only a whole reply can be "undefined"
}

QString JsonReader::pathOf(QStringView field) const {
    return m_path + u'.' + field;
}

void JsonReader::fail(QStringView field, const QString &why) const {
    if (m_error->isEmpty())
        *m_error = (field.isEmpty() ? m_path : pathOf(field)) + QStringLiteral(": ") + why;
}

bool JsonReader::checkObject() const {
    if (failed())
        return false;
    if (!m_value.isObject()) {
        fail({}, QStringLiteral("expected an object, got %1").arg(typeName(m_value)));
        return false;
    }
    return true;
}

QJsonValue JsonReader::value(QStringView field) const {
    if (!checkObject())
        return {};
    return m_value.toObject().value(field);
}

bool JsonReader::has(QStringView field) const {
    const QJsonValue v = value(field);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::required(QStringView field) const {
    const QJsonValue v = value(field);
    if (failed())
        return {};
    if (v.isUndefined())
        fail(field, QStringLiteral("missing"));
    else if (v.isNull())
        fail(field, QStringLiteral("null"));
    return v;
}

QString JsonReader::string(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return {};
    if (!v.isString()) {
        fail(field, QStringLiteral("expected a string, got %1").arg(typeName(v)));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(QStringView field) const {
    return has(field) ? string(field) : QString();
}

qint64 JsonReader::integer(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > MaxExactDouble) {
            fail(field, QStringLiteral("not an exact integer: %1").arg(d, 0, 'g', 17));
            return 0;
        }
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (!ok)
            fail(field, QStringLiteral("not an integer: \"%1\"").arg(v.toString()));
        return n;
    }
    fail(field, QStringLiteral("expected an integer, got %1").arg(typeName(v)));
    return 0;
}

std::optional<qint64> JsonReader::optionalInteger(QStringView field) const {
    if (!has(field))
        return std::nullopt;
    return integer(field);
}

QString JsonReader::id(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return {};
    if (v.isString()) {
        if (v.toString().isEmpty())
            fail(field, QStringLiteral("empty"));
        return v.toString();
    }
    return QString::number(integer(field));
}

Decimal JsonReader::decimal(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return Decimal::invalid();
    QString why;
    const std::optional<Decimal> d = Decimal::fromJson(v, &why);
    if (!d) {
        fail(field, v.isString() || v.isDouble()
                        ? why
                        : QStringLiteral("expected a decimal, got %1").arg(typeName(v)));
        return Decimal::invalid();
    }
    return *d;
}

Decimal JsonReader::optionalDecimal(QStringView field) const {
    const QJsonValue v = value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return Decimal::invalid();
    return decimal(field);
}

bool JsonReader::boolean(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return false;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        // The doc types these as "STRING TRUE/FALSE" while its examples send JSON booleans.
        const QString s = v.toString();
        if (s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
        fail(field, QStringLiteral("not a boolean: \"%1\"").arg(s));
        return false;
    }
    fail(field, QStringLiteral("expected a boolean, got %1").arg(typeName(v)));
    return false;
}

Decimal JsonReader::quantity(QStringView field, QStringView asset) const {
    const Decimal d = decimal(field);
    if (d.isNegative()) {
        fail(field, QStringLiteral("negative balance of %1: %2").arg(asset, d.toString()));
        return Decimal::invalid();
    }
    return d;
}

QString JsonReader::name(QStringView field) const {
    if (!checkObject())
        return {};
    if (!has(field)) {
        fail({}, QStringLiteral("entry without \"%1\"").arg(field));
        return {};
    }
    const QString s = string(field);
    if (!failed() && s.trimmed().isEmpty())
        fail(field, QStringLiteral("empty"));
    return s;
}

JsonReader JsonReader::object(QStringView field) const {
    const QJsonValue v = required(field);
    if (!failed() && !v.isObject())
        fail(field, QStringLiteral("expected an object, got %1").arg(typeName(v)));
    return JsonReader(v, pathOf(field), m_error);
}

QList<JsonReader> JsonReader::array(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return {};
    return elements(v, pathOf(field), m_error);
}

QList<JsonReader> JsonReader::objectOrArray(QStringView field) const {
    const QJsonValue v = required(field);
    if (failed())
        return {};
    if (v.isObject())
        return {JsonReader(v, pathOf(field), m_error)};
    return elements(v, pathOf(field), m_error);
}

} // namespace loandesk
