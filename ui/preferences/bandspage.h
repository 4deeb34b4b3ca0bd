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

    void load(const Profile &profile) override;
    void store(Profile &profile) const override;
    // Rows that are not a valid set of bands, as "unit N"; empty when all are fine.
    QStringList invalidRows() const;

private:
    void addRow(qint64 groupId, const LtvBands &bands);

    QTableWidget *m_table;
};

} // namespace loandesk
