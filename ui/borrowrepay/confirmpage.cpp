#include "confirmpage.h"

#include "actiontext.h"
#include "secondoperatorbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loandesk {

ConfirmPage::ConfirmPage(BorrowRepayService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_summary(new QLabel(this))
    , m_words(new QLabel(this))
    , m_details(new QLabel(this))
    , m_fourEyes(new SecondOperatorBox(&service->fourEyes(), this))
    , m_result(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_submit(new QPushButton(tr("&Submit to the exchange"), this))
    , m_close(new QPushButton(tr("&Close"), this)) {
    setObjectName(QStringLiteral("confirmPage"));
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_words->setObjectName(QStringLiteral("confirmWords"));
    m_details->setObjectName(QStringLiteral("confirmDetails"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));

    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_summary->setFont(big);
    m_words->setWordWrap(true);
    m_details->setWordWrap(true);
    m_result->setWordWrap(true);
    for (QLabel *l : {m_summary, m_words, m_details, m_result})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_words);
    layout->addWidget(m_details);
    layout->addWidget(m_fourEyes);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ConfirmPage::backClicked);
    connect(m_close, &QPushButton::clicked, this, &ConfirmPage::closeClicked);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        // Disabled before anything else runs: a second click of a double click finds it off.
        m_submit->setEnabled(false);
        if (m_phase == Phase::Ready && m_fourEyes->isSatisfied() && !hasSubmitted())
            Q_EMIT submitClicked();
    });
    connect(m_fourEyes, &SecondOperatorBox::satisfiedChanged, this, [this] { setPhase(m_phase); });
    connect(m_service, &BorrowRepayService::actionSettled, this, &ConfirmPage::onResult);
    connect(m_service, &BorrowRepayService::actionUnknown, this, &ConfirmPage::onResult);
    connect(m_service, &BorrowRepayService::actionReconciled, this, &ConfirmPage::onResult);
    setPhase(Phase::Ready);
}

void ConfirmPage::setSummary(const QString &summary, const QString &words, const QString &details,
                             const ActionOrder &order) {
    m_summary->setText(summary);
    m_words->setText(words);
    m_details->setText(details);
    const ActionLimits &limits = m_service->limits();
    m_fourEyes->require(
        limits.needsSecondOperator(order.amount) ? limits.fourEyesFrom : std::nullopt, order);
    setPhase(Phase::Ready);
}

QString ConfirmPage::fourEyesToken() const {
    return m_fourEyes->token();
}

void ConfirmPage::setPhase(Phase phase) {
    m_phase = phase;
    m_back->setEnabled(phase == Phase::Ready);
    m_submit->setEnabled(phase == Phase::Ready && m_fourEyes->isSatisfied());
    m_submit->setVisible(phase != Phase::Done);
    m_close->setVisible(phase == Phase::Done);
    m_fourEyes->setEditable(phase == Phase::Ready);
    if (phase == Phase::Ready)
        m_result->clear();
}

void ConfirmPage::setResult(const QString &text, bool good) {
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("font-weight: bold;"));
}

void ConfirmPage::track(const BorrowRepayService::Submission &submission) {
    setPhase(Phase::Busy);
    if (!submission.accepted()) {
        setResult(ActionText::reasons(submission.refused), false);
        setPhase(Phase::Done);
        return;
    }
    m_intentId = submission.intentId;
    setResult(tr("Sent; waiting for the exchange…"), true);
}

void ConfirmPage::onResult(const ActionResult &result) {
    if (result.intentId != m_intentId || m_intentId == 0)
        return;
    const bool good = result.state == AuditEntry::State::SettledOk ||
                      result.state == AuditEntry::State::ReconciledExecuted;
    setResult(ActionText::result(result), good);
    if (result.state != AuditEntry::State::Unknown)
        setPhase(Phase::Done);
}

} // namespace loandesk
