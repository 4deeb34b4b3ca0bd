#pragma once

#include "common/snapshotheader.h"

#include "report/collateralsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

class QTextDocument;

namespace loandesk {

class MonitorState;

// The PDF report for a risk committee: A4, vector text that can be selected and searched.
// A summary table of all units first when there are several, then one section per unit with
// its LTV and band, the price of each asset that triggers each band, distance to each band, key
// figures, liabilities, collateral by asset and by member, and its LTV chart when history exists.
// Built from domain values, never from widgets.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(const MonitorState &state, SnapshotHeader header, bool maskEmails);

    void setChart(qint64 groupId, const QImage &chart);
    // Each unit's composition and trigger prices; without it every unit says "unavailable".
    void setCollateral(CollateralSnapshot collateral);
    QString html() const;
    // Writes the PDF atomically; on failure `error` says why and no file is left behind.
    bool writePdf(const QString &path, QString *error) const;

private:
    QString summaryHtml() const;
    QString unitHtml(qint64 groupId) const;
    QString triggersHtml(qint64 groupId) const;
    QString collateralByAssetHtml(qint64 groupId) const;
    void fill(QTextDocument &doc) const;

    const MonitorState &m_state;
    SnapshotHeader m_header;
    bool m_mask;
    QHash<qint64, QImage> m_charts;
    CollateralSnapshot m_collateral;
};

} // namespace loandesk
