#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <type_traits>
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
    // Runs a parser's JSON reader (e.g. &LtvDetailsParser::parse, plus its extra arguments)
    // over a raw body, as the client does after ResponseClassifier: a body that is not JSON is
    // described precisely and never reaches the reader. For tests and fuzzing.
    template <typename Parse, typename... Args>
    static auto parseWith(Parse parse, const QByteArray &body, Args &&...args) {
        using Parsed = std::invoke_result_t<Parse, const QJsonValue &, Args...>;
        const Result<QJsonValue> json = toResult(body);
        return json.ok() ? std::invoke(parse, json.value(), std::forward<Args>(args)...)
                         : Parsed(json.error());
    }

private:
    static Decoded describeParseFailure(const QByteArray &body, int offset, int error,
                                        const QString &errorString);
    static QString snippet(const QByteArray &body, qsizetype around);
};

} // namespace loandesk
