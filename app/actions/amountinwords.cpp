#include "amountinwords.h"

#include <QStringList>

namespace loandesk::AmountInWords {

namespace {

const char *const Ones[] = {"zero",    "one",     "two",       "three",    "four",
                            "five",    "six",     "seven",     "eight",    "nine",
                            "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char *const Tens[] = {"",      "",      "twenty",  "thirty", "forty",
                            "fifty", "sixty", "seventy", "eighty", "ninety"};
// Short scale, as in English-language finance: 10^3k.
const char *const Scales[] = {"",           "thousand",    "million",     "billion",
                              "trillion",   "quadrillion", "quintillion", "sextillion",
                              "septillion", "octillion"};

QString englishBelowThousand(int n) {
    QStringList words;
    if (n >= 100) {
        words << QString::fromLatin1(Ones[n / 100]) << QStringLiteral("hundred");
        n %= 100;
    }
    if (n >= 20) {
        QString tens = QString::fromLatin1(Tens[n / 10]);
        if (n % 10)
            tens += u'-' + QString::fromLatin1(Ones[n % 10]);
        words << tens;
    } else if (n > 0) {
        words << QString::fromLatin1(Ones[n]);
    }
    return words.join(u' ');
}

// `digits` is a non-empty string of ASCII digits without leading zeros (or "0").
QString englishInteger(const QString &digits) {
    if (digits == QLatin1String("0"))
        return QStringLiteral("zero");
    QStringList words;
    const qsizetype groups = (digits.size() + 2) / 3;
    for (qsizetype g = 0; g < groups; ++g) {
        const qsizetype end = digits.size() - (groups - 1 - g) * 3;
        const qsizetype start = qMax<qsizetype>(0, end - 3);
        const int value = digits.mid(start, end - start).toInt();
        if (value == 0)
            continue;
        words << englishBelowThousand(value);
        const qsizetype scale = groups - 1 - g;
        if (scale > 0)
            words << QString::fromLatin1(Scales[scale]);
    }
    return words.join(u' ');
}

// Financial numerals: digits, then the units inside a group of four, then the groups.
const char16_t ZhDigits[] = u"零壹贰叁肆伍陆柒捌玖";
const char16_t *const ZhUnits[] = {u"", u"拾", u"佰", u"仟"};
const char16_t *const ZhGroups[] = {u"", u"万", u"亿", u"万亿", u"亿亿", u"万亿亿", u"亿亿亿"};

QString zhInteger(const QString &digits) {
    if (digits == QLatin1String("0"))
        return QString(QChar(ZhDigits[0]));
    QString out;
    bool pendingZero = false;
    const qsizetype groups = (digits.size() + 3) / 4;
    for (qsizetype g = 0; g < groups; ++g) {
        const qsizetype end = digits.size() - (groups - 1 - g) * 4;
        const qsizetype start = qMax<qsizetype>(0, end - 4);
        const QString group = digits.mid(start, end - start).rightJustified(4, u'0');
        if (group == QLatin1String("0000")) {
            pendingZero = !out.isEmpty();
            continue;
        }
        for (int i = 0; i < 4; ++i) {
            const int d = group.at(i).digitValue();
            if (d == 0) {
                pendingZero = !out.isEmpty();
                continue;
            }
            if (pendingZero)
                out += QChar(ZhDigits[0]);
            pendingZero = false;
            out += QChar(ZhDigits[d]);
            out += QString::fromUtf16(ZhUnits[3 - i]);
        }
        out += QString::fromUtf16(ZhGroups[groups - 1 - g]);
    }
    return out;
}

} // namespace

QString spell(const Decimal &amount, Language language) {
    if (!amount.isValid() || amount.isNegative())
        return {};
    const QString text = amount.toString(); // canonical: no exponent, no trailing zeros
    const qsizetype dot = text.indexOf(u'.');
    const QString integer = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const bool english = language == Language::English;
    if (english && (integer.size() + 2) / 3 > qsizetype(std::size(Scales)))
        return {};
    QString out = english ? englishInteger(integer) : zhInteger(integer);
    if (!fraction.isEmpty()) {
        if (english) {
            out += QStringLiteral(" point");
            for (QChar c : fraction)
                out += u' ' + QString::fromLatin1(Ones[c.digitValue()]);
        } else {
            out += u'点';
            for (QChar c : fraction)
                out += QChar(ZhDigits[c.digitValue()]);
        }
    }
    return out;
}

QString spellWithAsset(const Decimal &amount, const QString &asset, Language language) {
    const QString words = spell(amount, language);
    if (words.isEmpty())
        return {};
    return words + u' ' + asset;
}

} // namespace loandesk::AmountInWords
