#include "limitspage.h"

#include "borrowrepay/amountvalidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace loandesk {

namespace {

Decimal amountIn(const QLineEdit *edit) {
    if (!edit->hasAcceptableInput())
        return Decimal::invalid();
    return Decimal::fromString(edit->text()).value_or(Decimal::invalid());
}

} // namespace

LimitsPage::LimitsPage(QWidget *parent)
    : ProfilePage({Profile::Issue::BadLimits}, parent)
    , m_typeTwice(new QLineEdit(this))
    , m_fourEyesOn(new QCheckBox(tr("Require a &second operator from:"), this))
    , m_fourEyes(new QLineEdit(this)) {
    setObjectName(QStringLiteral("limitsPage"));
    m_typeTwice->setObjectName(QStringLiteral("typeTwiceEdit"));
    m_fourEyesOn->setObjectName(QStringLiteral("fourEyesCheck"));
    m_fourEyes->setObjectName(QStringLiteral("fourEyesEdit"));
    for (QLineEdit *edit : {m_typeTwice, m_fourEyes}) {
        edit->setValidator(new AmountValidator(edit));
        edit->setAlignment(Qt::AlignRight);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Type the amount &twice above:"), m_typeTwice);
    form->addRow(m_fourEyesOn, m_fourEyes);
    auto *note = new QLabel(tr("Amounts are in the asset borrowed or repaid (USDT or USDC). "
                               "Above the first amount a borrow or repay must be typed a second "
                               "time. From the second amount on, a colleague registered under "
                               "Operators confirms it with their own PIN before it is sent; "
                               "both names go into the audit log."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_fourEyesOn, &QCheckBox::toggled, m_fourEyes, &QLineEdit::setEnabled);
}

void LimitsPage::loadProfile(const Profile &profile) {
    m_typeTwice->setText(profile.limits.typeTwiceAbove.toString());
    m_fourEyesOn->setChecked(profile.limits.fourEyesFrom.has_value());
    m_fourEyes->setEnabled(profile.limits.fourEyesFrom.has_value());
    m_fourEyes->setText(profile.limits.fourEyesFrom ? profile.limits.fourEyesFrom->toString()
                                                    : QString());
}

void LimitsPage::applyProfile(Profile &profile) const {
    profile.limits.typeTwiceAbove = amountIn(m_typeTwice);
    profile.limits.fourEyesFrom =
        m_fourEyesOn->isChecked() ? std::optional(amountIn(m_fourEyes)) : std::nullopt;
}

} // namespace loandesk
