#pragma once

#include "domain/decimal.h"

#include <QTest>

namespace loandesk {

// Lets QCOMPARE print Decimals when they differ.
inline char *toString(const Decimal &value) {
    return QTest::toString(value.toString());
}

inline Decimal dec(const char *text) {
    auto value = Decimal::fromString(QString::fromLatin1(text));
    if (!value)
        qFatal("bad decimal literal in test: %s", text);
    return *value;
}

} // namespace loandesk
