#pragma once

#include "exchange/exchangeerror.h"
#include "exchange/result.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace loandesk::test {

// Waits for the one callback of an asynchronous client call and returns its Result.
template <typename T, typename Call> Result<T> await(Call &&call, int timeoutMs = 10000) {
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return ExchangeError::make(ExchangeError::Kind::Timeout, QStringLiteral("test timed out"));
    return std::move(*out);
}

} // namespace loandesk::test
