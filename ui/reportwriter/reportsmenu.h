#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace loandesk {

class CollateralState;
class MonitorState;
class ScheduledReporter;

// File-menu entries for CSV export and scheduled reports; the reporter that runs the schedule is
// the desk's (built by DeskOpener::open).
class ReportsMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsMenu)

public:
    enum class Csv { Collateral, KeyFigures, CollateralAssets, PriceTriggers };

    // Without `collateral` the per-asset exports are not offered.
    static ReportsMenu *install(QMainWindow *window, QMenu *fileMenu, MonitorState *state,
                                ScheduledReporter *reporter,
                                const CollateralState *collateral = nullptr);

private:
    ReportsMenu(QMainWindow *window, MonitorState *state, ScheduledReporter *reporter,
                const CollateralState *collateral);
    void exportCsv(Csv kind);

    QMainWindow *m_window;
    MonitorState *m_state;
    ScheduledReporter *m_reporter;
    const CollateralState *m_collateral;
};

} // namespace loandesk
