#pragma once

#include "profilepage.h"

class QSpinBox;

namespace loandesk {

// How often ltv-details is polled (never faster than every 2 s: the weight budget).
class PollingPage final : public ProfilePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingPage)

public:
    explicit PollingPage(QWidget *parent = nullptr);

protected:
    void loadProfile(const Profile &profile) override;
    void applyProfile(Profile &profile) const override;

private:
    QSpinBox *m_interval;
};

} // namespace loandesk
