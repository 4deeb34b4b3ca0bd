#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

class QDebug;
class QJsonValue;

namespace loandesk {

// An exact decimal number for money and ratios: mantissa × 10^-scale with a 128-bit mantissa
// and 0..18 fractional digits. Values are kept canonical (no trailing fractional zeros), so
// equal numbers compare and hash equal whatever their textual form ("1.50" == "1.5").
// Arithmetic that would overflow yields an invalid value (like a NaN) that propagates; parse
// errors are reported, never turned into zero. Conversion to double is for drawing only.
class Decimal {
public:
    static constexpr int MaxScale = 18;

    enum class Rounding {
        HalfEven, // banker's rounding, the default for every derived figure
        HalfUp,   // half away from zero
        Down,     // toward zero (truncate)
        Up,       // away from zero
        Floor,    // toward −∞
        Ceiling,  // toward +∞
    };

    constexpr Decimal() = default;
    static Decimal fromInt(qint64 value);
    // mantissa × 10^-scale, e.g. fromScaled(15, 1) == 1.5; scale is clamped to 0..MaxScale.
    static Decimal fromScaled(qint64 mantissa, int scale);
    static Decimal invalid();

    // Accepts "-12.5", "0E-8", "1.5e3", "+3", ".5"; rejects whitespace, junk, more than
    // MaxScale fractional digits after the exponent is applied, and magnitudes ≥ 10^28.
    static std::optional<Decimal> fromString(QStringView text, QString *error = nullptr);
    // The exchange sends amounts as strings, and sometimes as JSON numbers. A JSON number has
    // already become a double inside QJsonDocument, so it is read back through its shortest
    // round-trip representation, which is exact for every value with up to 15 significant digits.
    static std::optional<Decimal> fromJson(const QJsonValue &value, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    bool isZero() const { return m_valid && m_mantissa == 0; }
    bool isNegative() const { return m_valid && m_mantissa < 0; }
    bool isPositive() const { return m_valid && m_mantissa > 0; }
    int scale() const { return m_scale; }

    // Shortest exact form, never an exponent: "15.30718771", "0", "-0.5". Invalid → "NaN".
    QString toString() const;
    // Exactly `places` fractional digits, rounded by `mode`.
    QString toString(int places, Rounding mode = Rounding::HalfEven) const;
    double toDouble() const;

    Decimal rounded(int places, Rounding mode = Rounding::HalfEven) const;
    Decimal abs() const;
    // Quotient with `places` fractional digits; division by zero gives an invalid value.
    Decimal dividedBy(const Decimal &divisor, int places = MaxScale,
                      Rounding mode = Rounding::HalfEven) const;

    Decimal operator-() const;
    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    // Exact unless the product has more than MaxScale digits, then rounded half-even.
    Decimal operator*(const Decimal &other) const;
    Decimal &operator+=(const Decimal &other) { return *this = *this + other; }
    Decimal &operator-=(const Decimal &other) { return *this = *this - other; }

    // Invalid values are unordered: every comparison with one is false, except !=.
    bool operator==(const Decimal &other) const;
    std::partial_ordering operator<=>(const Decimal &other) const;

    static const Decimal &min(const Decimal &a, const Decimal &b) { return b < a ? b : a; }
    static const Decimal &max(const Decimal &a, const Decimal &b) { return a < b ? b : a; }

private:
    __extension__ typedef __int128 Int128;
    Decimal(Int128 mantissa, int scale);
    void normalize();
    static Decimal make(Int128 mantissa, int scale);

    Int128 m_mantissa = 0;
    int m_scale = 0;
    bool m_valid = true;
};

size_t qHash(const Decimal &value, size_t seed = 0);
QDebug operator<<(QDebug debug, const Decimal &value);

} // namespace loandesk

Q_DECLARE_METATYPE(loandesk::Decimal)
