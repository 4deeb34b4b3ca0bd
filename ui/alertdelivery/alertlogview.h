#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace loandesk {

class AlertLog;
class AlertLogModel;

// Every alert of this run, newest first, with "Acknowledge" and an optional note.
class AlertLogView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogView)

public:
    explicit AlertLogView(AlertLog *log, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Acknowledges the selected alert (or the newest open one) with the note field's text.
    bool acknowledgeSelected();

private:
    void updateButtons();

    AlertLog *m_log;
    AlertLogModel *m_model;
    QTableView *m_table;
    QLineEdit *m_note;
    QPushButton *m_acknowledge;
};

} // namespace loandesk
