#include "reportbundle.h"

#include "common/collateralstrip.h"
#include "common/snapshotrenderer.h"
#include "panels/dashboardwidget.h"
#include "reportdocument.h"
#include "reportlanguage.h"

#include "monitor/monitorstate.h"
#include "report/csvexport.h"
#include "report/reportmanifest.h"
#include "report/statedump.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace loandesk {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("ReportBundle", "cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QString ReportBundle::write(const QString &parentFolder, const MonitorState &state,
                            const SnapshotHeader &header, QWidget *dashboard, bool maskEmails,
                            QString *error, const QString &reportLanguage,
                            const CollateralSnapshot *collateralIn, const ReportHistory *history) {
    const CollateralSnapshot collateral = collateralIn ? *collateralIn : CollateralSnapshot();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name =
        QStringLiteral("loandesk-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'Z';
    QDir parent(parentFolder);
    if (!parent.exists() && !parent.mkpath(QStringLiteral("."))) {
        *error = QCoreApplication::translate("ReportBundle", "cannot create folder %1")
                     .arg(parentFolder);
        return {};
    }
    const QString partialName = QStringLiteral(".partial-") + name;
    if (!parent.mkdir(partialName)) {
        *error = QCoreApplication::translate("ReportBundle", "cannot write into folder %1")
                     .arg(parentFolder);
        return {};
    }
    QDir partial(parent.filePath(partialName));
    auto abandon = [&partial]() {
        partial.removeRecursively();
        return QString();
    };

    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        const auto *shown = qobject_cast<DashboardWidget *>(dashboard);
        const std::optional<CollateralStrip> strip =
            shown ? std::optional(
                        CollateralStrip::forUnit(collateral, shown->selectedGroupId(), maskEmails))
                  : std::nullopt;
        SnapshotRenderer::renderImage(dashboard, header, SnapshotRenderer::DefaultSize,
                                      strip ? &*strip : nullptr)
            .save(&buffer, "PNG");
    }
    // The PDF and CSVs in the report language; the PNG above shows the screen as it is.
    QList<std::pair<QString, QByteArray>> files;
    const QString pdf = partial.filePath(QStringLiteral("report.pdf"));
    QString pdfError;
    bool pdfWritten = false;
    {
        const ReportLanguage language(reportLanguage);
        files = {
            {QStringLiteral("snapshot.png"), png},
            {QStringLiteral("collateral.csv"), CsvExport::collateral(state, maskEmails)},
            {QStringLiteral("key-figures.csv"), CsvExport::keyFigures(state)},
            {QStringLiteral("collateral-assets.csv"),
             CsvExport::collateralAssets(state, collateral, maskEmails)},
            {QStringLiteral("price-triggers.csv"), CsvExport::priceTriggers(state, collateral)},
            {QStringLiteral("state.json"),
             StateDump::toJson(state, collateral, {maskEmails, header.profile})},
        };
        ReportDocument document(state, header, maskEmails);
        document.setCollateral(collateral);
        if (history)
            document.setHistory(*history);
        pdfWritten = document.writePdf(pdf, &pdfError);
    }
    if (!pdfWritten) {
        *error = pdfError;
        return abandon();
    }
    ReportManifest manifest;
    for (const auto &[file, data] : files) {
        if (!writeFile(partial.filePath(file), data, error))
            return abandon();
        manifest.add(file, data);
    }
    manifest.add(QStringLiteral("report.pdf"), readAll(pdf));
    if (!writeFile(partial.filePath(QStringLiteral("manifest.json")),
                   manifest.toJson(now, header.fetchedAt), error))
        return abandon();
    if (!parent.rename(partialName, name)) {
        *error = QCoreApplication::translate("ReportBundle", "cannot finish report folder %1")
                     .arg(parent.filePath(name));
        return abandon();
    }
    return parent.filePath(name);
}

} // namespace loandesk
