#include "crossmarginratioparser.h"

#include "jsonreader.h"
#include "tiertablereader.h"

#include <QJsonArray>

namespace loandesk {

Result<QHash<QString, TieredRatio>> CrossMarginRatioParser::parse(const QJsonValue &json) {
    QString error;
    QHash<QString, TieredRatio> out;
    const TierTableReader::Fields fields{u"minUsdValue", u"maxUsdValue", u"discountRate"};
    for (const JsonReader &group :
         JsonReader::elements(json, QStringLiteral("crossMarginCollateralRatio"), &error)) {
        const TieredRatio ratio = TierTableReader::read(group, u"collaterals", fields);
        // Checks that assetNames is an array (missing, null or another type fail here).
        group.array(u"assetNames");
        if (group.failed())
            break;
        const QJsonArray names = group.value(u"assetNames").toArray();
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString where = QStringLiteral("assetNames[%1]").arg(i);
            const QString asset = names.at(i).toString();
            if (!names.at(i).isString() || asset.trimmed().isEmpty()) {
                group.fail(
                    where,
                    QStringLiteral("not an asset name: %1").arg(JsonReader::typeName(names.at(i))));
                break;
            }
            if (out.contains(asset)) {
                group.fail(where, QStringLiteral("%1 is listed in two groups").arg(asset));
                break;
            }
            out.insert(asset, ratio);
        }
    }
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return out;
}

} // namespace loandesk
