#pragma once

#include <QTimer>
#include <QWidget>

class QSplitter;

namespace loandesk {

class CollateralAssetsPanel;
class CollateralPanel;
class CollateralShareChart;
class CollateralState;
class DistancePanel;
class FeedBanner;
class KeyFiguresPanel;
class LtvGaugeWidget;
class MonitorState;
class PanelFrame;
class StalenessStyler;
class UnitListPanel;

// The whole dashboard for one MonitorState: the feed banner on top; on the left the risk units,
// the selected unit's key figures and each member's share of its equity; on the right the LTV
// gauge with the distances to each band, below them the collateral asset by asset, then who
// holds it. Panels follow
// the unit list's selection. Splitters size themselves to the content until the user moves one.
class DashboardWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    explicit DashboardWidget(MonitorState *state, QWidget *parent = nullptr);

    // The desk's per-asset picture; the collateral-by-asset and distance panels follow it.
    void setCollateral(CollateralState *collateral);
    void setMaskEmails(bool mask);
    bool maskEmails() const { return m_mask; }
    qint64 selectedGroupId() const;
    void selectGroup(qint64 groupId);

    MonitorState *state() const { return m_state; }
    UnitListPanel *unitListPanel() const { return m_units; }
    LtvGaugeWidget *gauge() const { return m_gauge; }
    DistancePanel *distancePanel() const { return m_distances; }
    KeyFiguresPanel *keyFiguresPanel() const { return m_keyFigures; }
    CollateralPanel *collateralPanel() const { return m_collateral; }
    CollateralAssetsPanel *collateralAssetsPanel() const { return m_assets; }
    CollateralShareChart *shareChart() const { return m_chart; }
    FeedBanner *feedBanner() const { return m_banner; }
    StalenessStyler *stalenessStyler() const { return m_styler; }

    // Gives each panel the room its content needs (done automatically when data arrives and on
    // resize, unless the user has moved a splitter). Call before grabbing a snapshot.
    void arrangePanels();

Q_SIGNALS:
    void groupSelected(qint64 groupId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showGroup(qint64 groupId);
    QSplitter *addSplitter(Qt::Orientation orientation, const QString &name);

    MonitorState *m_state;
    FeedBanner *m_banner;
    UnitListPanel *m_units;
    LtvGaugeWidget *m_gauge;
    DistancePanel *m_distances;
    KeyFiguresPanel *m_keyFigures;
    CollateralPanel *m_collateral;
    CollateralAssetsPanel *m_assets;
    CollateralShareChart *m_chart;
    StalenessStyler *m_styler;
    QSplitter *m_main = nullptr;
    QSplitter *m_left = nullptr;
    QSplitter *m_right = nullptr;
    QSplitter *m_top = nullptr;
    bool m_mask = false;
    bool m_userArranged = false;
    QTimer m_arrange; // one re-proportioning per event-loop turn, however many asked
};

} // namespace loandesk
