#include "feedbanner.h"

#include "common/errortext.h"
#include "common/selectablelabel.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace loandesk {

namespace {

QColor accent(FeedBanner::Level level) {
    switch (level) {
    case FeedBanner::Level::Information:
        return QColor(0x00, 0x72, 0xB2);
    case FeedBanner::Level::Warning:
        return QColor(0xE6, 0x9F, 0x00);
    case FeedBanner::Level::Error:
        return QColor(0xD5, 0x5E, 0x00);
    }
    return {};
}

QDate dayShown(const QDateTime &t) {
    return DisplayFormat::inZone(t).date();
}

// Errors that no retry will fix: the user has to act.
bool needsUser(const ExchangeError &e) {
    using K = ExchangeError::Kind;
    return e.kind == K::Auth || e.kind == K::Signature || e.kind == K::Redirect || e.kind == K::Tls;
}

} // namespace

FeedBanner::FeedBanner(MonitorState *state, QWidget *parent)
    : QFrame(parent)
    , m_state(state)
    , m_icon(new QLabel(this))
    , m_text(new SelectableLabel(this)) {
    setObjectName(QStringLiteral("feedBanner"));
    m_text->setObjectName(QStringLiteral("feedBannerText"));
    m_text->setWordWrap(true);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Feed status"));
    hide();

    connect(state, &MonitorState::updated, this, &FeedBanner::refresh);
    // Ages and pause countdowns move without new data.
    connect(state, &MonitorState::ticked, this, &FeedBanner::refresh);
    refresh();
}

QString FeedBanner::text() const {
    return isHidden() ? QString() : m_text->text();
}

QString FeedBanner::dataAge(const QDateTime &now) const {
    const QDateTime last = m_state->lastSuccess();
    if (!last.isValid())
        return tr("No data has been received yet.");
    return tr("Showing data as of %1, %2 ago.")
        .arg(DisplayFormat::time(last), DisplayFormat::age(last.msecsTo(now)));
}

void FeedBanner::refresh() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MonitorState::Feed feed = m_state->feed(now);
    const std::optional<ExchangeError> error = m_state->lastError();
    QString message;
    switch (feed) {
    case MonitorState::Feed::Connecting:
    case MonitorState::Feed::Live:
        hide();
        return;
    case MonitorState::Feed::Paused: {
        const bool banned = error && error->kind == ExchangeError::Kind::Banned;
        // The pause is capped at ten minutes, but one that ends after midnight names its day.
        const QDateTime end = m_state->pausedUntil();
        const QString until = dayShown(end) == dayShown(now) ? DisplayFormat::time(end)
                                                             : DisplayFormat::dateTime(end);
        message = banned ? tr("The exchange has banned this IP address for too many requests: "
                              "polling paused until %1.")
                               .arg(until)
                         : tr("Rate limit reached: polling paused until %1.").arg(until);
        message +=
            u' ' + tr("Polling resumes in %1.").arg(DisplayFormat::countdown(now.msecsTo(end)));
        message += u' ' + dataAge(now);
        m_level = Level::Warning;
        break;
    }
    case MonitorState::Feed::Degraded:
    case MonitorState::Feed::Stale: {
        const bool blocked = error && needsUser(*error);
        const QString cause = error ? errorText(*error) : QString();
        if (feed == MonitorState::Feed::Stale)
            message = tr("Data is stale.") + u' ';
        if (!cause.isEmpty())
            message += cause + u' ';
        message += dataAge(now) + u' ';
        message +=
            blocked ? tr("Check the API key and settings of this profile.") : tr("Retrying…");
        m_level = blocked || feed == MonitorState::Feed::Stale ? Level::Error : Level::Warning;
        break;
    }
    }
    const QStyle::StandardPixmap icon =
        m_level == Level::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const int side = fontMetrics().height() + 4;
    // Once a second while shown: only what changed is set again (a new pixmap or text lays the
    // banner out and repaints it).
    const std::tuple<int, int, const QStyle *> drawn{int(icon), side, style()};
    const bool restyled = m_iconFor != drawn;
    if (restyled) {
        m_iconFor = drawn;
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(side, side));
    }
    const QString text = message.trimmed();
    if (text != m_text->text()) {
        m_text->setText(text);
        setAccessibleDescription(text);
    }
    if (isHidden() || restyled) {
        show();
        update();
    }
}

void FeedBanner::paintEvent(QPaintEvent *) {
    // A tint of the accent over the window colour, with a solid accent bar on the left: readable
    // in light and dark palettes because the text keeps the palette's own colour.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor a = accent(m_level);
    QColor tint = a;
    tint.setAlphaF(palette().color(QPalette::Window).lightness() < 128 ? 0.28 : 0.18);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p.fillPath(path, palette().window());
    p.fillPath(path, tint);
    p.setPen(QPen(a, 1));
    p.drawPath(path);
    p.setClipPath(path);
    p.fillRect(QRect(0, 0, 5, height()), a);
}

} // namespace loandesk
