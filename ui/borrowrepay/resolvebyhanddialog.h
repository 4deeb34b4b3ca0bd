#pragma once

#include "actions/openaction.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

namespace loandesk {

// "I checked the exchange": the operator says whether an open action was executed and what
// they saw (required). Nothing is preselected, so the verdict is always a choice.
class ResolveByHandDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveByHandDialog)

public:
    explicit ResolveByHandDialog(const OpenAction &action, QWidget *parent = nullptr);

    qint64 intentId() const { return m_intentId; }
    bool executed() const;
    QString note() const;

private:
    void updateOk();

    qint64 m_intentId;
    QRadioButton *m_executed;
    QRadioButton *m_notExecuted;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace loandesk
