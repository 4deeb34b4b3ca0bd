#include "dashboardwidget.h"

#include "collateralassetspanel.h"
#include "collateralpanel.h"
#include "distancepanel.h"
#include "feedbanner.h"
#include "keyfigurespanel.h"
#include "ltvgaugewidget.h"
#include "panelframe.h"
#include "stalenessstyler.h"
#include "unitlistpanel.h"

#include "charts/collateralsharechart.h"
#include "models/collateralassetsmodel.h"
#include "models/displayzonenotifier.h"
#include "models/riskunitlistmodel.h"
#include "monitor/monitorstate.h"

#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace loandesk {

namespace {

PanelFrame *frame(const QString &title, QWidget *content, const QString &name) {
    auto *f = new PanelFrame(title, content);
    f->setObjectName(name);
    return f;
}

int hintWidth(const QSplitter *s, int i) {
    return s->widget(i)->sizeHint().width();
}

int hintHeight(const QSplitter *s, int i) {
    return s->widget(i)->sizeHint().height();
}

// A splitter given the sizes it already has would still lay out and repaint its cards.
void setSizes(QSplitter *s, const QList<int> &sizes) {
    if (s->sizes() != sizes)
        s->setSizes(sizes);
}

} // namespace

DashboardWidget::DashboardWidget(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_banner(new FeedBanner(state, this))
    , m_units(new UnitListPanel(state))
    , m_gauge(new LtvGaugeWidget(state))
    , m_distances(new DistancePanel(state))
    , m_keyFigures(new KeyFiguresPanel(state))
    , m_collateral(new CollateralPanel(state))
    , m_assets(new CollateralAssetsPanel)
    , m_chart(new CollateralShareChart(state))
    , m_styler(new StalenessStyler(state, this)) {
    setObjectName(QStringLiteral("dashboard"));
    m_arrange.setSingleShot(true);
    m_arrange.setInterval(0);
    connect(&m_arrange, &QTimer::timeout, this, &DashboardWidget::arrangePanels);

    auto *unitsFrame = frame(tr("Risk units"), m_units, QStringLiteral("unitsFrame"));
    auto *keyFrame = frame(tr("Key figures"), m_keyFigures, QStringLiteral("keyFiguresFrame"));
    auto *shareFrame = frame(tr("Share of net equity"), m_chart, QStringLiteral("shareFrame"));
    auto *gaugeFrame = frame(tr("Loan-to-value"), m_gauge, QStringLiteral("gaugeFrame"));
    auto *distanceFrame =
        frame(tr("Distance to bands"), m_distances, QStringLiteral("distanceFrame"));
    auto *collateralFrame =
        frame(tr("Collateral accounts"), m_collateral, QStringLiteral("collateralFrame"));
    auto *assetsFrame =
        frame(tr("Collateral by asset"), m_assets, QStringLiteral("collateralAssetsFrame"));

    // Left: which unit, its figures and who holds its equity. Right: how close it is to each
    // band, then every member and wallet at full width, so long sub-account emails fit.
    m_main = addSplitter(Qt::Horizontal, QStringLiteral("mainSplitter"));
    m_left = addSplitter(Qt::Vertical, QStringLiteral("leftSplitter"));
    m_right = addSplitter(Qt::Vertical, QStringLiteral("rightSplitter"));
    m_top = addSplitter(Qt::Horizontal, QStringLiteral("riskSplitter"));
    m_left->addWidget(unitsFrame);
    m_left->addWidget(keyFrame);
    m_left->addWidget(shareFrame);
    m_top->addWidget(gaugeFrame);
    m_top->addWidget(distanceFrame);
    m_right->addWidget(m_top);
    m_right->addWidget(assetsFrame);
    m_right->addWidget(collateralFrame);
    m_main->addWidget(m_left);
    m_main->addWidget(m_right);
    m_main->setStretchFactor(1, 1);
    m_left->setStretchFactor(2, 1);
    m_right->setStretchFactor(2, 1);
    m_top->setStretchFactor(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(m_main, 1);

    // The unit list stays crisp when stale: its ages already say how old each row is.
    for (PanelFrame *f :
         {gaugeFrame, distanceFrame, keyFrame, shareFrame, assetsFrame, collateralFrame})
        m_styler->addPanel(f);

    connect(m_units, &UnitListPanel::unitSelected, this, &DashboardWidget::showGroup);
    connect(m_units->model(), &QAbstractItemModel::modelReset, &m_arrange,
            qOverload<>(&QTimer::start));
    connect(m_assets->model(), &QAbstractItemModel::modelReset, &m_arrange,
            qOverload<>(&QTimer::start));
    showGroup(m_units->selectedGroupId());
    // New figures can change what the cards need (a repay text that wraps, a note that
    // appears); re-proportion so no card is left clipped.
    connect(state, &MonitorState::updated, &m_arrange, qOverload<>(&QTimer::start));
    // Every time on the dashboard is drawn in the display zone: redraw them all when it changes.
    connect(DisplayFormat::notifier(), &DisplayZoneNotifier::zoneChanged, this, [this] {
        m_banner->refresh();
        update();
    });
}

QSplitter *DashboardWidget::addSplitter(Qt::Orientation orientation, const QString &name) {
    auto *s = new QSplitter(orientation, this);
    s->setObjectName(name);
    s->setChildrenCollapsible(false);
    s->setHandleWidth(8);
    // splitterMoved fires only for the user's drags: from then on their layout wins.
    connect(s, &QSplitter::splitterMoved, this, [this] { m_userArranged = true; });
    return s;
}

void DashboardWidget::showGroup(qint64 groupId) {
    m_gauge->setGroupId(groupId);
    m_distances->setGroupId(groupId);
    m_keyFigures->setGroupId(groupId);
    m_collateral->setGroupId(groupId);
    m_assets->setGroupId(groupId);
    m_chart->setGroupId(groupId);
    // A unit with more liabilities or members needs other proportions.
    m_arrange.start();
    Q_EMIT groupSelected(groupId);
}

void DashboardWidget::arrangePanels() {
    if (m_userArranged || m_main->width() <= 0)
        return;
    const int handle = m_main->handleWidth();
    // Columns: the left one as wide as its widest card wants, the rest to the right.
    int left = 0;
    for (int i = 0; i < m_left->count(); ++i)
        left = std::max(left, hintWidth(m_left, i));
    left = std::min(left, m_main->width() / 2);
    setSizes(m_main, {left, m_main->width() - left - handle});

    // Left column: list and figures at their natural height, the chart takes the rest; on a
    // short screen the figures give way first (their table scrolls), not the chart's bars
    // and names.
    const int leftHeight = m_left->height();
    const int units = std::min(hintHeight(m_left, 0), leftHeight / 3);
    const int chartMin = std::max(m_left->widget(2)->minimumSizeHint().height(),
                                  std::min(hintHeight(m_left, 2), leftHeight / 3));
    const int figures =
        std::max(std::min(hintHeight(m_left, 1), leftHeight - units - chartMin - 2 * handle),
                 m_left->widget(1)->minimumSizeHint().height());
    setSizes(m_left,
             {units, figures, std::max(leftHeight - units - figures - 2 * handle, chartMin)});

    // Right: gauge and distances as tall as the taller needs; each panel below (collateral by
    // asset, then the member tree) as tall as its rows need while the last keeps room for a
    // few rows; the last takes the rest.
    const int rightHeight = m_right->height();
    const int below = m_right->count() - 1;
    int belowMin = 0;
    for (int i = 1; i < m_right->count(); ++i)
        belowMin += m_right->widget(i)->minimumSizeHint().height() + handle;
    const int top = std::max(
        std::min(std::max(hintHeight(m_top, 0), hintHeight(m_top, 1)), rightHeight - belowMin),
        m_top->minimumSizeHint().height());
    QList<int> rightSizes{top};
    int remaining = rightHeight - top - below * handle;
    const int lastRoom =
        std::max(5 * fontMetrics().height(), m_right->widget(below)->minimumSizeHint().height());
    for (int i = 1; i < below; ++i) {
        const int height = std::max(std::min(hintHeight(m_right, i), remaining - lastRoom),
                                    m_right->widget(i)->minimumSizeHint().height());
        rightSizes.append(height);
        remaining -= height;
    }
    rightSizes.append(std::max(remaining, lastRoom));
    setSizes(m_right, rightSizes);
    const int distance = hintWidth(m_top, 1);
    setSizes(m_top, {m_top->width() - distance - handle, distance});
}

void DashboardWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // Deferred: the splitters inside get their new geometry after this event.
    m_arrange.start();
}

void DashboardWidget::setMaskEmails(bool mask) {
    m_mask = mask;
    m_collateral->setMaskEmails(mask);
    m_assets->setMaskEmails(mask);
    m_chart->setMaskEmails(mask);
}

void DashboardWidget::setCollateral(CollateralState *collateral) {
    m_assets->setCollateral(collateral);
    m_distances->setCollateral(collateral);
    m_arrange.start();
}

qint64 DashboardWidget::selectedGroupId() const {
    return m_units->selectedGroupId();
}

void DashboardWidget::selectGroup(qint64 groupId) {
    m_units->selectGroup(groupId);
}

} // namespace loandesk
