#include "pollingpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loandesk {

PollingPage::PollingPage(QWidget *parent)
    : ProfilePage({Profile::Issue::BadPollInterval}, parent)
    , m_interval(new QSpinBox(this)) {
    setObjectName(QStringLiteral("pollingPage"));
    m_interval->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_interval->setRange(Profile::MinPollMs / 1000, Profile::MaxPollMs / 1000);
    m_interval->setSuffix(tr(" s"));
    auto *form = new QFormLayout;
    form->addRow(tr("Poll LTV &every:"), m_interval);
    auto *note = new QLabel(tr("Each poll of every risk unit costs 200 of the exchange's 12 000 "
                               "weight per minute; 2 s is the fastest LoanDesk allows. Data older "
                               "than three intervals is shown as stale."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

void PollingPage::loadProfile(const Profile &profile) {
    m_interval->setValue(profile.pollIntervalMs / 1000);
}

void PollingPage::applyProfile(Profile &profile) const {
    profile.pollIntervalMs = m_interval->value() * 1000;
}

} // namespace loandesk
