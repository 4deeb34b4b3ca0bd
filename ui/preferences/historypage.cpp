#include "historypage.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loandesk {

HistoryPage::HistoryPage(QWidget *parent)
    : SettingsPage(parent)
    , m_retention(new QSpinBox(this)) {
    setObjectName(QStringLiteral("historyPage"));
    m_retention->setObjectName(QStringLiteral("historyRetentionSpin"));
    m_retention->setRange(0, AppSettings::MaxRetentionDays);
    m_retention->setSpecialValueText(tr("Keep everything"));
    m_retention->setSuffix(tr(" days"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep LTV history for:"), m_retention);
    auto *note = new QLabel(tr("Older samples are deleted from this computer's history file "
                               "once an hour. Events (borrows, repays, interest, liquidations, "
                               "band crossings) are kept whatever their age, and the audit trail "
                               "is never trimmed. A shared team database is not trimmed by "
                               "LoanDesk."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

void HistoryPage::load(const SettingsService::Values &edited, int) {
    m_retention->setValue(edited.app.historyRetentionDays);
}

void HistoryPage::apply(SettingsService::Values &edited, int) const {
    edited.app.historyRetentionDays = m_retention->value();
}

} // namespace loandesk
