#include "panelframe.h"

#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace loandesk {

namespace {
constexpr qreal StaleOpacity = 0.45;
constexpr int Radius = 6;
} // namespace

PanelFrame::PanelFrame(const QString &title, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
    , m_title(new QLabel(title, this))
    , m_caption(new QLabel(this)) {
    m_title->setObjectName(QStringLiteral("panelTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setAccessibleName(title);

    m_caption->setObjectName(QStringLiteral("staleCaption"));
    m_caption->setWordWrap(true);
    m_caption->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addWidget(content, 1);
    setAutoFillBackground(false);
}

void PanelFrame::setTitle(const QString &title) {
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString PanelFrame::title() const {
    return m_title->text();
}

void PanelFrame::setCaption(const QString &text) {
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

QString PanelFrame::caption() const {
    return m_caption->isVisibleTo(this) ? m_caption->text() : QString();
}

void PanelFrame::setStale(bool stale) {
    if (stale == m_stale)
        return;
    m_stale = stale;
    // Dim rather than hide: a treasurer must still read the last good figures, and see at a
    // glance that they are old.
    if (stale) {
        auto *effect = new QGraphicsOpacityEffect(m_content);
        effect->setOpacity(StaleOpacity);
        m_content->setGraphicsEffect(effect);
    } else {
        m_content->setGraphicsEffect(nullptr);
    }
    QFont font = m_caption->font();
    font.setBold(stale);
    m_caption->setFont(font);
    update();
}

void PanelFrame::paintEvent(QPaintEvent *) {
    // A card: Base background with a Mid outline, so panels stand out from the window in both
    // light and dark palettes. A stale card gets a dashed outline as a second cue.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter.fillPath(path, palette().base());
    QPen pen(m_stale ? palette().color(QPalette::WindowText) : palette().color(QPalette::Mid));
    pen.setStyle(m_stale ? Qt::DashLine : Qt::SolidLine);
    painter.setPen(pen);
    painter.drawPath(path);
}

} // namespace loandesk
