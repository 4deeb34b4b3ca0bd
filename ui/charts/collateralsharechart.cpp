#include "collateralsharechart.h"

#include "common/apptheme.h"
#include "models/collateraltreemodel.h"
#include "models/displayformat.h"
#include "monitor/monitorstate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace loandesk {

namespace {

// QtCharts gives a vertical axis at most 40 % of the chart's width and elides longer labels to
// "..."; so labels are shortened to fit that share, keeping both ends of the name.
constexpr qreal LabelShare = 0.4;

// A bar's length and label: the share in percent with two places, as every percentage LoanDesk
// shows; the exact share is in the tree. (Also what decides whether a poll changed the chart.)
Decimal barPercent(const Decimal &share) {
    return (share * Decimal::fromInt(100)).rounded(2);
}

// Okabe-Ito hues; the lighter sky blue keeps contrast on a dark background.
QColor collateralColor(const QPalette &p) {
    return AppTheme::isDark(p) ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}

QColor creditColor(const QPalette &) {
    return QColor(0xCC, 0x79, 0xA7);
}

} // namespace

CollateralShareChart::CollateralShareChart(MonitorState *state, QWidget *parent)
    : QChartView(parent)
    , m_state(state)
    , m_chart(new QChart) {
    setObjectName(QStringLiteral("collateralShareChart"));
    setAccessibleName(tr("Share of net equity by account"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setVisible(false);              // one series; the axis names every bar
    m_chart->setAnimationOptions(QChart::NoAnimation); // screenshots must show final values
    // QChartView made a default chart and setChart() releases it rather than deleting it.
    QChart *unused = chart();
    setChart(m_chart);
    delete unused;
    connect(state, &MonitorState::updated, this, &CollateralShareChart::reload);
    rebuild();
}

void CollateralShareChart::setGroupId(qint64 groupId) {
    m_groupId = groupId;
    m_hasUnit = false;
    reload();
}

void CollateralShareChart::setMaskEmails(bool mask) {
    m_mask = mask;
    rebuild();
}

void CollateralShareChart::reload() {
    if (const UnitStatus *s = m_state->unit(m_groupId)) {
        m_unit = s->unit;
        m_hasUnit = true;
    }
    // Prices move every share a little on most polls. Re-creating the series and axes for that
    // costs QtCharts a relayout of the whole chart, so bars that only change length are
    // updated in place; a poll that moves no bar by a hundredth of a percent changes nothing.
    const QList<Bar> now = bars();
    if (shapeOf(now) != m_builtShape)
        rebuild();
    else
        updateValues(now);
}

QList<CollateralShareChart::Bar> CollateralShareChart::bars() const {
    QList<Bar> bars;
    if (!m_hasUnit)
        return bars;
    // Largest first, as a share chart should read. Only as many bars as the height can label:
    // QtCharts turns category labels into "..." when they have too little room, so the
    // smallest members are summed into one "others" bar instead (the tree lists them all).
    for (const CollateralAccount &m : std::as_const(m_unit.members))
        bars.append({memberLabel(m),
                     CollateralTreeModel::share(m.netEquity(), m_unit.totalNetEquity),
                     m.role == MemberRole::Credit});
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &x, const Bar &y) { return x.share > y.share; });
    const int capacity = barCapacity();
    if (bars.size() > capacity) {
        Bar others{tr("%n others", nullptr, int(bars.size()) - capacity + 1), Decimal()};
        for (qsizetype i = capacity - 1; i < bars.size(); ++i)
            others.share += bars.at(i).share;
        bars.resize(capacity - 1);
        bars.append(others);
    }
    return bars;
}

QString CollateralShareChart::shapeOf(const QList<Bar> &bars) const {
    QString shape = QStringLiteral("%1|%2|%3|%4")
                        .arg(m_hasUnit)
                        .arg(m_mask)
                        .arg(barCapacity())
                        .arg(labelBudget());
    for (const Bar &bar : bars)
        shape += u'|' + bar.name + u'|' + QString::number(int(bar.credit));
    return shape;
}

QList<double> CollateralShareChart::lengthsOf(const QList<Bar> &bars) {
    // QtCharts draws the first category at the bottom, so the bars go in reverse.
    QList<double> lengths;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        lengths.append(barPercent(it->share).toDouble());
    return lengths;
}

void CollateralShareChart::updateValues(const QList<Bar> &bars) {
    const QList<double> lengths = lengthsOf(bars);
    if (lengths == m_builtLengths || !m_set || !m_creditSet || !m_valueAxis)
        return;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const bool credit = bars.at(bars.size() - 1 - i).credit;
        m_set->replace(int(i), credit ? 0 : lengths.at(i));
        m_creditSet->replace(int(i), credit ? lengths.at(i) : 0);
    }
    setValueRange(lengths);
    m_builtLengths = lengths;
}

void CollateralShareChart::setValueRange(const QList<double> &lengths) {
    double lo = 0;
    double hi = 0;
    for (const double pct : lengths) {
        lo = std::min(lo, pct);
        hi = std::max(hi, pct);
    }
    // Room past the longest bar for its value label.
    m_valueAxis->setRange(std::floor(lo / 10) * 10, std::max(10.0, std::ceil(hi * 1.25 / 10) * 10));
    m_valueAxis->setTickInterval(hi > 50 ? 20 : 10);
}

