#pragma once

#include "domain/ltvbands.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

namespace loandesk {

class MonitorState;

// The selected unit's LTV as a big number on a horizontal scale with the band zones (warning,
// initial, margin call, liquidation), labelled threshold ticks and a marker at the current LTV.
// Each zone has a colour, a hatch pattern and a name, so it reads without colour vision.
class LtvGaugeWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LtvGaugeWidget)

public:
    explicit LtvGaugeWidget(MonitorState *state, QWidget *parent = nullptr);

    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }

    // What the user reads, for tests and accessibility.
    QString valueText() const;  // "59.21 %", "Undefined", "—"
    QString bandText() const;   // "Normal", "Margin call", "Undefined (no equity)"
    QString detailText() const; // "Below the warning level (75 %)", …
    std::optional<Decimal> ltv() const { return m_ltv; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Scale {
        double lo = 0;
        double hi = 1;
    };
    void reload();
    Scale scale() const;
    LtvBand band() const;
    QFont bigFont() const;
    void paintHeader(QPainter &p, const QRect &area) const;
    void paintScale(QPainter &p, const QRect &bar, const Scale &s) const;
    int paintTicks(QPainter &p, const QRect &bar, const Scale &s) const;
    void paintCaption(QPainter &p) const;

    MonitorState *m_state;
    qint64 m_groupId = 0;
    bool m_hasUnit = false;
    std::optional<Decimal> m_ltv;
    Decimal m_reportedLtv;
    bool m_disagrees = false;
    LtvBands m_bands;
    QDateTime m_fetchedAt;
    QDateTime m_exchangeTime;
    QRect m_captionRect; // where the times were last drawn: a poll that moves only them
                         // repaints that line alone
};

} // namespace loandesk
