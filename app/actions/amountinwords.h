#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk {

// Spells an amount out for the confirmation step, so 100 000 and 1 000 000 cannot be
// mistaken for each other. Exact: the fraction is read digit by digit after "point"
// ("one thousand point zero five USDT"), never rounded. Chinese uses the financial numerals
// (大写, 壹贰叁…) that Chinese banks require on payment instructions for the same reason.
// Pure functions; any thread.
namespace AmountInWords {

enum class Language { English, ChineseFinancial };

// Empty for invalid or negative amounts; magnitudes up to 10^28 − 1 (Decimal's range).
QString spell(const Decimal &amount, Language language = Language::English);
QString spellWithAsset(const Decimal &amount, const QString &asset,
                       Language language = Language::English);

} // namespace AmountInWords
} // namespace loandesk
