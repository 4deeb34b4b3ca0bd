#pragma once

#include "actions/actionorder.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace loandesk {

class BorrowRepayService;
class CollateralState;
class ConfirmPage;
class StressEngine;
struct LtvBands;
struct RiskUnit;
class WhatIfPanel;

// What borrowing and repaying share: the unit, asset and amount fields, typing a large amount
// twice, the what-if panel, the reasons Review is blocked, and the confirmation step that
// restates the order in words (and in Chinese financial numerals under a Chinese locale) and
// sends it once. A subclass adds its own fields and says only what differs. GUI thread.
class ActionDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDialog)

public:
    std::optional<Decimal> amount() const;
    // The desk's per-asset picture: the what-if then shocks each asset on its own. Taken for
    // the unit chosen, not followed tick by tick, so a shock being typed is not reset.
    void setCollateral(CollateralState *collateral);

protected:
    ActionDialog(BorrowRepayService *service, qint64 groupId, AuditEntry::Action action,
                 QWidget *parent);

    qint64 groupId() const;
    QString asset() const;
    // Hands the unit, and its composition when known, to the what-if panel.
    void showUnitInWhatIf(const RiskUnit &unit, const LtvBands &bands);
    // A stress engine for the chosen unit; nullptr when its composition is unavailable.
    std::unique_ptr<StressEngine> stressEngine() const;
    // The chosen unit changed: the subclass re-reads it (and the collateral with it).
    virtual void unitChanged() = 0;

    // Puts `form` above the note, the what-if panel and the buttons, the form's controls on the
    // Tab chain in the order they are shown, and wires the steps. The subclass calls it at the
    // end of its constructor, once its own fields exist.
    void setUpPages(QFormLayout *form, const QString &note);

    // Updates the what-if panel and the blocked reasons, and enables Review.
    virtual void validate();
    // Whether the amount was typed (and so must be typed twice when large).
    virtual bool amountIsTyped() const { return true; }
    // The subclass's own reasons to block `value`, after the gate's and the format's.
    virtual QStringList amountProblems(const Decimal &value) const = 0;
    // The order restated in digits, and the LTV note under it.
    virtual QString summary(const Decimal &value) const = 0;
    virtual QString details() const = 0;
    // Adds what only this action carries (the repay's wallet) to the order.
    virtual void completeOrder(ActionOrder &order) const;

    BorrowRepayService *m_service;
    CollateralState *m_collateral = nullptr;
    QStackedWidget *m_pages;
    QComboBox *m_unit;
    QComboBox *m_asset;
    QLineEdit *m_amount;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    WhatIfPanel *m_whatIf;
    QLabel *m_blocked;
    QPushButton *m_review;
    ConfirmPage *m_confirm;

private:
    ActionOrder order(const Decimal &value) const;
    QString wordsText(const Decimal &value) const;
    void review();
    void submit();

    AuditEntry::Action m_action;
};

} // namespace loandesk
