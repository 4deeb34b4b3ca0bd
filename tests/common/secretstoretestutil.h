#pragma once

#include "settings/secretstore.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace loandesk::test {

// Runs one SecretStore call and waits (event loop, no sleep) for its single callback.
template <typename Call> std::optional<SecretResult> awaitSecret(Call &&call, int ms = 20000) {
    std::optional<SecretResult> out;
    int calls = 0;
    QObject context;
    call(&context, [&](const SecretResult &r) {
        ++calls;
        out = r;
    });
    if (out) // delivered from inside the call: forbidden by the interface
        qFatal("SecretStore delivered synchronously");
    if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
        return out;
    QTest::qWait(0);
    if (calls > 1)
        qFatal("SecretStore delivered %d callbacks", calls);
    return out;
}

} // namespace loandesk::test
