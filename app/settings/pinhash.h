#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace loandesk {

// A second operator's PIN as LoanDesk keeps it: PBKDF2-HMAC-SHA256 over the PIN with a random
// per-PIN salt, never the PIN itself. The iteration count travels with the hash so it can be
// raised later without invalidating stored PINs. Plain value; any thread (hashing is slow by
// design: about a tenth of a second here).
class PinHash {
public:
    static constexpr int DefaultIterations = 600000;
    static constexpr int MinIterations = 1000; // a stored hash below this is not trusted
    static constexpr int MinPinLength = 6;
    static constexpr int MaxPinLength = 32;

    PinHash() = default;

    // PINs are at least six characters and have no surrounding spaces; digits are usual.
    static bool isAcceptablePin(const QString &pin);
    // A fresh salt from the system's random source.
    static PinHash make(const QString &pin, int iterations = DefaultIterations);
    // Compares in constant time, so response timing says nothing about how close a guess was.
    bool matches(const QString &pin) const;
    bool isValid() const { return m_iterations >= MinIterations && !m_salt.isEmpty(); }

    // "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>"
    QString toString() const;
    static std::optional<PinHash> fromString(const QString &text);

    bool operator==(const PinHash &) const = default;

private:
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

    int m_iterations = 0;
    QByteArray m_salt;
    QByteArray m_hash;
};

} // namespace loandesk
