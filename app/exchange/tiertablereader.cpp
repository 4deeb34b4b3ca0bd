#include "tiertablereader.h"

#include <algorithm>

namespace loandesk {

CollateralTier TierTableReader::readTier(const JsonReader &r, const Fields &names) {
    CollateralTier t;
    t.floorUsd = r.decimal(names.floor);
    if (t.floorUsd.isNegative())
        r.fail(names.floor, QStringLiteral("negative: %1").arg(t.floorUsd.toString()));
    // The top tier has no cap: the field is absent (cross margin) or may come null or "".
    const Decimal cap = r.optionalDecimal(names.cap);
    if (cap.isValid()) {
        t.capUsd = cap;
        if (!r.failed() && !(cap > t.floorUsd))
            r.fail(names.cap, QStringLiteral("%1 is not above %2 %3")
                                  .arg(cap.toString(), names.floor, t.floorUsd.toString()));
    }
    t.rate = r.decimal(names.rate);
    if (!r.failed() && (t.rate.isNegative() || t.rate > Decimal::fromInt(1)))
        r.fail(names.rate,
               QStringLiteral("%1 is not a ratio between 0 and 1").arg(t.rate.toString()));
    return t;
}

TieredRatio TierTableReader::read(const JsonReader &owner, QStringView field, const Fields &names) {
    QList<CollateralTier> tiers;
    for (const JsonReader &r : owner.array(field))
        tiers.append(readTier(r, names));
    if (owner.failed())
        return {};
    if (tiers.isEmpty()) {
        owner.fail(field, QStringLiteral("no tiers"));
        return {};
    }
    std::sort(tiers.begin(), tiers.end(), [](const CollateralTier &a, const CollateralTier &b) {
        return a.floorUsd < b.floorUsd;
    });
    for (qsizetype i = 0; i + 1 < tiers.size(); ++i) {
        const CollateralTier &lower = tiers.at(i);
        const CollateralTier &upper = tiers.at(i + 1);
        if (!lower.capUsd) {
            owner.fail(field, QStringLiteral("the tier from %1 has no cap but the tier from %2 "
                                             "lies above it")
                                  .arg(lower.floorUsd.toString(), upper.floorUsd.toString()));
            return {};
        }
        if (*lower.capUsd > upper.floorUsd) {
            owner.fail(field, QStringLiteral("tiers overlap between %1 and %2")
                                  .arg(upper.floorUsd.toString(), lower.capUsd->toString()));
            return {};
        }
    }
    return TieredRatio(std::move(tiers));
}

} // namespace loandesk
