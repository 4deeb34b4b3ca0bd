#include "portfoliocollateralrateparser.h"

#include "jsonreader.h"
#include "tiertablereader.h"

namespace loandesk {

Result<QHash<QString, TieredRatio>> PortfolioCollateralRateParser::parse(const QJsonValue &json) {
    QString error;
    QHash<QString, TieredRatio> out;
    const TierTableReader::Fields fields{u"tierFloor", u"tierCap", u"collateralRate"};
    for (const JsonReader &r :
         JsonReader::elements(json, QStringLiteral("portfolio/collateralRate"), &error)) {
        const QString asset = r.name(u"asset");
        if (!r.failed() && out.contains(asset))
            r.fail(u"asset", QStringLiteral("%1 listed twice").arg(asset));
        const TieredRatio ratio = TierTableReader::read(r, u"collateralInfo", fields);
        if (r.failed())
            break;
        out.insert(asset, ratio);
    }
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return out;
}

} // namespace loandesk
