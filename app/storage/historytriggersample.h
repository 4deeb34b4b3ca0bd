#pragma once

#include "domain/decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace loandesk {

// One asset's trigger prices for one risk unit, recorded with the unit's sample at `timeMs`
// (the sample's fetch time): the asset's USD price then, and the price of that asset alone at
// which the unit would have reached each band (nullopt where it alone could not). Kept as exact
// decimal strings, so the history shows the cushion exactly as the dashboard showed it.
struct HistoryTriggerSample {
    qint64 groupId = 0;
    qint64 timeMs = 0;
    QString asset;
    Decimal priceUsd;
    std::optional<Decimal> warning;
    std::optional<Decimal> initial;
    std::optional<Decimal> marginCall;
    std::optional<Decimal> liquidation;
    bool operator==(const HistoryTriggerSample &) const = default;
};

// Trigger samples of one unit over a window, at most one per asset and bucket (the last one in
// it), ordered by asset then time. `error` is set when the query failed.
struct HistoryTriggerSeries {
    qint64 groupId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList assets; // in order of first appearance
    QList<HistoryTriggerSample> samples;
    QString error;
};

} // namespace loandesk
