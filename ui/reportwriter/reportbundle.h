#pragma once

#include <QString>

class QWidget;

namespace loandesk {

class MonitorState;
struct CollateralSnapshot;
struct ReportHistory;
struct SnapshotHeader;

// One unattended report: a folder holding snapshot.png, report.pdf, collateral.csv,
// key-figures.csv, collateral-assets.csv, price-triggers.csv, state.json and manifest.json (the
// SHA-256 of every other file). The folder is assembled under a temporary name and renamed into
// place, so a report folder is either complete or absent.
class ReportBundle {
public:
    // Returns the new folder's path, or an empty string with `error` set. The PDF is written in
    // `reportLanguage` (empty: the interface's), with `history`'s LTV charts.
    static QString write(const QString &parentFolder, const MonitorState &state,
                         const SnapshotHeader &header, QWidget *dashboard, bool maskEmails,
                         QString *error, const QString &reportLanguage = {},
                         const CollateralSnapshot *collateral = nullptr,
                         const ReportHistory *history = nullptr);
};

} // namespace loandesk
