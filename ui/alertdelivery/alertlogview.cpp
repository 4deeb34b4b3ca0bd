#include "alertlogview.h"

#include "alertlogmodel.h"

#include "alerts/alertlog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace loandesk {

AlertLogView::AlertLogView(AlertLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new AlertLogModel(log, this))
    , m_table(new QTableView(this))
    , m_note(new QLineEdit(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this)) {
    setObjectName(QStringLiteral("alertLogView"));
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_note->setObjectName(QStringLiteral("alertNoteEdit"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AlertLogModel::Message, QHeaderView::Stretch);
    m_note->setPlaceholderText(tr("Optional note, e.g. \"called the credit desk\""));
    m_note->setAccessibleName(tr("Acknowledgement note"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertLogView::acknowledgeSelected);
    connect(m_note, &QLineEdit::returnPressed, this, &AlertLogView::acknowledgeSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Size the short columns to what they hold; the message takes the rest.
        for (int c : {AlertLogModel::Time, AlertLogModel::Unit, AlertLogModel::Level,
                      AlertLogModel::Value, AlertLogModel::Acknowledged})
            m_table->resizeColumnToContents(c);
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertLogView::updateButtons);
    updateButtons();
}

void AlertLogView::updateButtons() {
    m_acknowledge->setEnabled(m_log->unacknowledgedCount() > 0);
}

bool AlertLogView::acknowledgeSelected() {
    qint64 id = 0;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        id = selected.first().data(AlertLogModel::AlertIdRole).toLongLong();
    } else {
        for (auto it = m_log->alerts().crbegin(); it != m_log->alerts().crend() && id == 0; ++it)
            id = it->isAcknowledged() ? 0 : it->id;
    }
    if (id == 0 ||
        !m_log->acknowledge(id, m_note->text().trimmed(), QDateTime::currentDateTimeUtc()))
        return false;
    m_note->clear();
    return true;
}

} // namespace loandesk
