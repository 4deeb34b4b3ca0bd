#pragma once

#include "actiondialog.h"

#include <optional>

class QCheckBox;
class QDoubleSpinBox;

namespace loandesk {

struct RiskUnit;

// Repay for one risk unit: an amount or "repay all" (principal + interest of the asset), from
// the credit account's margin or spot wallet, with the LTV after and a cure helper that finds
// the repay needed to reach a target LTV, or the collateral to add instead. The exchange repays
// min(available, requested); the result shows both figures. Typed amounts above the profile's
// threshold are typed twice, and from the four-eyes threshold on a second operator confirms with
// their PIN.
class RepayDialog final : public ActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepayDialog)

public:
    RepayDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent = nullptr);

private:
    const RiskUnit *unit() const;
    Decimal owed() const; // principal + interest of the selected asset
    void unitChanged() override;
    void repayAllToggled(bool on);
    void updateCure();
    void fillAddAssets();
    // "Repay all" fills in the exact debt, so only a typed amount can carry a slipped zero.
    bool amountIsTyped() const override;
    QStringList amountProblems(const Decimal &value) const override;
    QString summary(const Decimal &value) const override;
    QString details() const override;
    void completeOrder(ActionOrder &order) const override;

    std::optional<Decimal> m_cure;
    QCheckBox *m_all;
    QComboBox *m_from;
    QLabel *m_owed;
    QDoubleSpinBox *m_target;
    QLabel *m_cureLabel;
    QPushButton *m_useCure;
    QComboBox *m_addAsset;
    QLabel *m_addLabel;
};

} // namespace loandesk
