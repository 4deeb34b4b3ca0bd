#pragma once

#include "common/snapshotheader.h"

#include "report/collateralsnapshot.h"
#include "report/reporthistory.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace loandesk {

class MonitorState;

// The PDF report for a risk committee: A4, vector text that can be selected and searched.
// A summary table of all units first when there are several, then one section per unit with
// its LTV and band, the price of each asset that triggers each band, distance to each band, key
// figures, liabilities, collateral by asset and by member, and its recorded LTV over the last 24 h
// and 7 days (charts painted as vectors, or in words where nothing was recorded).
// Built from domain values, never from widgets.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(const MonitorState &state, SnapshotHeader header, bool maskEmails);

    // The recorded history to chart; without it every unit says nothing was recorded.
    void setHistory(ReportHistory history);
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
    QString historyHtml(qint64 groupId) const;
    QString zoneLine() const;

    const MonitorState &m_state;
    SnapshotHeader m_header;
    bool m_mask;
    ReportHistory m_history;
    CollateralSnapshot m_collateral;
};

} // namespace loandesk
