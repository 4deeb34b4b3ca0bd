#pragma once

#include "domain/riskunit.h"

#include <QChartView>

class QBarSet;
class QChart;
class QValueAxis;

namespace loandesk {

class MonitorState;

// Each member's share of the selected unit's net equity as horizontal bars, largest first, the
// credit account in its own colour and named "(credit)". The only QtCharts user in LoanDesk;
// follows the widget palette so it reads in light and dark themes.
class CollateralShareChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollateralShareChart)

public:
    explicit CollateralShareChart(MonitorState *state, QWidget *parent = nullptr);

    void setGroupId(qint64 groupId);
    void setMaskEmails(bool mask);
    // The category labels as drawn, top to bottom (for tests).
    QStringList labels() const { return m_labels; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Bar {
        QString name;
        Decimal share;
        bool credit = false;
    };

    void reload();
    void rebuild();
    void updateValues(const QList<Bar> &bars);
    void setValueRange(const QList<double> &lengths);
    QList<Bar> bars() const; // largest first, the smallest summed when the height is short
    // Everything but the bars' lengths: when it changes, the series and axes are re-created.
    QString shapeOf(const QList<Bar> &bars) const;
    static QList<double> lengthsOf(const QList<Bar> &bars); // bottom to top, as drawn
    void applyPalette();
    QString memberLabel(const CollateralAccount &member) const;
    int labelBudget() const; // pixels the category axis can show without QtCharts eliding
    int barCapacity() const; // bars the height can label

    MonitorState *m_state;
    QChart *m_chart;
    qint64 m_groupId = 0;
    bool m_mask = false;
    bool m_hasUnit = false;
    RiskUnit m_unit;
    QStringList m_labels;
    int m_builtForBudget = 0;
    int m_builtForCapacity = 0;
    QString m_builtShape;
    QList<double> m_builtLengths;
    QBarSet *m_set = nullptr; // owned by the chart's series
    QBarSet *m_creditSet = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace loandesk
