#pragma once

#include "profilepage.h"

class QTableWidget;

namespace loandesk {

// LTV bands per risk unit (from the unit's credit agreement); units not listed use the
// defaults 0.75 / 0.80 / 0.90 / 1.00.
class BandsPage final : public ProfilePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandsPage)

public:
    explicit BandsPage(QWidget *parent = nullptr);

    // Remembers which profile the table shows: only its rows can be half-typed.
    void load(const SettingsService::Values &edited, int profile) override;
    // For the profile on screen, also names the table's rows that are not a valid set of
    // bands: apply() would drop them.
    QString validate(const SettingsService::Values &edited, int profile) const override;

protected:
    void loadProfile(const Profile &profile) override;
    void applyProfile(Profile &profile) const override;

private:
    // Rows that are not a valid set of bands, as "unit N"; empty when all are fine.
    QStringList invalidRows() const;
    void addRow(qint64 groupId, const LtvBands &bands);

    QTableWidget *m_table;
    int m_shown = -1; // the profile the table shows
};

} // namespace loandesk
