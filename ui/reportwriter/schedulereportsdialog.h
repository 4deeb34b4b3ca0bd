#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace loandesk {

class ScheduledReporter;

// Sets up unattended reports: on/off, the folder, how often, and a "write one now" button.
class ScheduleReportsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleReportsDialog)

public:
    explicit ScheduleReportsDialog(ScheduledReporter *reporter, QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();
    void writeNow();
    void updateNextRun();

    ScheduledReporter *m_reporter;
    QCheckBox *m_enabled;
    QCheckBox *m_mask;
    QLineEdit *m_folder;
    QSpinBox *m_hours;
    QLabel *m_next;
    QLabel *m_result;
};

} // namespace loandesk
