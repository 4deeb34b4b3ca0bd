#include "collateralassetspanel.h"

#include "common/numberdelegate.h"
#include "common/selectablelabel.h"
#include "common/tablestyle.h"
#include "numericheaderview.h"

#include "models/collateralassetsmodel.h"
#include "monitor/collateralstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace loandesk {

namespace {

constexpr int NumericColumns[] = {
    CollateralAssetsModel::QuantityColumn,        CollateralAssetsModel::PriceColumn,
    CollateralAssetsModel::ValueColumn,           CollateralAssetsModel::RatioColumn,
    CollateralAssetsModel::CollateralValueColumn, CollateralAssetsModel::ShareColumn};

} // namespace

CollateralAssetsPanel::CollateralAssetsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CollateralAssetsModel(this))
    , m_coverage(new SelectableLabel(this))
    , m_mode(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_notes(new SelectableLabel(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("collateralAssetsPanel"));
    m_coverage->setObjectName(QStringLiteral("collateralCoverage"));
    m_coverage->setWordWrap(true);
    m_mode->setObjectName(QStringLiteral("collateralAssetsMode"));
    m_mode->addItem(tr("Whole unit"), int(CollateralAssetsModel::Mode::Unit));
    m_mode->addItem(tr("Per member"), int(CollateralAssetsModel::Mode::PerMember));
    m_mode->setAccessibleName(tr("Show collateral for the whole unit or per member"));
    m_notes->setObjectName(QStringLiteral("collateralNotes"));
    m_notes->setWordWrap(true);
    m_notes->hide();
    m_summary->setObjectName(QStringLiteral("collateralSummary"));

    m_view->setObjectName(QStringLiteral("collateralAssetsView"));
    QSet<int> numeric;
    for (int c : NumericColumns)
        numeric.insert(c);
    m_view->setHorizontalHeader(new NumericHeaderView(numeric, m_view));
    m_view->setModel(m_model);
    auto *numbers = new NumberDelegate(m_view);
    for (int c : NumericColumns)
        m_view->setItemDelegateForColumn(c, numbers);
    styleFiguresTable(m_view);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnHidden(CollateralAssetsModel::MemberColumn, true);
    m_view->setAccessibleName(tr("Collateral by asset"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_coverage, 1);
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_summary);

    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { setPerMember(m_mode->currentIndex() == 1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CollateralAssetsPanel::fitColumns);
    m_refit.setSingleShot(true);
    m_refit.setInterval(0);
    connect(&m_refit, &QTimer::timeout, this, &CollateralAssetsPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, &m_refit, qOverload<>(&QTimer::start));
    reload();
}

void CollateralAssetsPanel::setCollateral(CollateralState *collateral) {
    if (m_collateral)
        disconnect(m_collateral, nullptr, this, nullptr);
    m_collateral = collateral;
    if (m_collateral)
        connect(m_collateral, &CollateralState::updated, this, &CollateralAssetsPanel::reload);
    reload();
}

void CollateralAssetsPanel::setGroupId(qint64 groupId) {
    m_groupId = groupId;
    reload();
}

void CollateralAssetsPanel::setMaskEmails(bool mask) {
    m_model->setMaskEmails(mask);
    reload(); // the notes name wallets by email
}

void CollateralAssetsPanel::setPerMember(bool perMember) {
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(perMember ? 1 : 0);
    m_model->setMode(perMember ? CollateralAssetsModel::Mode::PerMember
                               : CollateralAssetsModel::Mode::Unit);
    m_view->setColumnHidden(CollateralAssetsModel::MemberColumn, !perMember);
    fitColumns();
    updateGeometry(); // the member column counts in the width asked for only when shown
}

void CollateralAssetsPanel::reload() {
    m_model->setView(m_collateral ? m_collateral->view(m_groupId) : std::nullopt);
    m_coverage->setText(m_model->coverageText());
    m_coverage->setToolTip(m_model->view() ? m_model->view()->composition.reason : QString());
    const QStringList notes = m_model->walletNotes();
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    m_summary->setText(m_model->summaryText());
    m_summary->setVisible(!m_summary->text().isEmpty());
}

QString CollateralAssetsPanel::coverageText() const {
    return m_coverage->text();
}

QString CollateralAssetsPanel::notesText() const {
    return m_notes->text();
}

void CollateralAssetsPanel::fitColumns() {
    // Figures are never elided: each column as wide as its widest cell (resizeColumnToContents'
    // measure). A price tick that changes no width resizes nothing and asks no new layout.
    m_refit.stop();
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    bool changed = false;
    for (int c = 0; c < CollateralAssetsModel::ColumnCount; ++c) {
        const int width =
            std::max(view->sizeHintForColumn(c), m_view->horizontalHeader()->sectionSizeHint(c));
        if (m_view->columnWidth(c) != width) {
            m_view->setColumnWidth(c, width);
            changed = true;
        }
    }
    if (changed || m_model->rowCount() != m_fittedRows) {
        m_fittedRows = m_model->rowCount();
        updateGeometry();
    }
}

QSize CollateralAssetsPanel::sizeHint() const {
    int width = 0;
    for (int c = 0; c < CollateralAssetsModel::ColumnCount; ++c) {
        if (!m_view->isColumnHidden(c))
            width += m_view->columnWidth(c);
    }
    // Every asset row visible (a unit holds a handful), at least three rows' room.
    const int rows = std::max(m_view->verticalHeader()->length(),
                              3 * m_view->verticalHeader()->defaultSectionSize());
    const int height = m_view->horizontalHeader()->sizeHint().height() + rows +
                       m_coverage->sizeHint().height() +
                       (m_notes->isVisible() ? m_notes->sizeHint().height() : 0) +
                       m_summary->sizeHint().height() + 16;
    return {std::max(width + 4, 420), height};
}

QSize CollateralAssetsPanel::minimumSizeHint() const {
    QSize size = QWidget::minimumSizeHint();
    // A wrapped label asks the layout for one line; the lines its width really needs would be
    // squeezed into each other.
    for (const QLabel *label : {m_coverage, m_notes}) {
        if (label->isVisibleTo(this) && label->width() > 0)
            size.rheight() += std::max(0, label->heightForWidth(label->width()) -
                                              label->minimumSizeHint().height());
    }
    return size;
}

void CollateralAssetsPanel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the minimum height follows the width
}

} // namespace loandesk
