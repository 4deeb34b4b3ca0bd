#pragma once

#include "domain/ltvbands.h"
#include "report/reporthistory.h"
#include "storage/historyseries.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace loandesk {

// The report's LTV charts as objects inside its QTextDocument: laid out as wide as the text and
// painted as vectors straight onto the page (LtvChartPainter), not as pictures. The report's
// HTML marks each chart's place with an image named chartUrl(); install() puts the chart there.
class ReportChartObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportChartObject)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    explicit ReportChartObject(QObject *parent = nullptr);

    static QString chartUrl(qint64 groupId, ReportHistory::Window window);
    // `series` must outlive this object's use in the document.
    void add(const QString &url, const HistorySeries *series, const LtvBands &bands);
    void install(QTextDocument *doc);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    struct Chart {
        const HistorySeries *series = nullptr;
        LtvBands bands;
    };
    QHash<QString, Chart> m_charts;
};

} // namespace loandesk
