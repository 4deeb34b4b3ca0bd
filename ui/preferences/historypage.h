#pragma once

#include "settingspage.h"

class QSpinBox;

namespace loandesk {

// How long the LTV history kept on this computer reaches back (application-wide).
class HistoryPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void load(const SettingsService::Values &edited, int profile) override;
    void apply(SettingsService::Values &edited, int profile) const override;

private:
    QSpinBox *m_retention;
};

} // namespace loandesk
