#include "reportchartobject.h"

#include "ltvchartpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace loandesk {

namespace {
constexpr int UrlProperty = QTextFormat::UserProperty + 1;
}

ReportChartObject::ReportChartObject(QObject *parent)
    : QObject(parent) {}

QString ReportChartObject::chartUrl(qint64 groupId, ReportHistory::Window window) {
    return QStringLiteral("ltvchart:%1/%2")
        .arg(groupId)
        .arg(window == ReportHistory::Window::Day ? QStringLiteral("day") : QStringLiteral("week"));
}

void ReportChartObject::add(const QString &url, const HistorySeries *series,
                            const LtvBands &bands) {
    m_charts.insert(url, {series, bands});
}

void ReportChartObject::install(QTextDocument *doc) {
    doc->documentLayout()->registerHandler(Type, this);
    QList<std::pair<int, QString>> places;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && m_charts.contains(format.toImageFormat().name()))
                places.append({fragment.position(), format.toImageFormat().name()});
        }
    }
    // From the end, so the positions still ahead stay where they were found.
    for (auto it = places.crbegin(); it != places.crend(); ++it) {
        QTextCursor cursor(doc);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(Type);
        object.setProperty(UrlProperty, it->second);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &) {
    // As wide as the text: the page less the root frame's margins. Those are in the screen's
    // units and scaled to the paint device's resolution when the page is laid out (a printed
    // document gets 2 cm margins at 96 dpi, laid out at the PDF's 1200).
    const QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double screenDpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    const double scale = device ? device->logicalDpiX() / screenDpi : 1.0;
    const double page = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    const double margins =
        (frame.leftMargin() + frame.rightMargin() + 2 * (frame.padding() + frame.border())) * scale;
    const double width = std::max(100.0, (page - margins) * 0.99);
    return {width, LtvChartPainter::heightFor(width)};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format) {
    const auto it = m_charts.constFind(format.property(UrlProperty).toString());
    if (it == m_charts.cend() || !it->series)
        return;
    LtvChartPainter(*it->series, it->bands).paint(painter, rect);
}

} // namespace loandesk
