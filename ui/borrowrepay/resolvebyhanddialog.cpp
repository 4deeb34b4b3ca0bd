#include "resolvebyhanddialog.h"

#include "actiontext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace loandesk {

ResolveByHandDialog::ResolveByHandDialog(const OpenAction &action, QWidget *parent)
    : QDialog(parent)
    , m_intentId(action.entry.intentId)
    , m_executed(new QRadioButton(tr("&Executed: the exchange shows it"), this))
    , m_notExecuted(new QRadioButton(tr("&Not executed: the exchange does not show it"), this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("resolveByHandDialog"));
    setWindowTitle(tr("Resolve by hand"));
    m_executed->setObjectName(QStringLiteral("resolveExecuted"));
    m_notExecuted->setObjectName(QStringLiteral("resolveNotExecuted"));
    m_note->setObjectName(QStringLiteral("resolveNote"));
    m_note->setAccessibleName(tr("What you saw on the exchange"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(
        tr("Required: what you saw on the exchange, e.g. the transaction id and time"));

    auto *about = new QLabel(ActionText::openAction(action), this);
    about->setWordWrap(true);
    auto *question =
        new QLabel(tr("I checked the exchange's own records for this action. It was:"), this);
    question->setWordWrap(true);
    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    auto *warning = new QLabel(tr("This closes the action for good and is journaled with your OS "
                                  "user. LoanDesk stops checking it."),
                               this);
    warning->setWordWrap(true);

    connect(m_executed, &QRadioButton::toggled, this, &ResolveByHandDialog::updateOk);
    connect(m_notExecuted, &QRadioButton::toggled, this, &ResolveByHandDialog::updateOk);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ResolveByHandDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(question);
    layout->addWidget(m_executed);
    layout->addWidget(m_notExecuted);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(warning);
    layout->addWidget(m_buttons);
    updateOk();
}

bool ResolveByHandDialog::executed() const {
    return m_executed->isChecked();
}

QString ResolveByHandDialog::note() const {
    return m_note->toPlainText().trimmed();
}

void ResolveByHandDialog::updateOk() {
    const bool chosen = m_executed->isChecked() || m_notExecuted->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && !note().isEmpty());
}

} // namespace loandesk
