#pragma once

#include "domain/ltvbands.h"

#include <QWidget>

namespace loandesk {

// A small square in a band's colour and hatch pattern, set beside text that names the band.
class BandSwatch final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandSwatch)

public:
    explicit BandSwatch(LtvBand band, QWidget *parent = nullptr);

    void setBand(LtvBand band);
    LtvBand band() const { return m_band; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LtvBand m_band;
};

} // namespace loandesk
