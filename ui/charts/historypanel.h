#pragma once

#include "storage/historyseries.h"
#include "storage/storagestatus.h"

#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace loandesk {

class EquityLiabilityChart;
class HistoryChartView;
class HistoryStore;
class LtvHistoryChart;
class MemberCollateralChart;
class MonitorState;
class TriggerHistoryChart;

// The selected unit's recorded history: LTV against its bands, net equity against liability,
// each member's collateral stacked, and each asset's price against its trigger prices, in tabs,
// over 1 h / 24 h / 7 d / 30 d / all, with CSV export and the recorder's status. Live ranges end
// "now" and grow as samples are stored; a zoomed or panned view stays where it is.
class HistoryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    enum class Range { Hour, Day, Week, Month, All };

    HistoryPanel(HistoryStore *store, MonitorState *state, QWidget *parent = nullptr);

    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    void setRange(Range range);
    Range range() const { return m_range; }
    void reload();
    bool isLoading() const { return m_inFlight; }

    LtvHistoryChart *ltvChart() const { return m_ltv; }
    EquityLiabilityChart *equityChart() const { return m_equity; }
    MemberCollateralChart *memberChart() const { return m_members; }
    TriggerHistoryChart *triggerChart() const { return m_triggers; }
    QComboBox *triggerAssets() const { return m_triggerAsset; }
    void setMaskEmails(bool mask);
    QTabWidget *tabs() const { return m_tabs; }
    // New events were stored (the exchange's records): redraw within a second, not at the next
    // pixel column.
    void eventsStored();

    static QString statusText(const StorageStatus &status);

Q_SIGNALS:
    void loaded();         // a requested series has arrived and is drawn
    void membersLoaded();  // the per-member series too (fetched only while its tab is shown)
    void triggersLoaded(); // the trigger prices too (likewise)

private:
    void showWindow(qint64 fromMs, qint64 toMs);
    void request(qint64 fromMs, qint64 toMs);
    void requestMembers(const HistorySeries &series, int buckets);
    void requestTriggers(const HistorySeries &series, int buckets);
    void finishRequest();
    void exportCsv();
    void showStatus(const StorageStatus &status);
    int liveRedrawMs() const;
    qint64 rangeMs() const;

    HistoryStore *m_store;
    MonitorState *m_state;
    QButtonGroup *m_ranges;
    QTabWidget *m_tabs;
    LtvHistoryChart *m_ltv;
    EquityLiabilityChart *m_equity;
    MemberCollateralChart *m_members;
    QWidget *m_triggerTab;
    QComboBox *m_triggerAsset;
    TriggerHistoryChart *m_triggers;
    QPushButton *m_export;
    QLabel *m_status;
    QTimer m_liveThrottle;
    qint64 m_groupId = 0;
    int m_shownBand = -1; // the unit's band at the last poll: a crossing is redrawn at once
    Range m_range = Range::Day;
    bool m_live = true; // following "now" (not zoomed or panned)
    bool m_inFlight = false;
    bool m_dirty = false;
    qint64 m_windowFrom = 0; // the window shown when not live
    qint64 m_windowTo = 0;
};

} // namespace loandesk
