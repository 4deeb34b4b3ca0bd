#include "collateralstrip.h"

#include "triggertext.h"

#include "models/displayformat.h"
#include "report/collateralsnapshot.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace loandesk {

namespace {
constexpr int RowHeight = 19;
constexpr int TitleHeight = 28;
constexpr int Margin = 16;
} // namespace

CollateralStrip::CollateralStrip(qint64 groupId, std::optional<CollateralView> view, QString reason)
    : m_groupId(groupId)
    , m_view(std::move(view))
    , m_reason(std::move(reason)) {}

CollateralStrip CollateralStrip::forUnit(const CollateralSnapshot &collateral, qint64 groupId,
                                         bool maskEmails) {
    const CollateralView *view = collateral.view(groupId);
    return CollateralStrip(groupId, view ? std::optional(*view) : std::nullopt,
                           collateral.reason(groupId, maskEmails));
}

QString CollateralStrip::statusText() const {
    const UnitComposition::Coverage coverage =
        m_view ? m_view->composition.coverage : UnitComposition::Coverage::Unavailable;
    switch (coverage) {
    case UnitComposition::Coverage::Complete:
        return tr("Composition complete, priced %1")
            .arg(DisplayFormat::dateTime(m_view->composition.pricedAt));
    case UnitComposition::Coverage::Partial:
        return tr("Composition partial: %1").arg(m_reason);
    case UnitComposition::Coverage::Unavailable:
        break;
    }
    return tr("Composition unavailable: %1").arg(m_reason);
}

int CollateralStrip::height() const {
    if (!m_view || !m_view->isValued())
        return TitleHeight + 8;
    const qsizetype rows = std::min<qsizetype>(
        std::max(m_view->composition.assets().size(), m_view->triggers.size() + 1), MaxRows + 1);
    return TitleHeight + RowHeight * int(rows + 1) + 8;
}

void CollateralStrip::paint(QPainter &painter, const QRect &rect) const {
    const QPalette pal = QApplication::palette();
    painter.save();
    painter.fillRect(rect, pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(rect.topLeft(), rect.topRight());
    QFont bold = QApplication::font();
    bold.setPixelSize(15);
    bold.setBold(true);
    QFont normal = QApplication::font();
    normal.setPixelSize(13);
    const bool complete =
        m_view && m_view->composition.coverage == UnitComposition::Coverage::Complete;

    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString title = tr("Collateral by asset — risk unit %1").arg(m_groupId);
    const int titleWidth = painter.fontMetrics().horizontalAdvance(title);
    painter.drawText(QRect(rect.left() + Margin, rect.top() + 4, titleWidth + 4, TitleHeight - 4),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(normal);
    painter.setPen(complete ? pal.color(QPalette::PlaceholderText) : QColor(0xb0, 0x30, 0x00));
    const int statusLeft = rect.left() + Margin + titleWidth + 16;
    painter.drawText(
        QRect(statusLeft, rect.top() + 4, rect.right() - Margin - statusLeft, TitleHeight - 4),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        painter.fontMetrics().elidedText(statusText(), Qt::ElideRight,
                                         rect.right() - Margin - statusLeft));
    if (!m_view || !m_view->isValued()) {
        painter.restore();
        return;
    }

    // Left three fifths: the table; right: the trigger prices.
    const int tableWidth = (rect.width() - 2 * Margin) * 3 / 5;
    const QStringList titles{tr("Asset"),   tr("Quantity"),         tr("Price"), tr("Value"),
                             tr("Haircut"), tr("Collateral value"), tr("Share")};
    const double widths[] = {0.09, 0.17, 0.15, 0.17, 0.1, 0.19, 0.13};
    auto drawRow = [&](int row, const QStringList &cells) {
        int x = rect.left() + Margin;
        const int y = rect.top() + TitleHeight + row * RowHeight;
        for (int i = 0; i < cells.size(); ++i) {
            const int w = int(tableWidth * widths[i]);
            painter.drawText(QRect(x, y, w - 6, RowHeight),
                             (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             cells.at(i));
            x += w;
        }
    };
    QFont headerFont = normal;
    headerFont.setBold(true);
    painter.setFont(headerFont);
    painter.setPen(pal.color(QPalette::WindowText));
    drawRow(0, titles);
    painter.setFont(normal);
    const QList<AssetLine> assets = m_view->composition.assets();
    int row = 1;
    for (const AssetLine &a : assets) {
        if (row > MaxRows) {
            drawRow(row, {tr("and %n more", nullptr, int(assets.size() - MaxRows))});
            break;
        }
        drawRow(row++, {a.asset, DisplayFormat::quantity(a.quantity, a.asset),
                        DisplayFormat::usd(a.priceUsd), DisplayFormat::usd(a.valueUsd),
                        DisplayFormat::percent(Decimal::fromInt(1) - a.collateralRatio, 2),
                        DisplayFormat::usd(a.collateralValueUsd), DisplayFormat::percent(a.share)});
    }

    const int left = rect.left() + Margin + tableWidth + 24;
    const int width = rect.right() - Margin - left;
    painter.setFont(headerFont);
    painter.drawText(QRect(left, rect.top() + TitleHeight, width, RowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Trigger prices (that asset alone)"));
    painter.setFont(normal);
    row = 1;
    for (const PriceTrigger &t : m_view->triggers) {
        if (row > MaxRows)
            break;
        painter.drawText(
            QRect(left, rect.top() + TitleHeight + row++ * RowHeight, width, RowHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(TriggerText::line(t), Qt::ElideRight, width));
    }
    painter.restore();
}

} // namespace loandesk
