#include "activityview.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace loandesk {

ActivityView::ActivityView(AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new AuditLogModel(log, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("activityView"));
    setWindowTitle(tr("Activity — borrow and repay journal"));
    m_table->setObjectName(QStringLiteral("activityTable"));
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
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 500);
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
