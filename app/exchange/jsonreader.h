#pragma once

#include "domain/decimal.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace loandesk {

// Reads the fields of one JSON object for the response parsers and records the first problem
// with the full path of the field, e.g.
//   "ltv-details[0].collateralAccounts[2].wallets[1].netEquity: missing".
// The exchange is loose with types, so decimals may be strings or numbers (incl. "0E-8"),
// integers and ids numbers or strings, and booleans true or "TRUE". Unknown fields are ignored.
// After the first error every getter returns a default value; check failed() at the end.
class JsonReader {
public:
    JsonReader(const QJsonValue &value, QString path, QString *error);

    // The elements of an array found at `value`, each with its own path "path[i]".
    static QList<JsonReader> elements(const QJsonValue &value, const QString &path, QString *error);

    const QString &path() const { return m_path; }
    QString pathOf(QStringView field) const;
    bool failed() const { return !m_error->isEmpty(); }
    void fail(QStringView field, const QString &why) const;

    bool has(QStringView field) const; // present and not null
    QJsonValue value(QStringView field) const;

    QString string(QStringView field) const;
    QString optionalString(QStringView field) const; // absent or null → empty
    // A string or an integral number, returned as text (transaction ids come as both).
    QString id(QStringView field) const;
    qint64 integer(QStringView field) const;
    std::optional<qint64> optionalInteger(QStringView field) const;
    Decimal decimal(QStringView field) const;
    // Absent, null or "" → Decimal::invalid() ("not reported"); present but malformed → error.
    Decimal optionalDecimal(QStringView field) const;
    bool boolean(QStringView field) const;
    // A quantity that cannot be below zero (a balance): negative → "<field>: negative balance
    // of <asset>: <value>".
    Decimal quantity(QStringView field, QStringView asset) const;
    // The non-empty name that identifies an entry (an asset, a symbol). Absent or null fails
    // as "<path>: entry without \"<field>\"", so a missing key is not mistaken for a bad value.
    QString name(QStringView field) const;
    JsonReader object(QStringView field) const;
    QList<JsonReader> array(QStringView field) const;
    // An array of objects, or a single object standing for a one-element array (the
    // force-liquidation example sends `liabilities` as an object).
    QList<JsonReader> objectOrArray(QStringView field) const;

    static QString typeName(const QJsonValue &value);

private:
    bool checkObject() const;
    QJsonValue required(QStringView field) const;

    QJsonValue m_value;
    QString m_path;
    QString *m_error;
};

} // namespace loandesk
