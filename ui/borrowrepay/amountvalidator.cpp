#include "amountvalidator.h"

#include "domain/decimal.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace loandesk {

AmountValidator::AmountValidator(QObject *parent)
    : QValidator(parent) {}

void AmountValidator::attach(QLineEdit *edit) {
    edit->setValidator(new AmountValidator(edit));
    edit->setAlignment(Qt::AlignRight);
    edit->setMinimumWidth(
        edit->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000.00000000")) + 16);
}

QValidator::State AmountValidator::validate(QString &input, int &pos) const {
    Q_UNUSED(pos)
    static const QRegularExpression shape(QStringLiteral("^[0-9]{0,28}(\\.[0-9]{0,8})?$"));
    if (input.isEmpty())
        return Intermediate;
    if (!shape.match(input).hasMatch())
        return Invalid;
    if (input.endsWith(u'.') || input == QLatin1String("."))
        return Intermediate;
    const std::optional<Decimal> value = Decimal::fromString(input);
    // "0", "0.0" may still become "0.05": keep typing allowed, but not acceptable.
    return value && value->isPositive() ? Acceptable : Intermediate;
}

} // namespace loandesk
