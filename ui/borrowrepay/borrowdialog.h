#pragma once

#include "actions/actionresult.h"
#include "async/requestscope.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace loandesk {

class BorrowRepayService;
class ConfirmPage;
class WhatIfPanel;

// Borrow for one risk unit: the amount as exact text, checked against max-borrowable fetched
// when the dialog opens, with the LTV before and after. Amounts above the profile's threshold
// must be typed twice; the last step restates it all in words and, from the four-eyes
// threshold on, needs a second operator's PIN. The service sends it once; the dialog shows the
// outcome.
class BorrowDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BorrowDialog)

public:
    BorrowDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent = nullptr);

    std::optional<Decimal> amount() const;
    std::optional<Decimal> maxBorrowable() const { return m_max; }

Q_SIGNALS:
    void maxBorrowableFetched();

private:
    qint64 groupId() const;
    QString asset() const;
    void unitChanged();
    void fetchMax();
    void validate();
    void review();
    void submit();

    BorrowRepayService *m_service;
    std::optional<Decimal> m_max;
    RequestScope m_maxFetch;
    QStackedWidget *m_pages;
    QComboBox *m_unit;
    QComboBox *m_asset;
    QLineEdit *m_amount;
    QLabel *m_maxLabel;
    QLabel *m_words;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    WhatIfPanel *m_whatIf;
    QLabel *m_blocked;
    QPushButton *m_review;
    ConfirmPage *m_confirm;
};

} // namespace loandesk
