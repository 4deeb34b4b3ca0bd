#include "schedulereportsdialog.h"

#include "scheduledreporter.h"

#include "models/displayformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace loandesk {

ScheduleReportsDialog::ScheduleReportsDialog(ScheduledReporter *reporter, QWidget *parent)
    : QDialog(parent)
    , m_reporter(reporter)
    , m_enabled(new QCheckBox(tr("&Write reports automatically"), this))
    , m_mask(new QCheckBox(tr("&Mask sub-account emails in reports"), this))
    , m_folder(new QLineEdit(this))
    , m_hours(new QSpinBox(this))
    , m_next(new QLabel(this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("scheduleReportsDialog"));
    setWindowTitle(tr("Scheduled reports"));
    const ReportSchedule s = reporter->schedule();
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_enabled->setChecked(s.enabled);
    m_mask->setObjectName(QStringLiteral("scheduleMaskEmails"));
    m_mask->setChecked(s.maskEmails);
    m_folder->setObjectName(QStringLiteral("scheduleFolder"));
    m_folder->setText(s.folder.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                QStringLiteral("/LoanDesk reports")
                          : s.folder);
    m_folder->setAccessibleName(tr("Report folder"));
    m_hours->setObjectName(QStringLiteral("scheduleHours"));
    m_hours->setRange(1, 24 * 7);
    m_hours->setValue(s.everyHours);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Hours between reports"));

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Every:"), m_hours);
    form->addRow(m_mask);
    form->addRow(tr("Next report:"), m_next);

    auto *explain = new QLabel(
        tr("Each report is a folder with a PNG snapshot, a PDF report, CSV files, the state as "
           "JSON, and manifest.json holding every file's SHA-256, so a report can later be shown "
           "to be unaltered. 24 h means daily."),
        this);
    explain->setWordWrap(true);
    auto *now = new QPushButton(tr("Write a report &now"), this);
    now->setObjectName(QStringLiteral("writeReportNow"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("scheduleResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(now, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ScheduleReportsDialog::browse);
    connect(now, &QPushButton::clicked, this, &ScheduleReportsDialog::writeNow);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleReportsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleReportsDialog::reject);
    connect(m_enabled, &QCheckBox::toggled, this, &ScheduleReportsDialog::updateNextRun);
    connect(m_hours, &QSpinBox::valueChanged, this, &ScheduleReportsDialog::updateNextRun);
    setMinimumWidth(560);
    updateNextRun();
}

void ScheduleReportsDialog::browse() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Report folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void ScheduleReportsDialog::updateNextRun() {
    ReportSchedule s = m_reporter->schedule();
    s.enabled = m_enabled->isChecked();
    s.everyHours = m_hours->value();
    s.folder = m_folder->text();
    const QDateTime next = s.nextRun(QDateTime::currentDateTimeUtc());
    m_next->setText(next.isValid() ? DisplayFormat::dateTime(next) : tr("off"));
}

void ScheduleReportsDialog::writeNow() {
    ReportSchedule s = m_reporter->schedule();
    s.folder = m_folder->text();
    s.maskEmails = m_mask->isChecked();
    m_reporter->setSchedule(s);
    m_result->setText(tr("Writing the report…"));
    m_reporter->writeNow(this, [this](const QString &folder, const QString &error) {
        m_result->setText(folder.isEmpty() ? tr("Report not written: %1").arg(error)
                                           : tr("Report written to %1").arg(folder));
    });
}

void ScheduleReportsDialog::accept() {
    ReportSchedule s = m_reporter->schedule();
    s.enabled = m_enabled->isChecked();
    s.folder = m_folder->text();
    s.everyHours = m_hours->value();
    s.maskEmails = m_mask->isChecked();
    m_reporter->setSchedule(s);
    QDialog::accept();
}

} // namespace loandesk
