#pragma once

#include "exchangeerror.h"

#include <functional>
#include <optional>
#include <utility>

namespace loandesk {

// Exactly one of a value or an error; what every asynchronous request delivers once.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(ExchangeError error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ExchangeError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ExchangeError m_error;
};

template <typename T> using ResultCallback = std::function<void(Result<T>)>;

} // namespace loandesk
