#include "reportdocument.h"

#include "common/triggertext.h"
#include "ltvchartpainter.h"
#include "reportchartobject.h"

#include "domain/ltvmath.h"
#include "models/collateraltreemodel.h"
#include "models/displayformat.h"
#include "models/riskunitlistmodel.h"
#include "monitor/monitorstate.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>

namespace loandesk {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

// A short single Latin word (an asset, a role, a band) is never broken into letters. Chinese
// text may break between any two characters, as it reads.
bool isWord(const QString &text) {
    return text.size() <= 16 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return c != u' ' && c.unicode() < 0x2E80;
           });
}

const QString NoWrap = QStringLiteral(" style=\"white-space: nowrap\"");

QString cell(const QString &text, bool number = false) {
    if (!number)
        return QStringLiteral("<td%1>%2</td>").arg(isWord(text) ? NoWrap : QString(), esc(text));
    // A figure is never broken across lines ("2,\n030,000.00" misreads); one with its change
    // ("1,361.22 (−61.1 %)") may put the change on a line of its own.
    const qsizetype change = text.indexOf(u" (");
    if (change < 0)
        return QStringLiteral("<td align=\"right\"%1>%2</td>").arg(NoWrap, esc(text));
    return QStringLiteral("<td align=\"right\"><div%1>%2</div><div%1>%3</div></td>")
        .arg(NoWrap, esc(text.left(change)), esc(text.mid(change + 1)));
}

QString head(const QStringList &titles) {
    QString row = QStringLiteral("<tr>");
    for (const QString &t : titles)
        row += QStringLiteral("<th align=\"left\"%1>%2</th>")
                   .arg(isWord(t) ? NoWrap : QString(), esc(t));
    return row + QStringLiteral("</tr>");
}

