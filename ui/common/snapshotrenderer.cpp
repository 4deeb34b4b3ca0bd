#include "snapshotrenderer.h"

#include "collateralstrip.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>

namespace loandesk {

namespace {
constexpr int HeaderHeight = SnapshotRenderer::HeaderHeight;

// Rendering lays the dashboard out at the snapshot's size; the live window gets its own
// geometry back afterwards.
class GeometryRestorer {
public:
    explicit GeometryRestorer(QWidget *w)
        : m_widget(w)
        , m_geometry(w->geometry()) {}
    ~GeometryRestorer() { m_widget->setGeometry(m_geometry); }
    Q_DISABLE_COPY_MOVE(GeometryRestorer)

private:
    QWidget *m_widget;
    QRect m_geometry;
};
} // namespace

int SnapshotRenderer::paintHeader(QPainter &painter, const SnapshotHeader &header, int width) {
    const QPalette pal = QApplication::palette();
    painter.save();
    painter.fillRect(QRect(0, 0, width, HeaderHeight), pal.color(QPalette::AlternateBase));
    QFont title = QApplication::font();
    title.setPixelSize(20);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(16, 6, width - 32, 30), Qt::AlignLeft | Qt::AlignVCenter,
                     header.title());
    QFont small = QApplication::font();
    small.setPixelSize(14);
    painter.setFont(small);
    if (header.stale)
        painter.setPen(QColor(0xb0, 0x30, 0x00));
    painter.drawText(QRect(16, 36, width - 32, 22), Qt::AlignLeft | Qt::AlignVCenter,
                     header.asOfLine());
    painter.restore();
    return HeaderHeight;
}

QImage SnapshotRenderer::renderImage(QWidget *dashboard, const SnapshotHeader &header, QSize size,
                                     const CollateralStrip *collateral) {
    GeometryRestorer restore(dashboard);
    const int strip = collateral ? collateral->height() : 0;
    dashboard->resize(size.width(), size.height() - HeaderHeight - strip);
    dashboard->ensurePolished();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QApplication::palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int top = paintHeader(painter, header, size.width());
    dashboard->render(&painter, QPoint(0, top), QRegion(), QWidget::DrawChildren);
    if (collateral)
        collateral->paint(painter, QRect(0, size.height() - strip, size.width(), strip));
    painter.end();
    return image;
}

bool SnapshotRenderer::writeImage(const QString &path, const QImage &image, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (!image.save(&file, format.isEmpty() ? "PNG" : format.constData())) {
        *error = file.error() != QFileDevice::NoError
                     ? file.errorString()
                     : QStringLiteral("could not encode the image");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace loandesk
