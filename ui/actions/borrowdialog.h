#pragma once

#include "actions/actionresult.h"

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
// when the dialog opens, with the LTV before and after. Large amounts must be typed twice; the
// last step restates it all in words. The service sends it once; the dialog shows the outcome.
class BorrowDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BorrowDialog)

public:
    static constexpr qint64 DefaultLargeAmount = 100000;

    BorrowDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent = nullptr);

    // Amounts above this must be typed a second time.
    void setLargeAmountThreshold(const Decimal &threshold);
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
    void onResult(const ActionResult &result);

    BorrowRepayService *m_service;
    Decimal m_largeAmount = Decimal::fromInt(DefaultLargeAmount);
    std::optional<Decimal> m_max;
    qint64 m_intentId = 0;
    int m_fetchSerial = 0;
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
