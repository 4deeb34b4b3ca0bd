#include "decimal.h"

#include <QDebug>
#include <QHashFunctions>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace loandesk {

namespace {

__extension__ typedef __int128 Int128;

// Values stay below 10^38 in magnitude so that every intermediate fits in Int128 (max ≈ 1.7e38).
constexpr int MaxDigits = 38;
// Parsed input is limited to 28 integer digits: far beyond any amount, and it keeps products of
// two parsed values representable.
constexpr int MaxParsedIntegerDigits = 28;

constexpr Int128 pow10(int n) {
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// constexpr, not a dynamic initializer: Decimals built in other files' static initializers
// (which may run first) must already see the real limit.
constexpr Int128 Limit = pow10(MaxDigits);

bool checkedMul10(Int128 &v, int times) {
    for (int i = 0; i < times; ++i) {
        if (__builtin_mul_overflow(v, Int128(10), &v))
            return false;
    }
    return v < Limit && v > -Limit;
}

// Rounds q (a truncated quotient, sign already applied) given the discarded remainder
// |r| out of |d|, the sign of the exact value and the mode.
Int128 applyRounding(Int128 q, Int128 r, Int128 d, bool negative, Decimal::Rounding mode) {
    if (r < 0)
        r = -r;
    if (d < 0)
        d = -d;
    if (r == 0)
        return q;
    const Int128 step = negative ? -1 : 1;
    // compare r with d - r instead of 2r with d to avoid overflow
    const Int128 rest = d - r;
    switch (mode) {
    case Decimal::Rounding::Down:
        return q;
    case Decimal::Rounding::Up:
        return q + step;
    case Decimal::Rounding::Floor:
        return negative ? q - 1 : q;
    case Decimal::Rounding::Ceiling:
        return negative ? q : q + 1;
    case Decimal::Rounding::HalfUp:
        return r >= rest ? q + step : q;
    case Decimal::Rounding::HalfEven:
        if (r > rest)
            return q + step;
        if (r < rest)
            return q;
        return (q % 2 == 0) ? q : q + step;
    }
    return q;
}

QString int128ToString(Int128 v) {
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    char buf[48];
    int pos = sizeof(buf);
    buf[--pos] = '\0';
    while (v != 0) {
        int digit = int(v % 10);
        if (digit < 0)
            digit = -digit;
        buf[--pos] = char('0' + digit);
        v /= 10;
    }
    if (negative)
        buf[--pos] = '-';
    return QString::fromLatin1(buf + pos);
}

} // namespace

Decimal::Decimal(Int128 mantissa, int scale)
    : m_mantissa(mantissa)
    , m_scale(scale) {}

Decimal Decimal::make(Int128 mantissa, int scale) {
    if (mantissa >= Limit || mantissa <= -Limit)
        return invalid();
    Decimal d(mantissa, scale);
    if (scale > MaxScale)
        return d.rounded(MaxScale);
    d.normalize();
    return d;
}

void Decimal::normalize() {
    while (m_scale > 0 && m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        --m_scale;
    }
    if (m_mantissa == 0)
        m_scale = 0;
}

Decimal Decimal::fromInt(qint64 value) {
    return make(Int128(value), 0);
}

Decimal Decimal::fromScaled(qint64 mantissa, int scale) {
    return make(Int128(mantissa), std::clamp(scale, 0, MaxScale));
}

Decimal Decimal::invalid() {
    Decimal d;
    d.m_valid = false;
    return d;
}

std::optional<Decimal> Decimal::fromString(QStringView text, QString *error) {
    auto fail = [&](const QString &why) -> std::optional<Decimal> {
        if (error)
            *error = QStringLiteral("not a decimal number: \"%1\" (%2)").arg(text.toString(), why);
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QStringLiteral("empty"));
    if (text.size() > 80)
        return fail(QStringLiteral("too long"));

    qsizetype i = 0;
    bool negative = false;
    if (text[i] == u'+' || text[i] == u'-') {
        negative = text[i] == u'-';
        ++i;
    }
    Int128 mantissa = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            anyDigit = true;
            if (mantissa == 0 && !seenPoint && c == u'0')
                continue; // leading zeros carry no digits
            if (!seenPoint && ++intDigits > MaxParsedIntegerDigits)
                return fail(QStringLiteral("too large"));
            if (seenPoint)
                ++fracDigits;
            if (intDigits + fracDigits > MaxDigits - 1)
                return fail(QStringLiteral("too many digits"));
            mantissa = mantissa * 10 + (c.unicode() - u'0');
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return fail(QStringLiteral("no digits"));

    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        const qsizetype expStart = i;
        for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > 100)
                return fail(QStringLiteral("exponent out of range"));
        }
        if (i == expStart)
            return fail(QStringLiteral("missing exponent"));
        if (expNegative)
            exponent = -exponent;
    }
    if (i != text.size())
        return fail(QStringLiteral("unexpected character '%1'").arg(text[i]));

    int scale = fracDigits - exponent;
    if (scale < 0) {
        if (!checkedMul10(mantissa, -scale))
            return fail(QStringLiteral("too large"));
        scale = 0;
    }
    Decimal d(negative ? -mantissa : mantissa, scale);
    d.normalize();
    if (d.m_scale > MaxScale)
        return fail(QStringLiteral("more than %1 decimal places").arg(MaxScale));
    if (d.m_mantissa != 0) {
        // integer part limit also applies after the exponent was applied
        Int128 intPart = d.m_mantissa / pow10(d.m_scale);
        if (intPart >= pow10(MaxParsedIntegerDigits) || intPart <= -pow10(MaxParsedIntegerDigits))
            return fail(QStringLiteral("too large"));
    }
    return d;
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue &value, QString *error) {
    if (value.isString())
        return fromString(value.toString(), error);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            if (error)
                *error = QStringLiteral("not a finite number");
            return std::nullopt;
        }
        return fromString(QString::number(d, 'g', QLocale::FloatingPointShortest), error);
    }
    if (error) {
        *error = value.isUndefined() ? QStringLiteral("missing")
                 : value.isNull()    ? QStringLiteral("null instead of a number")
                                     : QStringLiteral("not a number or numeric string");
    }
    return std::nullopt;
}

