#pragma once

#include "actions/borrowrepayservice.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace loandesk {

class SecondOperatorBox;

// The last step before money moves, shared by the borrow and repay dialogs: the action
// restated in digits and in words, the second operator's PIN when the amount needs four eyes,
// Submit (disabled the moment it is clicked, and until four eyes are satisfied), then the
// outcome of that one submission as the service reports it.
class ConfirmPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPage)

public:
    explicit ConfirmPage(BorrowRepayService *service, QWidget *parent = nullptr);

    // Restates the action; its amount decides whether a second operator must confirm it, and
    // a confirmation is for exactly this order.
    void setSummary(const QString &summary, const QString &words, const QString &details,
                    const ActionOrder &order);
    // The second operator's approval for the service; empty when the amount does not need one.
    QString fourEyesToken() const;
    // Shows the service's answer to a submit and follows that action to its verdict.
    void track(const BorrowRepayService::Submission &submission);
    bool hasSubmitted() const { return m_intentId != 0; }

Q_SIGNALS:
    void backClicked();
    void submitClicked();
    void closeClicked();

private:
    // Ready: Back and Submit usable. Busy: both disabled. Done: only Close.
    enum class Phase { Ready, Busy, Done };
    void setPhase(Phase phase);
    void setResult(const QString &text, bool good);
    void onResult(const ActionResult &result);

    BorrowRepayService *m_service;
    Phase m_phase = Phase::Ready;
    qint64 m_intentId = 0;
    QLabel *m_summary;
    QLabel *m_words;
    QLabel *m_details;
    SecondOperatorBox *m_fourEyes;
    QLabel *m_result;
    QPushButton *m_back;
    QPushButton *m_submit;
    QPushButton *m_close;
};

} // namespace loandesk
