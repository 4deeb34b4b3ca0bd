#include "confirmpage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loandesk {

ConfirmPage::ConfirmPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_words(new QLabel(this))
    , m_details(new QLabel(this))
    , m_secondOperator(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_submit(new QPushButton(tr("&Submit to the exchange"), this))
    , m_close(new QPushButton(tr("&Close"), this)) {
    setObjectName(QStringLiteral("confirmPage"));
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_words->setObjectName(QStringLiteral("confirmWords"));
    m_details->setObjectName(QStringLiteral("confirmDetails"));
    m_secondOperator->setObjectName(QStringLiteral("secondOperator"));
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
    m_secondOperator->setPlaceholderText(tr("Name of the colleague who checked it (optional)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Second operator:"), m_secondOperator);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_words);
    layout->addWidget(m_details);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ConfirmPage::backClicked);
    connect(m_close, &QPushButton::clicked, this, &ConfirmPage::closeClicked);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        // Disabled before anything else runs: a second click of a double click finds it off.
        m_submit->setEnabled(false);
        Q_EMIT submitClicked();
    });
    setPhase(Phase::Ready);
}

void ConfirmPage::setSummary(const QString &summary, const QString &words, const QString &details) {
    m_summary->setText(summary);
    m_words->setText(words);
    m_details->setText(details);
}

QString ConfirmPage::secondOperator() const {
    return m_secondOperator->text().trimmed();
}

void ConfirmPage::setPhase(Phase phase) {
    m_back->setEnabled(phase == Phase::Ready);
    m_submit->setEnabled(phase == Phase::Ready);
    m_submit->setVisible(phase != Phase::Done);
    m_close->setVisible(phase == Phase::Done);
    m_secondOperator->setEnabled(phase == Phase::Ready);
    if (phase == Phase::Ready)
        m_result->clear();
}

void ConfirmPage::setResult(const QString &text, bool good) {
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("font-weight: bold;"));
}

} // namespace loandesk
