#pragma once

// Reading a written PDF report the way a reader's tools do: its text (pdftotext), its pages
// (pdfinfo) and its pixels (pdftoppm), and history recorded into a store as a desk would have.

#include "domain/riskunit.h"
#include "storage/historyevent.h"
#include "storage/historysample.h"
#include "storage/historystore.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace loandesk::pdfcheck {

inline bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

inline QByteArray run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return p.readAllStandardOutput();
}

inline int pageCount(const QString &pdf) {
    const QByteArray meta = run(QStringLiteral("pdfinfo"), {pdf});
    return meta.mid(meta.indexOf("Pages:") + 6, 12).trimmed().split('\n').first().toInt();
}

// The text of one page (1-based), or of the whole document with page 0.
inline QString text(const QString &pdf, int page = 0) {
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-")));
}

// The first page whose text contains `needle`, or 0.
inline int pageWith(const QString &pdf, const QString &needle) {
    for (int page = 1, pages = pageCount(pdf); page <= pages; ++page) {
        if (text(pdf, page).contains(needle))
            return page;
    }
    return 0;
}

inline QImage rasterize(const QString &pdf, int page, const QTemporaryDir &dir, int dpi = 60) {
    const QString prefix = dir.filePath(QStringLiteral("page%1").arg(page));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
         QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

inline bool near(QRgb pixel, QColor colour, int tolerance = 40) {
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

inline bool white(QRgb pixel) {
    return qRed(pixel) > 245 && qGreen(pixel) > 245 && qBlue(pixel) > 245;
}

// A chart on the page: a band of rows, each mostly not white (a plot with its shading and grid
// lines), as no line of text or table is.
struct Band {
    int top = 0;
    int bottom = 0; // exclusive
    double inkShare = 0;
    int pixelsOf(const QImage &image, QColor colour) const {
        int n = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < image.width(); ++x)
                n += near(image.pixel(x, y), colour) ? 1 : 0;
        return n;
    }
};

inline QList<Band> chartBands(const QImage &page, int minRows) {
    QList<Band> bands;
    const int left = page.width() / 8;
    const int right = page.width() - page.width() / 8;
    int start = -1;
    long ink = 0;
    for (int y = 0; y <= page.height(); ++y) {
        int rowInk = 0;
        if (y < page.height()) {
            for (int x = left; x < right; ++x)
                rowInk += white(page.pixel(x, y)) ? 0 : 1;
        }
        const bool chartRow = y < page.height() && rowInk > (right - left) / 2;
        if (chartRow && start < 0) {
            start = y;
            ink = 0;
        }
        if (chartRow)
            ink += rowInk;
        if (!chartRow && start >= 0) {
            if (y - start >= minRows)
                bands.append({start, y, double(ink) / double((y - start) * (right - left))});
            start = -1;
        }
    }
    return bands;
}

// Four hours of one unit's LTV recorded 20 to 16 hours ago, rising from 50 % to 60 %, with a
// borrow and a repay in it, and a forced liquidation three days ago: then LoanDesk was closed.
inline void recordEarlierSession(HistoryStore *store, const RiskUnit &unit, qint64 nowMs) {
    constexpr qint64 Hour = 3'600'000;
    // Every 20 s, as polling records (further apart would be gaps), each a new figure.
    for (qint64 t = nowMs - 20 * Hour; t <= nowMs - 16 * Hour; t += 20'000) {
        HistorySample s =
            HistorySample::fromUnit(unit, QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()));
        const double f = double(t - (nowMs - 20 * Hour)) / double(4 * Hour);
        const Decimal ltv = *Decimal::fromString(QString::number(0.5 + 0.1 * f, 'f', 6));
        s.ltvComputed = ltv;
        s.ltvReported = ltv;
        s.liability = ltv * Decimal::fromInt(1'000'000);
        s.untilMs = t;
        store->append(s);
    }
    const auto event = [&unit](qint64 at, HistoryEvent::Kind kind) {
        HistoryEvent e;
        e.groupId = unit.groupId;
        e.timeMs = at;
        e.endMs = at;
        e.kind = kind;
        e.detail = HistoryEvent::makeDetail({{QStringLiteral("amount"), QStringLiteral("1000")},
                                             {QStringLiteral("asset"), QStringLiteral("USDT")},
                                             {QStringLiteral("tx"), QString::number(at)}});
        return e;
    };
    store->recordEvent(event(nowMs - 18 * Hour, HistoryEvent::Kind::Borrow));
    store->recordEvent(event(nowMs - 17 * Hour, HistoryEvent::Kind::Repay));
    HistoryEvent liquidation = event(nowMs - 72 * Hour, HistoryEvent::Kind::Liquidation);
    liquidation.endMs = liquidation.timeMs + 60'000;
    store->recordEvent(liquidation);
}

} // namespace loandesk::pdfcheck
