#include "reportsmenu.h"

#include "scheduledreporter.h"
#include "schedulereportsdialog.h"

#include "monitor/monitorstate.h"
#include "report/collateralsnapshot.h"
#include "report/csvexport.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace loandesk {

ReportsMenu *ReportsMenu::install(QMainWindow *window, QMenu *fileMenu, MonitorState *state,
                                  ScheduledReporter *reporter, const CollateralState *collateral) {
    auto *menu = new ReportsMenu(window, state, reporter, collateral);
    QAction *before = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().constLast();
    auto add = [&](const QString &text, auto slot) {
        auto *action = new QAction(text, fileMenu);
        QObject::connect(action, &QAction::triggered, menu, slot);
        fileMenu->insertAction(before, action);
        return action;
    };
    add(tr("Export &collateral CSV…"), [menu] { menu->exportCsv(Csv::Collateral); });
    add(tr("Export &key figures CSV…"), [menu] { menu->exportCsv(Csv::KeyFigures); });
    if (collateral) {
        add(tr("Export collateral by &asset CSV…"),
            [menu] { menu->exportCsv(Csv::CollateralAssets); });
        add(tr("Export &trigger prices CSV…"), [menu] { menu->exportCsv(Csv::PriceTriggers); });
    }
    add(tr("Sc&heduled reports…"), [menu] {
        ScheduleReportsDialog dialog(menu->m_reporter, menu->m_window);
        dialog.exec();
    });
    fileMenu->insertSeparator(before);
    return menu;
}

ReportsMenu::ReportsMenu(QMainWindow *window, MonitorState *state, ScheduledReporter *reporter,
                         const CollateralState *collateral)
    : QObject(window)
    , m_window(window)
    , m_state(state)
    , m_reporter(reporter)
    , m_collateral(collateral) {
    connect(m_reporter, &ScheduledReporter::reportWritten, this, [this](const QString &folder) {
        m_window->statusBar()->showMessage(tr("Scheduled report written to %1").arg(folder), 10000);
    });
    connect(m_reporter, &ScheduledReporter::reportFailed, this, [this](const QString &why) {
        // non-modal: a report that failed at 3 a.m. must not block the window
        m_window->statusBar()->showMessage(tr("Scheduled report failed: %1").arg(why));
    });
}

void ReportsMenu::exportCsv(Csv kind) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = kind == Csv::Collateral   ? QStringLiteral("/loandesk-collateral.csv")
                         : kind == Csv::KeyFigures ? QStringLiteral("/loandesk-key-figures.csv")
                         : kind == Csv::CollateralAssets
                             ? QStringLiteral("/loandesk-collateral-assets.csv")
                             : QStringLiteral("/loandesk-price-triggers.csv");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export CSV"), dir + name,
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const CollateralSnapshot collateral = CollateralSnapshot::from(*m_state, m_collateral);
    const QByteArray data = kind == Csv::Collateral   ? CsvExport::collateral(*m_state, false)
                            : kind == Csv::KeyFigures ? CsvExport::keyFigures(*m_state)
                            : kind == Csv::CollateralAssets
                                ? CsvExport::collateralAssets(*m_state, collateral, false)
                                : CsvExport::priceTriggers(*m_state, collateral);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(m_window, tr("CSV not saved"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(tr("CSV saved to %1").arg(path), 5000);
}

} // namespace loandesk
