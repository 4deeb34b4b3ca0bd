#pragma once

#include "snapshotheader.h"

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace loandesk {

class CollateralStrip;

// Renders the dashboard with its header (and the collateral strip) burned in, to a PNG (PDFs are
// ReportDocument's). Files are written atomically (QSaveFile): a failed write leaves any previous
// file untouched and no partial one.
class SnapshotRenderer {
public:
    static constexpr QSize DefaultSize{1600, 1000};
    static constexpr int HeaderHeight = 64;

    // With `collateral`, the shown unit's collateral by asset and trigger prices are burned in
    // under the dashboard (the image keeps `size`; the dashboard gives up the room).
    static QImage renderImage(QWidget *dashboard, const SnapshotHeader &header,
                              QSize size = DefaultSize,
                              const CollateralStrip *collateral = nullptr);
    static bool writeImage(const QString &path, const QImage &image, QString *error);

private:
    static int paintHeader(class QPainter &painter, const SnapshotHeader &header, int width);
};

} // namespace loandesk
