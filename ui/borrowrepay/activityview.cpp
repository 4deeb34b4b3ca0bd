#include "activityview.h"

#include "actiontext.h"
#include "resolvebyhanddialog.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"
#include "actions/borrowrepayservice.h"
#include "common/exactcopy.h"
#include "common/numberdelegate.h"

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
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new NumberDelegate(m_table));
    ExactCopy::install(m_table);
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
    m_status->setText(describe(m_log->verify()));
}

QString ActivityView::describe(const AuditVerification &v) {
    using Chain = AuditVerification::Chain;
    using Anchor = JournalAnchor::Status;
    switch (v.chain) {
    case Chain::RowChanged:
        return tr("The audit chain is BROKEN at row %1: that row or one before it was changed "
                  "outside LoanDesk.")
            .arg(v.row);
    case Chain::RowsMissing:
        return v.missingFrom == v.missingTo
                   ? tr("Row %1 is MISSING from the audit journal: it was deleted outside "
                        "LoanDesk.")
                         .arg(v.missingFrom)
                   : tr("Rows %1–%2 are MISSING from the audit journal: they were deleted "
                        "outside LoanDesk.")
                         .arg(v.missingFrom)
                         .arg(v.missingTo);
    case Chain::TailMissing:
        return v.missingFrom == v.missingTo
                   ? tr("The end of the audit journal is MISSING: row %1, anchored outside the "
                        "file, was deleted outside LoanDesk.")
                         .arg(v.missingFrom)
                   : tr("The end of the audit journal is MISSING: rows %1–%2, anchored outside "
                        "the file, were deleted outside LoanDesk.")
                         .arg(v.missingFrom)
                         .arg(v.missingTo);
    case Chain::Rewritten:
        return tr("The audit chain was REWRITTEN outside LoanDesk: every link checks out, but row "
                  "%1 no longer has the hash anchored outside the file.")
            .arg(v.row);
    case Chain::Intact:
        break;
    }
    if (v.rows == 0)
        return tr("The audit journal is empty.");
    const QString intact =
        tr("The audit chain is intact: %n row(s) verified.", nullptr, int(v.rows));
    QString anchor;
    switch (v.anchor) {
    case Anchor::Anchored:
        anchor = v.unanchoredFrom == 0
                     ? tr("Its end matches the anchor kept in the keychain.")
                     : tr("Rows %1–%2 are not anchored: LoanDesk stopped before it could anchor "
                          "them, or they were added outside LoanDesk.")
                           .arg(v.unanchoredFrom)
                           .arg(v.rows);
        break;
    case Anchor::NoAnchorYet:
        anchor = tr("Its end is NOT anchored yet (first use of the anchor, a moved journal or a "
                    "removed keychain entry): rows deleted from the end would not show. The next "
                    "borrow or repay anchors it.");
        break;
    case Anchor::MemoryOnly:
        anchor = tr("Its end is NOT anchored: no keychain is available, so rows deleted from the "
                    "end while LoanDesk is closed would not show.");
        break;
    case Anchor::Failed:
        anchor = tr("Its end is NOT anchored: the keychain did not keep the anchor (%1).")
                     .arg(v.anchorDetail);
        break;
    case Anchor::Loading:
        anchor = tr("The anchor is still being read from the keychain; verify again in a moment.");
        break;
    case Anchor::NotConfigured:
        anchor = tr("Its end is NOT anchored, so rows deleted from the end would not show.");
        break;
    }
    return intact + u'\n' + anchor;
}

bool ActivityView::exportCsv(const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit())
        return false;
    m_status->setText(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace loandesk
