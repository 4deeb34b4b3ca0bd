#include "activityview.h"

#include "actiontext.h"
#include "resolvebyhanddialog.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"
#include "actions/borrowrepayservice.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace loandesk {

ActivityView::ActivityView(AuditLog *log, BorrowRepayService *service, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_service(service)
    , m_model(new AuditLogModel(log, this))
    , m_table(new QTableView(this))
    , m_open(new QLabel(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("activityView"));
    setWindowTitle(tr("Activity — borrow and repay journal"));
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_open->setObjectName(QStringLiteral("openActionsList"));
    m_open->setWordWrap(true);
    m_open->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *verifyButton =
        buttons->addButton(tr("&Verify audit chain"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    m_resolve = buttons->addButton(tr("&Resolve by hand…"), QDialogButtonBox::ActionRole);
    m_resolve->setObjectName(QStringLiteral("resolveByHandButton"));
    connect(m_resolve, &QPushButton::clicked, this, &ActivityView::resolveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityView::updateOpenActions);
    connect(m_service, &BorrowRepayService::openActionsChanged, this,
            &ActivityView::updateOpenActions);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verifyButton, &QPushButton::clicked, this, &ActivityView::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export activity"), dir + QStringLiteral("/loandesk-activity.csv"),
            tr("CSV file (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            m_status->setText(tr("Could not write %1.").arg(path));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_open);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 500);
    updateOpenActions();
}

qint64 ActivityView::selectedIntent() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->entryAt(rows.first().row()).intentId;
}

void ActivityView::updateOpenActions() {
    const QList<OpenAction> open = m_service->openActions();
    QStringList lines;
    bool resolvable = false;
    for (const OpenAction &a : open) {
        lines << ActionText::openAction(a);
        resolvable = resolvable || (a.resolvableByHand && a.entry.intentId == selectedIntent());
    }
    m_open->setVisible(!open.isEmpty());
    m_open->setText(lines.join(u'\n'));
    m_resolve->setEnabled(resolvable);
    m_resolve->setToolTip(
        resolvable ? QString()
                   : tr("Select an open action that LoanDesk cannot check (no credit key, the "
                        "exchange unreachable for 5 minutes) or that probably executed."));
}

void ActivityView::resolveSelected() {
    const qint64 intent = selectedIntent();
    const QList<OpenAction> open = m_service->openActions();
    const auto action = std::find_if(open.cbegin(), open.cend(), [&](const OpenAction &a) {
        return a.entry.intentId == intent && a.resolvableByHand;
    });
    if (action == open.cend())
        return;
    auto *dialog = new ResolveByHandDialog(*action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_service->resolveByHand(dialog->intentId(), dialog->executed(), dialog->note()))
            m_status->setText(tr("The resolution could not be journaled; the action stays open."));
    });
    dialog->open();
}

void ActivityView::verifyChain() {
    const std::optional<qint64> broken = m_log->verify();
    if (broken)
        m_status->setText(tr("The audit chain is BROKEN at row %1: that row or one before it was "
                             "changed or removed outside LoanDesk.")
                              .arg(*broken));
    else
        m_status->setText(tr("The audit chain is intact: %n row(s) verified.", nullptr,
                             int(m_log->entries().size())));
}

bool ActivityView::exportCsv(const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit())
        return false;
    m_status->setText(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace loandesk
