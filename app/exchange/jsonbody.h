#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <utility>

namespace loandesk {

// Turns a response body into a JSON value, or says precisely why it is not JSON: an HTML
// error page from a proxy, a body cut off mid-transfer (and where), malformed JSON (and where),
// or nothing at all. The exchange's replies are objects or arrays, but max-borrowable may
// answer `null`, so top-level scalars are accepted too. Pure functions, any thread.
class JsonBody {
public:
    struct Decoded {
        QJsonValue value{QJsonValue::Undefined}; // Undefined for an empty body
        QString problem; // short: "HTML page instead of JSON", "truncated JSON", …; empty if ok
        QString detail;  // where and why, e.g. "cut off at byte 57 (unterminated object)"

        bool ok() const { return problem.isEmpty(); }
        bool isEmpty() const { return ok() && value.isUndefined(); }
        // "<problem> (HTTP <status>)[: <detail>]" for ExchangeError::message; the status part
        // is left out when httpStatus is 0.
        QString describe(int httpStatus = 0) const;
    };

    static Decoded decode(const QByteArray &body);
    // decode() as a Result: a body that is not JSON becomes a Parse error.
    static Result<QJsonValue> toResult(const QByteArray &body);
    // A whole body through one of the parsers (`parser(json, extra...)`), for tests and
    // fuzzing: a body that is not JSON is a Parse error that says precisely why.
    template <typename T, typename... Params, typename... Extra>
    static Result<T> parse(Result<T> (*parser)(const QJsonValue &, Params...),
                           const QByteArray &body, Extra &&...extra) {
        const Result<QJsonValue> json = toResult(body);
        return json.ok() ? parser(json.value(), std::forward<Extra>(extra)...)
                         : Result<T>(json.error());
    }

private:
    static Decoded describeParseFailure(const QByteArray &body, int offset, int error,
                                        const QString &errorString);
    static QString snippet(const QByteArray &body, qsizetype around);
};

} // namespace loandesk
