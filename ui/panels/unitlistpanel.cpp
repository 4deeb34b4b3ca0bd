#include "unitlistpanel.h"

#include "bandpilldelegate.h"
#include "common/tablestyle.h"
#include "numericheaderview.h"

#include "common/exactcopy.h"
#include "common/numberdelegate.h"
#include "models/riskunitlistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace loandesk {

UnitListPanel::UnitListPanel(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_model(new RiskUnitListModel(state, this))
    , m_view(new QTableView(this)) {
    setObjectName(QStringLiteral("unitListPanel"));
    m_view->setObjectName(QStringLiteral("unitListView"));
    m_view->setHorizontalHeader(new NumericHeaderView({RiskUnitListModel::LtvColumn}, m_view));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(RiskUnitListModel::BandColumn, new BandPillDelegate(m_view));
    m_view->setItemDelegateForColumn(RiskUnitListModel::LtvColumn, new NumberDelegate(m_view));
    ExactCopy::install(m_view);
    styleFiguresTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Risk units"));
    m_view->setAccessibleDescription(tr("Each risk unit with its LTV, band and data age"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitListPanel::restoreSelection);
    // Only the columns whose text changed can need another width (the age column stretches).
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                fitColumns(from.column(), to.column());
            });
    restoreSelection();
}

void UnitListPanel::selectGroup(qint64 groupId) {
    m_wanted = groupId;
    const int row = m_model->rowOf(groupId);
    if (row >= 0)
        m_view->selectRow(row);
}

void UnitListPanel::onCurrentChanged() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->groupIdAt(current.row()) : 0;
    if (id == m_selected)
        return;
    m_selected = id;
    if (id != 0)
        m_wanted = id;
    Q_EMIT unitSelected(id);
}

void UnitListPanel::restoreSelection() {
    fitColumns();
    updateGeometry(); // the number of units changes the height this panel asks for
    if (m_model->rowCount() == 0)
        return;
    // Keep the user's unit across a reset; fall back to the first when it has gone.
    int row = m_model->rowOf(m_wanted);
    if (row < 0)
        row = 0;
    m_view->selectRow(row);
    onCurrentChanged();
}

void UnitListPanel::fitColumns(int first, int last) {
    // Ages tick every second: only the columns whose text changed are measured (the same
    // measure resizeColumnToContents takes), and the layout is asked again only when a width
    // sizeHint() counts has changed.
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    last = last < 0 ? RiskUnitListModel::ColumnCount - 1 : last;
    m_contentWidths.resize(RiskUnitListModel::ColumnCount);
    bool changed = false;
    for (int c = first; c <= last; ++c) {
        const int width =
            std::max(view->sizeHintForColumn(c), m_view->horizontalHeader()->sectionSizeHint(c));
        // The last column stretches to fill the panel.
        if (c < RiskUnitListModel::ColumnCount - 1 && m_view->columnWidth(c) != width)
            m_view->setColumnWidth(c, width);
        if (std::exchange(m_contentWidths[c], width) != width)
            changed = true;
    }
    if (changed)
        updateGeometry();
}

QSize UnitListPanel::sizeHint() const {
    int width = 0;
    for (int c = 0; c < RiskUnitListModel::ColumnCount; ++c)
        width += std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c),
                          m_view->horizontalHeader()->sectionSizeHint(c));
    // Tall enough for every unit (at most five per key) and never less than one row.
    const int rows = std::max(1, m_model->rowCount());
    const int rowHeight = m_model->rowCount() > 0 ? m_view->rowHeight(0)
                                                  : m_view->verticalHeader()->defaultSectionSize();
    const int height = m_view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 4;
    return {width + 8, height};
}

} // namespace loandesk
