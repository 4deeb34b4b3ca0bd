#pragma once

#include "actions/actionresult.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace loandesk {

class BorrowRepayService;
class ConfirmPage;
class WhatIfPanel;

// Repay for one risk unit: an amount or "repay all" (principal + interest of the asset), from
// the credit account's margin or spot wallet, with the LTV after and a cure helper that finds
// the repay needed to reach a target LTV. The exchange repays min(available, requested); the
// result shows both figures. Typed amounts above the profile's threshold are typed twice, and
// from the four-eyes threshold on a second operator confirms with their PIN.
class RepayDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepayDialog)

public:
    RepayDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent = nullptr);

    std::optional<Decimal> amount() const;

private:
    qint64 groupId() const;
    QString asset() const;
    const RiskUnit *unit() const;
    Decimal owed() const; // principal + interest of the selected asset
    void unitChanged();
    void repayAllToggled(bool on);
    void updateCure();
    void validate();
    void review();
    void submit();

    BorrowRepayService *m_service;
    std::optional<Decimal> m_cure;
    QStackedWidget *m_pages;
    QComboBox *m_unit;
    QComboBox *m_asset;
    QLineEdit *m_amount;
    QCheckBox *m_all;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QComboBox *m_from;
    QLabel *m_owed;
    QDoubleSpinBox *m_target;
    QLabel *m_cureLabel;
    QPushButton *m_useCure;
    WhatIfPanel *m_whatIf;
    QLabel *m_blocked;
    QPushButton *m_review;
    ConfirmPage *m_confirm;
};

} // namespace loandesk
