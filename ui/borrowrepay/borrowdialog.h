#pragma once

#include "actiondialog.h"

#include "async/requestscope.h"

#include <optional>

namespace loandesk {

// Borrow for one risk unit: the amount as exact text, checked against max-borrowable fetched
// when the dialog opens, with the LTV before and after. Amounts above the profile's threshold
// must be typed twice; the last step restates it all in words and, from the four-eyes
// threshold on, needs a second operator's PIN. The service sends it once; the dialog shows the
// outcome.
class BorrowDialog final : public ActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BorrowDialog)

public:
    BorrowDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent = nullptr);

    std::optional<Decimal> maxBorrowable() const { return m_max; }

Q_SIGNALS:
    void maxBorrowableFetched();

private:
    void unitChanged() override;
    void fetchMax();
    void validate() override;
    QStringList amountProblems(const Decimal &value) const override;
    QString summary(const Decimal &value) const override;
    QString details() const override;

    std::optional<Decimal> m_max;
    RequestScope m_maxFetch;
    QLabel *m_maxLabel;
    QLabel *m_words;
};

} // namespace loandesk
