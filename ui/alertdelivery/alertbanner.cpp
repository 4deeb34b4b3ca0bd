#include "alertbanner.h"

#include "alerttext.h"
#include "common/selectablelabel.h"

#include "alerts/alertlog.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace loandesk {

AlertBanner::AlertBanner(AlertLog *log, QWidget *parent)
    : QFrame(parent)
    , m_log(log)
    , m_text(new SelectableLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_showLog(new QPushButton(tr("All alerts…"), this)) {
    setObjectName(QStringLiteral("alertBanner"));
    m_text->setObjectName(QStringLiteral("alertBannerText"));
    m_acknowledge->setObjectName(QStringLiteral("alertBannerAcknowledge"));
    m_text->setWordWrap(true);
    setAccessibleName(tr("Alert"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_showLog);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        for (auto it = m_log->alerts().crbegin(); it != m_log->alerts().crend(); ++it) {
            if (!it->isAcknowledged()) {
                m_log->acknowledge(it->id, QString(), QDateTime::currentDateTimeUtc());
                return;
            }
        }
    });
    connect(m_showLog, &QPushButton::clicked, this, &AlertBanner::logRequested);
    connect(m_log, &AlertLog::alertLogged, this, &AlertBanner::refresh);
    connect(m_log, &AlertLog::alertAcknowledged, this, &AlertBanner::refresh);
    refresh();
}

QString AlertBanner::text() const {
    return m_text->text();
}

void AlertBanner::refresh() {
    const Alert *newest = nullptr;
    Alert::Severity worst = Alert::Severity::Notice;
    for (const Alert &a : m_log->alerts()) {
        if (a.isAcknowledged())
            continue;
        newest = &a;
        worst = std::max(worst, a.severity());
    }
    setVisible(newest != nullptr);
    if (!newest)
        return;
    const int others = m_log->unacknowledgedCount() - 1;
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg(AlertText::level(*newest).toHtmlEscaped(),
                            AlertText::body(*newest).toHtmlEscaped());
    if (others > 0)
        text += u' ' + tr("(%n more open)", nullptr, others);
    m_text->setText(text);
    // Colours carry severity but the words say it too (colour-blind users, greyscale prints).
    // Pale tints with dark text on a light theme, deep tints with light text on a dark one.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QString colours =
        worst == Alert::Severity::Critical
            ? (dark ? QStringLiteral("#4a1c1c;#ff9a9a") : QStringLiteral("#fbe3e3;#a01818"))
        : worst == Alert::Severity::Warning
            ? (dark ? QStringLiteral("#43330f;#ffcf70") : QStringLiteral("#fff1d6;#a05a00"))
            : (dark ? QStringLiteral("#1c2f45;#9cc8f5") : QStringLiteral("#e6eef8;#28507a"));
    const QStringList c = colours.split(u';');
    setStyleSheet(QStringLiteral("#alertBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } #alertBannerText { color: %2; }")
                      .arg(c.at(0), c.at(1)));
}

void AlertBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        refresh();
}

} // namespace loandesk