QString Decimal::toString() const {
    if (!m_valid)
        return QStringLiteral("NaN");
    return toString(m_scale, Rounding::Down);
}

QString Decimal::toString(int places, Rounding mode) const {
    if (!m_valid)
        return QStringLiteral("NaN");
    const Decimal r = places >= m_scale ? *this : rounded(places, mode);
    if (!r.m_valid)
        return QStringLiteral("NaN");
    Int128 m = r.m_mantissa;
    const bool negative = m < 0;
    if (negative)
        m = -m;
    QString digits = int128ToString(m);
    const int pad = places - r.m_scale; // r.m_scale <= places
    if (places > 0) {
        digits += QString(pad, u'0');
        if (digits.size() <= places)
            digits.prepend(QString(places - digits.size() + 1, u'0'));
        digits.insert(digits.size() - places, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

double Decimal::toDouble() const {
    if (!m_valid)
        return std::nan("");
    return toString().toDouble();
}

Decimal Decimal::rounded(int places, Rounding mode) const {
    if (!m_valid || places >= m_scale)
        return *this;
    if (places < 0)
        places = 0;
    const Int128 divisor = pow10(m_scale - places);
    const Int128 q = m_mantissa / divisor;
    const Int128 r = m_mantissa % divisor;
    Decimal d(applyRounding(q, r, divisor, m_mantissa < 0, mode), places);
    d.normalize();
    return d;
}

Decimal Decimal::abs() const {
    return isNegative() ? -*this : *this;
}

Decimal Decimal::operator-() const {
    if (!m_valid)
        return *this;
    return Decimal(-m_mantissa, m_scale);
}

Decimal Decimal::operator+(const Decimal &other) const {
    if (!m_valid || !other.m_valid)
        return invalid();
    Int128 a = m_mantissa;
    Int128 b = other.m_mantissa;
    const int scale = std::max(m_scale, other.m_scale);
    if (!checkedMul10(a, scale - m_scale) || !checkedMul10(b, scale - other.m_scale))
        return invalid();
    Int128 sum;
    if (__builtin_add_overflow(a, b, &sum))
        return invalid();
    return make(sum, scale);
}

Decimal Decimal::operator-(const Decimal &other) const {
    return *this + (-other);
}

Decimal Decimal::operator*(const Decimal &other) const {
    if (!m_valid || !other.m_valid)
        return invalid();
    Int128 product;
    if (__builtin_mul_overflow(m_mantissa, other.m_mantissa, &product))
        return invalid();
    return make(product, m_scale + other.m_scale);
}

Decimal Decimal::dividedBy(const Decimal &divisor, int places, Rounding mode) const {
    if (!m_valid || !divisor.m_valid || divisor.m_mantissa == 0)
        return invalid();
    places = std::clamp(places, 0, MaxScale);
    // q = m1 · 10^(places + s2 − s1) / m2, computed by long division so the numerator
    // never has to be scaled up in one go.
    Int128 num = m_mantissa < 0 ? -m_mantissa : m_mantissa;
    Int128 den = divisor.m_mantissa < 0 ? -divisor.m_mantissa : divisor.m_mantissa;
    int shift = places + divisor.m_scale - m_scale;
    if (shift < 0 && !checkedMul10(den, -shift))
        return invalid();
    Int128 q = num / den;
    Int128 r = num % den;
    for (int i = 0; i < shift; ++i) {
        Int128 r10;
        if (__builtin_mul_overflow(q, Int128(10), &q) ||
            __builtin_mul_overflow(r, Int128(10), &r10))
            return invalid();
        q += r10 / den;
        r = r10 % den;
    }
    const bool negative = (m_mantissa < 0) != (divisor.m_mantissa < 0);
    if (negative)
        q = -q;
    q = applyRounding(q, r, den, negative, mode);
    return make(q, places);
}

bool Decimal::operator==(const Decimal &other) const {
    return m_valid && other.m_valid && m_mantissa == other.m_mantissa && m_scale == other.m_scale;
}

std::partial_ordering Decimal::operator<=>(const Decimal &other) const {
    if (!m_valid || !other.m_valid)
        return std::partial_ordering::unordered;
    // Never through subtraction: aligning 10^20 to 18 places leaves Int128's range (a
    // difference that overflows has no sign to read). Integer parts first, then the fractions
    // at a common scale, which stay below 10^36.
    const Int128 unitA = pow10(m_scale);
    const Int128 unitB = pow10(other.m_scale);
    const Int128 intA = m_mantissa / unitA;
    const Int128 intB = other.m_mantissa / unitB;
    if (intA != intB)
        return intA < intB ? std::partial_ordering::less : std::partial_ordering::greater;
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 fracA = (m_mantissa % unitA) * pow10(scale - m_scale);
    const Int128 fracB = (other.m_mantissa % unitB) * pow10(scale - other.m_scale);
    if (fracA != fracB)
        return fracA < fracB ? std::partial_ordering::less : std::partial_ordering::greater;
    return std::partial_ordering::equivalent;
}

size_t qHash(const Decimal &value, size_t seed) {
    return qHash(value.toString(), seed);
}

QDebug operator<<(QDebug debug, const Decimal &value) {
    QDebugStateSaver saver(debug);
    debug.nospace() << "Decimal(" << value.toString() << ')';
    return debug;
}

} // namespace loandesk
