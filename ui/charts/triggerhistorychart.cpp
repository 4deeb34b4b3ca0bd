#include "triggerhistorychart.h"

#include "common/bandstyle.h"
#include "models/displayformat.h"
#include "models/riskunitlistmodel.h"

#include <QLineSeries>
#include <QPen>

#include <limits>

namespace loandesk {

namespace {

constexpr LtvBand Bands[] = {LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall,
                             LtvBand::Liquidation};

std::optional<Decimal> triggerOf(const HistoryTriggerSample &s, LtvBand band) {
    switch (band) {
    case LtvBand::Warning:
        return s.warning;
    case LtvBand::AboveInitial:
        return s.initial;
    case LtvBand::MarginCall:
        return s.marginCall;
    case LtvBand::Liquidation:
        return s.liquidation;
    default:
        return std::nullopt;
    }
}

} // namespace

TriggerHistoryChart::TriggerHistoryChart(QWidget *parent)
    : HistoryChartView(parent) {
    setObjectName(QStringLiteral("triggerHistoryChart"));
    setAccessibleName(tr("Trigger prices"));
}

void TriggerHistoryChart::setTriggerSeries(const HistoryTriggerSeries &triggers,
                                           const HistorySeries &ltv) {
    m_triggers = triggers;
    m_ltv = ltv;
    if (!m_triggers.assets.contains(m_asset))
        m_asset = m_triggers.assets.value(0);
    reshape();
}

void TriggerHistoryChart::setAsset(const QString &asset) {
    if (asset == m_asset)
        return;
    m_asset = asset;
    reshape();
}

void TriggerHistoryChart::reshape() {
    // The base class draws time, gaps, markers and the readout from a HistorySeries: one bucket
    // per recorded sample of the asset shown; the values stay here.
    HistorySeries shape;
    shape.groupId = m_triggers.groupId;
    shape.fromMs = m_triggers.fromMs;
    shape.toMs = m_triggers.toMs;
    shape.gaps = m_ltv.gaps;
    shape.events = m_ltv.events;
    shape.error = m_triggers.error;
    m_sampleAt.clear();
    for (qsizetype i = 0; i < m_triggers.samples.size(); ++i) {
        const HistoryTriggerSample &t = m_triggers.samples.at(i);
        if (t.asset != m_asset)
            continue;
        HistorySeries::Bucket b;
        b.firstMs = b.lastMs = b.endMs = t.timeMs;
        b.count = 1;
        shape.buckets.append(b);
        m_sampleAt.insert(t.timeMs, i);
    }
    setSeries(shape);
}

QString TriggerHistoryChart::yTitle() const {
    return tr("%1 price (USD)").arg(m_asset);
}

std::pair<double, double>
TriggerHistoryChart::addData(const QList<QList<HistorySeries::Bucket>> &runs) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const bool dark = isDark();
    // A line per run of consecutive values; only the first of each kind is in the legend.
    QSet<QString> named;
    auto addLine = [&](const QString &name, const QColor &color, qreal width, Qt::PenStyle style,
                       QList<QPointF> points) {
        if (points.isEmpty())
            return;
        auto *line = new QLineSeries;
        line->setObjectName(name);
        line->setName(name);
        QPen pen(color, width);
        pen.setStyle(style);
        line->setPen(pen);
        attach(line);
        if (named.contains(name))
            hideFromLegend(line);
        named.insert(name);
        for (const QPointF &p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        attachPoints(line, std::move(points));
    };
    for (const auto &run : runs) {
        QList<QPointF> price;
        QList<QList<QPointF>> segment(std::size(Bands));
        auto flush = [&](qsizetype k) {
            addLine(bandName(int(Bands[k])), BandStyle::lineColor(Bands[k], dark), 1.2,
                    Qt::DashLine, std::exchange(segment[k], {}));
        };
        for (const HistorySeries::Bucket &b : run) {
            const qsizetype at = m_sampleAt.value(b.lastMs, -1);
            if (at < 0)
                continue;
            const HistoryTriggerSample &s = m_triggers.samples.at(at);
            const double x = double(s.timeMs);
            price.append({x, s.priceUsd.toDouble()});
            for (qsizetype k = 0; k < qsizetype(std::size(Bands)); ++k) {
                if (const std::optional<Decimal> v = triggerOf(s, Bands[k]))
                    segment[k].append({x, v->toDouble()});
                else
                    flush(k); // that asset alone could not reach the band here
            }
        }
        for (qsizetype k = 0; k < qsizetype(std::size(Bands)); ++k)
            flush(k);
        addLine(tr("%1 price").arg(m_asset),
                dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2), 1.8, Qt::SolidLine,
                std::move(price));
    }
    if (!(lo <= hi))
        return {0, 1};
    const double pad = std::max((hi - lo) * 0.05, hi * 0.01);
    return {std::max(0.0, lo - pad), hi + pad};
}

QString TriggerHistoryChart::readoutFor(const HistorySeries::Bucket &bucket) const {
    const qsizetype at = m_sampleAt.value(bucket.lastMs, -1);
    if (at < 0)
        return {};
    const HistoryTriggerSample &s = m_triggers.samples.at(at);
    QStringList lines{tr("%1 %2").arg(s.asset, DisplayFormat::usd(s.priceUsd))};
    for (const LtvBand band : Bands) {
        const std::optional<Decimal> v = triggerOf(s, band);
        if (!v) {
            lines << tr("%1: not reachable by %2 alone").arg(bandName(int(band)), s.asset);
            continue;
        }
        const Decimal fall =
            s.priceUsd.isPositive() ? Decimal::fromInt(1) - v->dividedBy(s.priceUsd, 8) : Decimal();
        lines << tr("%1: %2 (\u2212%3)")
                     .arg(bandName(int(band)), DisplayFormat::usd(*v),
                          DisplayFormat::percent(fall, 1));
    }
    return lines.join(u'\n');
}

} // namespace loandesk
