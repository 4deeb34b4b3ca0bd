#pragma once

#include "snapshotheader.h"

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace loandesk {

// Renders the dashboard with its header burned in, to a PNG (PDFs are ReportDocument's). Files are
// written atomically (QSaveFile): a failed write leaves any previous file untouched and no partial
// one.
class SnapshotRenderer {
public:
    static constexpr QSize DefaultSize{1600, 1000};
    static constexpr int HeaderHeight = 64;

    static QImage renderImage(QWidget *dashboard, const SnapshotHeader &header,
                              QSize size = DefaultSize);
    static bool writeImage(const QString &path, const QImage &image, QString *error);

private:
    static int paintHeader(class QPainter &painter, const SnapshotHeader &header, int width);
};

} // namespace loandesk
