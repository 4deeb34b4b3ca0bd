#include "recordstab.h"

#include "common/errortext.h"

#include "common/exactcopy.h"
#include "common/numberdelegate.h"
#include "models/displayformat.h"
#include "models/pagedrecordsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace loandesk {

RecordsTab::RecordsTab(PagedRecordsModel *model, std::function<QString(qint64)> totalText,
                       QWidget *filters, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_totalText(std::move(totalText))
    , m_table(new QTableView(this))
    , m_previous(new QPushButton(tr("&Previous page"), this))
    , m_next(new QPushButton(tr("Ne&xt page"), this))
    , m_pageLabel(new QLabel(this))
    , m_state(new QLabel(this)) {
    m_table->setObjectName(QStringLiteral("recordsTable"));
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_state->setObjectName(QStringLiteral("recordsState"));
    m_table->setAccessibleName(tr("Records"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_previous->setToolTip(tr("Previous page (Alt+Page Up)"));
    m_next->setToolTip(tr("Next page (Alt+Page Down)"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(model);
    // Figures at their column's precision, decimal points aligned; Ctrl+C copies them exact.
    m_table->setItemDelegate(new NumberDelegate(m_table));
    ExactCopy::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    connect(m_previous, &QPushButton::clicked, this,
            [this] { Q_EMIT pageRequested(m_model->currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { Q_EMIT pageRequested(m_model->currentPage() + 1); });
    connect(model, &PagedRecordsModel::stateChanged, this, &RecordsTab::updateState);
    connect(model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);

    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pager->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    if (filters)
        layout->addWidget(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(pager);
    layout->addWidget(m_state);
    updateState();
}

void RecordsTab::setBlockedReason(const QString &reason) {
    m_blocked = reason;
    updateState();
}

void RecordsTab::updateState() {
    const PagedRecordsModel &m = *m_model;
    const bool canFetch = m_blocked.isEmpty() && m.client() && !m.isLoading();
    m_previous->setEnabled(canFetch && m.hasPage() && m.currentPage() > 1);
    m_next->setEnabled(canFetch && m.hasPage() && m.currentPage() < m.pageCount());
    m_pageLabel->setText(m.hasPage() ? tr("Page %1 of %2 · %3")
                                           .arg(m.currentPage())
                                           .arg(m.pageCount())
                                           .arg(m_totalText(m.total()))
                                     : QString());

    QString state;
    if (!m_blocked.isEmpty())
        state = m_blocked;
    else if (m.isLoading())
        state = tr("Loading…");
    else if (m.isStale())
        state = tr("Could not refresh: %1 Showing the page fetched at %2 (stale).")
                    .arg(errorText(m.lastError()), DisplayFormat::time(m.fetchedAt()));
    else if (m.lastError().isError())
        state = tr("Could not load the records: %1").arg(errorText(m.lastError()));
    else if (m.hasPage() && m.total() == 0)
        state =
            tr("No records in this range (fetched at %1).").arg(DisplayFormat::time(m.fetchedAt()));
    else if (m.hasPage())
        state = tr("Fetched at %1.").arg(DisplayFormat::time(m.fetchedAt()));
    m_state->setText(state);

    // Stale rows stay readable but dimmed, like the dashboard's stale panels; otherwise the
    // table follows the application's palette (and theme changes).
    if (m.isStale() || (!m_blocked.isEmpty() && m.hasPage())) {
        QPalette dimmed = palette();
        dimmed.setColor(QPalette::Text, dimmed.color(QPalette::Disabled, QPalette::Text));
        m_table->setPalette(dimmed);
    } else {
        m_table->setPalette(QPalette());
    }
}

} // namespace loandesk