QString CollateralShareChart::memberLabel(const CollateralAccount &member) const {
    if (m_mask)
        return CollateralTreeModel::maskEmail(member.email);
    // The sub-account name before '@' tells members apart; the full address is in the tree.
    return member.email.section(u'@', 0, 0);
}

void CollateralShareChart::rebuild() {
    const QList<Bar> bars = this->bars();
    m_builtShape = shapeOf(bars);
    m_builtLengths = lengthsOf(bars);
    m_builtForCapacity = barCapacity();
    m_set = nullptr;
    m_creditSet = nullptr;
    m_valueAxis = nullptr;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis() hands ownership back: every rebuild leaked two axes
    }
    m_labels.clear();
    m_chart->setTitle(m_hasUnit ? QString() : tr("No risk unit selected"));
    if (bars.isEmpty()) {
        applyPalette();
        return;
    }

    // Two sets in a stacked series, one of them zero in every row: QtCharts colours per set.
    m_set = new QBarSet(tr("Collateral account"));
    m_creditSet = new QBarSet(tr("Credit account"));
    QStringList categories;
    const QFontMetrics fm(font());
    // QtCharts draws the first category at the bottom, so add the bars in reverse.
    qsizetype row = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it, ++row) {
        const double pct = m_builtLengths.at(row);
        // The credit account is named in words as well as drawn in its own colour.
        QString label = fm.elidedText(it->name, Qt::ElideMiddle, labelBudget());
        if (it->credit) {
            const QString named = it->name + tr(" (credit)");
            // Rather a clear role than a mangled name: the tree says which account it is.
            label = fm.horizontalAdvance(named) <= labelBudget() ? named : tr("Credit account");
        }
        while (categories.contains(label)) // category names must be unique
            label += u' ';
        categories.append(label);
        m_set->append(it->credit ? 0 : pct);
        m_creditSet->append(it->credit ? pct : 0);
    }
    for (auto it = categories.crbegin(); it != categories.crend(); ++it)
        m_labels.append(it->trimmed());
    auto *series = new QHorizontalStackedBarSeries;
    series->append(m_set);
    series->append(m_creditSet);
    series->setBarWidth(0.72);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    // Significant digits: 100.00 needs five. QtCharts drops trailing zeros ("5.4 %").
    series->setLabelsPrecision(5);
    m_chart->addSeries(series);

    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setGridLineVisible(false);
    // A short panel (a laptop screen, CJK line heights) must not turn the names into "…".
    yAxis->setTruncateLabels(false);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    setValueRange(m_builtLengths);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    series->attachAxis(m_valueAxis);
    applyPalette();
    updateGeometry();
}

void CollateralShareChart::applyPalette() {
    // QtCharts has its own themes; map the widget palette onto the chart so it matches the
    // rest of the dashboard instead of a fixed light or dark look.
    const QPalette &p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = p.color(QPalette::Mid);
    m_chart->setBackgroundBrush(p.base());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font());
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries *s : m_chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const QColor fill = i == 0 ? collateralColor(p) : creditColor(p);
            sets[i]->setColor(fill);
            sets[i]->setBorderColor(fill);
            sets[i]->setLabelColor(text);
            sets[i]->setLabelFont(font());
        }
    }
    setBackgroundBrush(p.base());
}

void CollateralShareChart::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QChartView::changeEvent(event);
}

int CollateralShareChart::barCapacity() const {
    // Per bar: a label line plus QtCharts' padding above and below it; the value axis and the
    // margins take about two lines more. A label in Chinese (放贷账户) falls back to a CJK
    // font whose glyphs stand taller than the widget font's line, and QtCharts elides any
    // label taller than its row, so the row is measured with one.
    const QFontMetrics fm = fontMetrics();
    const int line = std::max(fm.height(), fm.boundingRect(QStringLiteral("放贷账户")).height());
    // When the window is too short for even the minimum height, the largest member and
    // "others" still read better than three rows of "...".
    return std::max(2, (height() - 2 * line - 24) / (line + 12));
}

int CollateralShareChart::labelBudget() const {
    return std::max(80, int((width() - 8) * LabelShare) - 20); // minus margins, ticks, padding
}

void CollateralShareChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    if (labelBudget() != m_builtForBudget || barCapacity() != m_builtForCapacity) {
        m_builtForBudget = labelBudget();
        rebuild();
    }
}

QSize CollateralShareChart::sizeHint() const {
    const int members = m_hasUnit ? int(m_unit.members.size()) : 1;
    const int line = fontMetrics().height();
    return {360, 2 * line + 24 + members * (line + 12)};
}

QSize CollateralShareChart::minimumSizeHint() const {
    const int members = m_hasUnit ? int(m_unit.members.size()) : 1;
    const int line = fontMetrics().height();
    return {280, 2 * line + 24 + std::min(members, 3) * (line + 12)};
}

} // namespace loandesk
