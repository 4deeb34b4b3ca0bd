#pragma once

#include <QValidator>

class QLineEdit;

namespace loandesk {

// Accepts an amount exactly as the exchange takes it: digits, an optional point and at most
// 8 decimals, greater than zero. No exponent, no sign, no group separators: what is typed is
// what is sent.
class AmountValidator final : public QValidator {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountValidator)

public:
    static constexpr int MaxPlaces = 8;

    explicit AmountValidator(QObject *parent = nullptr);
    // Makes `edit` an amount field: this validator, right-aligned, and wide enough for the
    // largest amount with all 8 decimals (a squeezed field hides digits).
    static void attach(QLineEdit *edit);
    State validate(QString &input, int &pos) const override;
};

} // namespace loandesk
