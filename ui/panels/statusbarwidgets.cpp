#include "statusbarwidgets.h"

#include "common/elidedlabel.h"

#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"
#include "models/displayformat.h"
#include "monitor/monitorstate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace loandesk {

namespace {

// A small glyph per feed state: shape and colour differ, so either alone tells them apart.
QPixmap feedGlyph(MonitorState::Feed feed, int side, qreal dpr) {
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.5, 1.5, side - 3, side - 3);
    switch (feed) {
    case MonitorState::Feed::Live:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x00, 0x9E, 0x73)); // bluish green, filled circle
        p.drawEllipse(r);
        break;
    case MonitorState::Feed::Connecting:
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 2)); // hollow circle
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case MonitorState::Feed::Degraded: {
        QPainterPath tri; // triangle
        tri.moveTo(r.center().x(), r.top());
        tri.lineTo(r.right(), r.bottom());
        tri.lineTo(r.left(), r.bottom());
        tri.closeSubpath();
        p.fillPath(tri, QColor(0xE6, 0x9F, 0x00));
        break;
    }
    case MonitorState::Feed::Paused: { // pause bars
        const qreal w = r.width() / 3;
        p.fillRect(QRectF(r.left(), r.top(), w, r.height()), QColor(0xE6, 0x9F, 0x00));
        p.fillRect(QRectF(r.right() - w, r.top(), w, r.height()), QColor(0xE6, 0x9F, 0x00));
        break;
    }
    case MonitorState::Feed::Stale:
        p.fillRect(r, QColor(0xD5, 0x5E, 0x00)); // square
        break;
    }
    return pixmap;
}

} // namespace

StatusBarWidgets::StatusBarWidgets(MonitorState *state, ServerClock *clock, WeightTracker *weights,
                                   QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_clock(clock)
    , m_weights(weights) {
    setObjectName(QStringLiteral("statusBarWidgets"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_feedIcon = new QLabel(this);
    m_feedIcon->setObjectName(QStringLiteral("statusFeedIcon"));
    layout->addWidget(m_feedIcon);
    m_feed = addField(QStringLiteral("statusFeed"));
    m_lastPoll = addField(QStringLiteral("statusLastPoll"));
    m_offset = addField(QStringLiteral("statusClockOffset"));
    m_weight = addField(QStringLiteral("statusWeight"));

    connect(state, &MonitorState::updated, this, &StatusBarWidgets::refresh);
    if (clock)
        connect(clock, &ServerClock::offsetChanged, this, &StatusBarWidgets::refresh);
    if (weights)
        connect(weights, &WeightTracker::usageChanged, this, &StatusBarWidgets::refresh);
    // The feed turns stale, or its pause ends, with time alone.
    connect(state, &MonitorState::ticked, this, &StatusBarWidgets::refresh);
    refresh();
}

QLabel *StatusBarWidgets::addField(const QString &objectName) {
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    // On a narrow window a field shortens with "…" (its tooltip has it all) instead of being
    // pushed off the status bar.
    auto *label = new ElidedLabel(this);
    if (layout->count() > 1) {
        // The separator belongs to the field after it, so hiding a field hides its separator.
        auto *separator = new QFrame(this);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        layout->addWidget(separator);
        m_separators.insert(label, separator);
    }
    label->setObjectName(objectName);
    layout->addWidget(label);
    return label;
}

QString StatusBarWidgets::ltvDetailsPath() {
    return QStringLiteral("/sapi/v1/margin/loan-group/ltv-details");
}

QString StatusBarWidgets::feedText() const {
    switch (m_state->feed()) {
    case MonitorState::Feed::Connecting:
        return tr("Connecting");
    case MonitorState::Feed::Live:
        return tr("Live");
    case MonitorState::Feed::Degraded:
        return tr("Degraded: polls failing");
    case MonitorState::Feed::Paused:
        return tr("Paused until %1").arg(DisplayFormat::time(m_state->pausedUntil()));
    case MonitorState::Feed::Stale:
        return tr("Stale");
    }
    return {};
}

QString StatusBarWidgets::lastPollText() const {
    const QDateTime last = m_state->lastSuccess();
    return last.isValid() ? tr("Last update %1").arg(DisplayFormat::time(last))
                          : tr("No update yet");
}

QString StatusBarWidgets::clockText() const {
    if (!m_clock)
        return {};
    if (!m_clock->isSynced())
        return tr("Clock not synced");
    const qint64 ms = m_clock->offsetMs();
    // Positive: the exchange's clock is ahead of this computer's.
    return tr("Clock offset %1%2 ms")
        .arg(ms >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(ms));
}

QString StatusBarWidgets::weightText() const {
    if (!m_weights)
        return {};
    const WeightTracker::Usage u = m_weights->usage(ltvDetailsPath());
    const QLocale locale;
    return tr("Weight %1 / %2 per min").arg(locale.toString(u.used), locale.toString(u.limit));
}

void StatusBarWidgets::refresh() {
    const MonitorState::Feed feed = m_state->feed();
    const int side = fontMetrics().height() - 2;
    const std::tuple<int, int, qreal> glyph{int(feed), side, devicePixelRatioF()};
    if (m_glyphFor != glyph) {
        m_glyphFor = glyph;
        m_feedIcon->setPixmap(feedGlyph(feed, side, devicePixelRatioF()));
    }
    m_feed->setText(feedText());
    m_lastPoll->setText(lastPollText());
    m_lastPoll->setToolTip(DisplayFormat::dateTime(m_state->lastSuccess()));
    m_offset->setText(clockText());
    m_offset->setVisible(m_clock);
    m_separators.value(m_offset)->setVisible(m_clock);
    m_offset->setToolTip(tr("Difference between the exchange's clock and this computer's; "
                            "signed requests are corrected by it"));
    m_weight->setText(weightText());
    m_weight->setVisible(m_weights);
    m_separators.value(m_weight)->setVisible(m_weights);
    m_weight->setToolTip(tr("Request weight used this minute by ltv-details (IP limit)"));
}

} // namespace loandesk
