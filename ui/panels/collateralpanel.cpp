#include "collateralpanel.h"

#include "common/numberdelegate.h"
#include "numericheaderview.h"

#include "common/exactcopy.h"
#include "models/collateraltreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTreeView>

namespace loandesk {

CollateralPanel::CollateralPanel(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_model(new CollateralTreeModel(state, this))
    , m_tree(new QTreeView(this)) {
    setObjectName(QStringLiteral("collateralPanel"));
    m_tree->setObjectName(QStringLiteral("collateralTree"));
    m_tree->setHeader(new NumericHeaderView({CollateralTreeModel::NetEquityColumn,
                                             CollateralTreeModel::MaintenanceColumn,
                                             CollateralTreeModel::ShareColumn},
                                            m_tree));
    m_tree->setModel(m_model);
    auto *numbers = new NumberDelegate(m_tree);
    for (int c : {CollateralTreeModel::NetEquityColumn, CollateralTreeModel::MaintenanceColumn,
                  CollateralTreeModel::ShareColumn})
        m_tree->setItemDelegateForColumn(c, numbers);
    ExactCopy::install(m_tree);
    m_tree->setUniformRowHeights(true);
    m_tree->setTabKeyNavigation(false); // Tab leaves the tree; arrows move inside it
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setAccessibleName(tr("Collateral accounts and wallets"));
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CollateralPanel::expandAndFit);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CollateralPanel::expandAndFit);
    // Changed figures add no rows: only the widths can need another look, once per burst.
    m_refit.setSingleShot(true);
    m_refit.setInterval(0);
    connect(&m_refit, &QTimer::timeout, this, [this] {
        fitColumns();
        askLayoutIfChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, &m_refit, qOverload<>(&QTimer::start));
}

void CollateralPanel::setGroupId(qint64 groupId) {
    m_model->setGroupId(groupId);
}

void CollateralPanel::setMaskEmails(bool mask) {
    m_model->setMaskEmails(mask);
    expandAndFit(); // masked addresses are shorter
}

void CollateralPanel::expandAndFit() {
    m_refit.stop();
    m_tree->expandAll();
    fitColumns();
    updateGeometry();
    m_hint = sizeHint();
}

void CollateralPanel::askLayoutIfChanged() {
    const QSize hint = sizeHint();
    if (hint != m_hint) {
        m_hint = hint;
        updateGeometry();
    }
}

void CollateralPanel::fitColumns() {
    // Every column as wide as its content (nothing elided); spare width goes to the account
    // column so the figures sit at the right edge instead of leaving a blank strip there.
    // Widths are worked out first and set once, so an unchanged column is not resized (and
    // the tree not repainted) twice on every poll.
    const auto *view = static_cast<const QAbstractItemView *>(m_tree);
    QList<int> widths;
    int used = 0;
    for (int c = 0; c < CollateralTreeModel::ColumnCount; ++c) {
        const int width =
            std::max(view->sizeHintForColumn(c),
                     m_tree->header()->isHidden() ? 0 : m_tree->header()->sectionSizeHint(c));
        widths.append(width);
        used += width;
    }
    const int spare = m_tree->viewport()->width() - used;
    if (spare > 0)
        widths[CollateralTreeModel::AccountColumn] += spare;
    for (int c = 0; c < CollateralTreeModel::ColumnCount; ++c) {
        if (m_tree->columnWidth(c) != widths.at(c))
            m_tree->setColumnWidth(c, widths.at(c));
    }
}

void CollateralPanel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

QSize CollateralPanel::sizeHint() const {
    int width = 0;
    for (int c = 0; c < CollateralTreeModel::ColumnCount; ++c)
        width += m_tree->columnWidth(c);
    return {std::max(width + 4, 480), QWidget::sizeHint().height()};
}

} // namespace loandesk