// Droid Sans Fallback before Noto CJK: Qt 6.4's PDF writer maps each glyph back to the lowest
// code point that uses it, and Noto CJK shares glyphs between ideographs and the radicals block
// (风 and ⻛), so Chinese text copied or searched in the PDF came out as radicals.
const char *Style = R"(
  body { font-family: 'DejaVu Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif;
         font-size: 9pt; }
  h1 { font-size: 16pt; margin-bottom: 2px; }
  h2 { font-size: 13pt; margin-top: 14px; }
  h3 { font-size: 10pt; margin-top: 10px; margin-bottom: 4px; }
  table { border-collapse: collapse; }
  th { background: #e8e8e8; padding: 3px 6px; }
  td { padding: 2px 6px; border-bottom: 1px solid #dddddd; }
  .meta { color: #444444; }
  .stale { color: #b03000; font-weight: bold; }
)";

} // namespace

ReportDocument::ReportDocument(const MonitorState &state, SnapshotHeader header, bool maskEmails)
    : m_state(state)
    , m_header(std::move(header))
    , m_mask(maskEmails) {}

void ReportDocument::setHistory(ReportHistory history) {
    m_history = std::move(history);
}

void ReportDocument::setCollateral(CollateralSnapshot collateral) {
    m_collateral = std::move(collateral);
}

namespace {

const std::pair<const char *, LtvBand> Levels[] = {
    {QT_TRANSLATE_NOOP("ReportDocument", "Warning"), LtvBand::Warning},
    {QT_TRANSLATE_NOOP("ReportDocument", "Initial LTV"), LtvBand::AboveInitial},
    {QT_TRANSLATE_NOOP("ReportDocument", "Margin call"), LtvBand::MarginCall},
    {QT_TRANSLATE_NOOP("ReportDocument", "Liquidation"), LtvBand::Liquidation}};

} // namespace

QString ReportDocument::triggersHtml(qint64 groupId) const {
    const CollateralView *view = m_collateral.view(groupId);
    if (!view || !view->isValued() || view->triggers.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h3>%1</h3><p>").arg(esc(tr("Price of each asset that triggers a band")));
    QStringList lines;
    for (const PriceTrigger &t : view->triggers)
        lines << esc(TriggerText::line(t));
    html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p><table width=\"100%\">");
    QStringList titles{tr("Asset"), tr("Price now")};
    for (const auto &[name, band] : Levels)
        titles << tr(name);
    html += head(titles);
    for (const PriceTrigger &t : view->triggers) {
        html += QStringLiteral("<tr>") + cell(t.asset) + cell(DisplayFormat::usd(t.priceUsd), true);
        for (const auto &[name, band] : Levels)
            html += cell(TriggerText::price(t, band), true);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table><p class=\"meta\">%1</p>")
                      .arg(esc(tr("Each price moves that asset alone, everything else unchanged; "
                                  "— where that asset alone cannot reach the band.")));
}

QString ReportDocument::collateralByAssetHtml(qint64 groupId) const {
    const CollateralView *view = m_collateral.view(groupId);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Collateral by asset")));
    const UnitComposition::Coverage coverage =
        view ? view->composition.coverage : UnitComposition::Coverage::Unavailable;
    QString status;
    switch (coverage) {
    case UnitComposition::Coverage::Complete:
        status = tr("Composition complete, priced %1")
                     .arg(DisplayFormat::dateTime(view->composition.pricedAt));
        break;
    case UnitComposition::Coverage::Partial:
        status = tr("Composition partial (%1): the other wallets count at ltv-details' figures")
                     .arg(m_collateral.reason(groupId, m_mask));
        break;
    case UnitComposition::Coverage::Unavailable:
        status = tr("Composition unavailable: %1").arg(m_collateral.reason(groupId, m_mask));
        break;
    }
    html += QStringLiteral("<p class=\"%1\">%2</p>")
                .arg(coverage == UnitComposition::Coverage::Complete ? QStringLiteral("meta")
                                                                     : QStringLiteral("stale"),
                     esc(status));
    if (!view || !view->isValued())
        return html;
    html += QStringLiteral("<table width=\"100%\">");
    html += head({tr("Asset"), tr("Quantity"), tr("Price (USD)"), tr("Value (USD)"), tr("Haircut"),
                  tr("Collateral value (USD)"), tr("Share")});
    for (const AssetLine &a : view->composition.assets())
        html += QStringLiteral("<tr>") + cell(a.asset) +
                cell(DisplayFormat::quantity(a.quantity, a.asset), true) +
                cell(DisplayFormat::usd(a.priceUsd), true) +
                cell(DisplayFormat::usd(a.valueUsd), true) +
                cell(DisplayFormat::percent(Decimal::fromInt(1) - a.collateralRatio, 2), true) +
                cell(DisplayFormat::usd(a.collateralValueUsd), true) +
                cell(DisplayFormat::percent(a.share), true) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString ReportDocument::summaryHtml() const {
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Summary")));
    html += head({tr("Risk unit"), tr("LTV"), tr("Band"), tr("Net equity"), tr("Liability"),
                  tr("Margin call if collateral falls")});
    for (qint64 id : m_state.groupIds()) {
        const UnitStatus *s = m_state.unit(id);
        if (!s)
            continue;
        const RiskUnit &u = s->unit;
        const LtvBands bands = m_state.bands(id);
        const std::optional<Decimal> ltv = u.computedLtv();
        const auto drop = LtvMath::collateralDropTo(u.totalLiability, u.totalNetEquity,
                                                    u.totalMaintenanceMargin, bands.marginCall);
        html += QStringLiteral("<tr>") + cell(QString::number(id)) +
                cell(DisplayFormat::ltv(ltv), true) + cell(bandName(int(bands.classify(ltv)))) +
                cell(DisplayFormat::usd(u.totalNetEquity), true) +
                cell(DisplayFormat::usd(u.totalLiability), true) +
                cell(drop ? DisplayFormat::percent(*drop) : QStringLiteral("—"), true) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportDocument::unitHtml(qint64 groupId) const {
    const UnitStatus *s = m_state.unit(groupId);
    if (!s)
        return {};
    const RiskUnit &u = s->unit;
    const LtvBands bands = m_state.bands(groupId);
    const std::optional<Decimal> ltv = u.computedLtv();
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(tr("Risk unit %1 — %2").arg(groupId).arg(bandName(int(bands.classify(ltv))))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("LTV %1 (exchange reports %2) · exchange time %3 · received %4")
                             .arg(DisplayFormat::ltv(ltv), DisplayFormat::ltv(u.ltv),
                                  DisplayFormat::dateTime(s->exchangeTime()),
                                  DisplayFormat::dateTime(s->fetchedAt))));

    html += triggersHtml(groupId);
    html +=
        QStringLiteral("<h3>%1</h3><table width=\"100%\">").arg(esc(tr("Distance to each band")));
    html += head({tr("Band"), tr("Threshold"), tr("Collateral fall that reaches it"),
                  tr("Repay to return to it")});
    for (const auto &[name, band] : Levels) {
        const Decimal t = bands.threshold(band);
        const auto drop = LtvMath::collateralDropTo(u.totalLiability, u.totalNetEquity,
                                                    u.totalMaintenanceMargin, t);
        const auto repay =
            LtvMath::repayToReach(u.totalLiability, u.totalNetEquity, u.totalMaintenanceMargin, t);
        html += QStringLiteral("<tr>") + cell(tr(name)) + cell(DisplayFormat::percent(t), true) +
                cell(!drop            ? QStringLiteral("—")
                     : drop->isZero() ? tr("already reached")
                                      : DisplayFormat::percent(*drop),
                     true) +
                cell(!repay            ? QStringLiteral("—")
                     : repay->isZero() ? tr("none needed")
                                       : DisplayFormat::usd(repay->rounded(DisplayFormat::UsdPlaces,
                                                                           Decimal::Rounding::Up)),
                     true) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table width=\"100%\">").arg(esc(tr("Key figures")));
    const std::pair<const char *, Decimal> figures[] = {
        {QT_TRANSLATE_NOOP("ReportDocument", "Total net equity"), u.totalNetEquity},
        {QT_TRANSLATE_NOOP("ReportDocument", "Maintenance margin"), u.totalMaintenanceMargin},
        {QT_TRANSLATE_NOOP("ReportDocument", "Total liability"), u.totalLiability},
        {QT_TRANSLATE_NOOP("ReportDocument", "Max allowed borrow limit"), u.maxAllowedBorrowLimit},
        {QT_TRANSLATE_NOOP("ReportDocument", "Max transfer-out"), u.maxTransferOutAmount},
        {QT_TRANSLATE_NOOP("ReportDocument", "Parent frozen amount"), u.parentAccountFrozenAmount}};
    for (const auto &[name, value] : figures)
        html += QStringLiteral("<tr>") + cell(tr(name)) +
                cell(value.isValid() ? DisplayFormat::usd(value) : tr("not reported"), true) +
                QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table width=\"100%\">").arg(esc(tr("Liabilities")));
    html += head({tr("Asset"), tr("Principal"), tr("Interest"), tr("Total")});
    for (const Liability &l : u.liabilities)
        html += QStringLiteral("<tr>") + cell(l.asset) +
                cell(DisplayFormat::quantity(l.principal, l.asset), true) +
                cell(DisplayFormat::quantity(l.interest, l.asset), true) +
                cell(DisplayFormat::quantity(l.total(), l.asset), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += collateralByAssetHtml(groupId);
    html += QStringLiteral("<h3>%1</h3><table width=\"100%\">").arg(esc(tr("Collateral")));
    html += head(
        {tr("Account / wallet"), tr("Role"), tr("Net equity"), tr("Maint. margin"), tr("Share")});
    for (const CollateralAccount &m : u.members) {
        const QString email = m_mask ? CollateralTreeModel::maskEmail(m.email) : m.email;
        html += QStringLiteral("<tr>") + QStringLiteral("<td><b>%1</b></td>").arg(esc(email)) +
                cell(memberRoleName(m.role)) + cell(DisplayFormat::usd(m.netEquity()), true) +
                cell(DisplayFormat::usd(m.maintainMargin()), true) +
                cell(DisplayFormat::percent(
                         CollateralTreeModel::share(m.netEquity(), u.totalNetEquity)),
                     true) +
                QStringLiteral("</tr>");
        for (const Wallet &w : m.wallets)
            html += QStringLiteral("<tr>") +
                    QStringLiteral("<td style=\"padding-left: 16px\">%1</td>")
                        .arg(esc(walletTypeName(w.type))) +
                    cell(QString()) + cell(DisplayFormat::usd(w.netEquity), true) +
                    cell(DisplayFormat::usd(w.maintainMargin), true) +
                    cell(DisplayFormat::percent(
                             CollateralTreeModel::share(w.netEquity, u.totalNetEquity)),
                         true) +
                    QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html + historyHtml(groupId);
}

QString ReportDocument::html() const {
    QString html = QStringLiteral("<html><head><style>") + QString::fromLatin1(Style) +
                   QStringLiteral("</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(m_header.title()));
    html += QStringLiteral("<p class=\"%1\">%2</p>")
                .arg(m_header.stale ? QStringLiteral("stale") : QStringLiteral("meta"),
                     esc(m_header.asOfLine()));
    const QList<qint64> ids = m_state.groupIds();
    if (ids.size() > 1)
        html += summaryHtml();
    bool first = true;
    for (qint64 id : ids) {
        if (!first)
            html += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        first = false;
        html += unitHtml(id);
    }
    return html + QStringLiteral("</body></html>");
}

QString ReportDocument::zoneLine() const {
    const qint64 at = m_history.nowMs > 0 ? m_history.nowMs : QDateTime::currentMSecsSinceEpoch();
    if (DisplayFormat::zone() == DisplayFormat::Zone::Utc)
        return tr("Times in UTC");
    // The abbreviation the dates carry, then what it means: the offset and the zone's name.
    const QDateTime local = DisplayFormat::inZone(at);
    const int offset = local.offsetFromUtc();
    const QString utcOffset = QStringLiteral("UTC%1%2:%3")
                                  .arg(QChar(offset < 0 ? u'-' : u'+'))
                                  .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                  .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return tr("Times in %1 (%2, %3)")
        .arg(local.timeZoneAbbreviation(), utcOffset,
             QString::fromUtf8(DisplayFormat::timeZone().id()));
}

QString ReportDocument::historyHtml(qint64 groupId) const {
    // The two charts and their words on a page of their own, so neither is split; a unit with
    // nothing recorded says so in two lines after its tables instead.
    const auto charted = [this, groupId](ReportHistory::Window window) {
        const HistorySeries *series = m_history.series(groupId, window);
        return series && !series->buckets.isEmpty();
    };
    QString html = charted(ReportHistory::Window::Day) || charted(ReportHistory::Window::Week)
                       ? QStringLiteral("<div style=\"page-break-before: always\"></div>")
                       : QString();
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("LTV history, risk unit %1").arg(groupId)));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(zoneLine()));
    const LtvBands bands = m_state.bands(groupId);
    for (const ReportHistory::Window window :
         {ReportHistory::Window::Day, ReportHistory::Window::Week}) {
        const bool day = window == ReportHistory::Window::Day;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(day ? tr("LTV, last 24 h") : tr("LTV, last 7 days")));
        const HistorySeries *series = m_history.series(groupId, window);
        if (series && !series->error.isEmpty()) {
            html += QStringLiteral("<p class=\"stale\">%1</p>")
                        .arg(esc(tr("The LTV history could not be read: %1").arg(series->error)));
            continue;
        }
        if (!series || series->buckets.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(day ? tr("No LTV recorded in the last 24 h.")
                                     : tr("No LTV recorded in the last 7 days.")));
            continue;
        }
        const auto at = [](qint64 ms) {
            return DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
        };
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(tr("From %1 to %2").arg(at(series->fromMs), at(series->toMs))));
        html += QStringLiteral("<p><img src=\"%1\"></p>")
                    .arg(ReportChartObject::chartUrl(groupId, window));
        // Entries break between each other, never at a space inside one.
        QStringList entries;
        for (const LtvChartPainter::LegendEntry &e : LtvChartPainter(*series, bands).legend())
            entries << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                           .arg(e.color.name(), e.symbol,
                                esc(e.text).replace(u' ', QStringLiteral("&nbsp;")));
        html += QStringLiteral("<p>%1</p>").arg(entries.join(QStringLiteral(" &nbsp; ")));
    }
    return html;
}

bool ReportDocument::writePdf(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setTitle(m_header.title());
        pdf.setCreator(QStringLiteral("LoanDesk " LOANDESK_VERSION));
        // Declared before the document, which holds it as a handler until it is gone.
        ReportChartObject charts;
        for (qint64 id : m_state.groupIds()) {
            for (const ReportHistory::Window window :
                 {ReportHistory::Window::Day, ReportHistory::Window::Week}) {
                if (const HistorySeries *series = m_history.series(id, window))
                    charts.add(ReportChartObject::chartUrl(id, window), series, m_state.bands(id));
            }
        }
        QTextDocument doc;
        doc.setHtml(html());
        charts.install(&doc);
        doc.print(&pdf);
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace loandesk
