#pragma once

#include "profilepage.h"

class QCheckBox;
class QLineEdit;

namespace loandesk {

// The profile's borrow/repay thresholds: the amount above which it is typed twice, and the
// optional amount from which a second operator confirms with their PIN (four-eyes).
class LimitsPage final : public ProfilePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitsPage)

public:
    explicit LimitsPage(QWidget *parent = nullptr);

protected:
    void loadProfile(const Profile &profile) override;
    // An unusable entry is stored as an invalid amount, so Profile::validate() names it.
    void applyProfile(Profile &profile) const override;

private:
    QLineEdit *m_typeTwice;
    QCheckBox *m_fourEyesOn;
    QLineEdit *m_fourEyes;
};

} // namespace loandesk
