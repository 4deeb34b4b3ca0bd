#include "mainwindow.h"

#include "alertdelivery/alertdelivery.h"
#include "borrowrepay/actionsmenu.h"
#include "charts/historypanel.h"
#include "common/collateralstrip.h"
#include "common/errortext.h"
#include "common/snapshotrenderer.h"
#include "panels/dashboardwidget.h"
#include "panels/statusbarwidgets.h"
#include "preferences/keyreporttext.h"
#include "preferences/settingsmenu.h"
#include "records/recordswindow.h"
#include "reportwriter/reportdocument.h"
#include "reportwriter/reportlanguage.h"
#include "reportwriter/reportsmenu.h"

#include "desk/desk.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "recording/recordspoller.h"
#include "settings/appsettings.h"
#include "settings/keychainsecretstore.h"
#include "settings/settingsservice.h"
#include "windowplacement.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace loandesk {

MainWindow::MainWindow(Desk *desk, ScheduledReporter *reporter, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_session(desk->session())
    , m_reporter(reporter)
    , m_dashboard(new DashboardWidget(m_session->state(), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LoanDesk — %1").arg(desk->label()));
    // On a short or narrow screen the dashboard scrolls rather than squeezing its panels until
    // figures are cut off; anywhere it fits, the scroll area is invisible.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Dashboard"));
    // Tab goes straight to the panels; a focused panel is scrolled into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_dashboard);
    setCentralWidget(scroll);
    m_dashboard->setCollateral(desk->collateral());
    statusBar()->addPermanentWidget(
        new StatusBarWidgets(m_session->state(), m_session->clock(), m_session->weights(), this),
        1);
    m_alerts = new AlertDelivery(desk->alerts(), this);
    const AppSettings &app = desk->settings()->app();
    m_alerts->setMuted(app.muteSounds);
    m_alerts->setTrayEnabled(app.trayNotifications);
    connect(desk->settings(), &SettingsService::alertDeliveryChanged, m_alerts,
            [this](bool mute, bool tray) {
                m_alerts->setMuted(mute);
                m_alerts->setTrayEnabled(tray);
            });
    buildMenus();
    addHistoryDock();
    showDeskMessages();
    // The size the dashboard was designed at; a smaller screen gets what it has.
    WindowPlacement::restore(this, QSize(1440, 1040));
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (m_placed)
        return;
    m_placed = true;
    // Only now does the window manager know the title bar's height: pull the whole frame on.
    QTimer::singleShot(0, this, [this] { WindowPlacement::pullOntoScreen(this); });
}

void MainWindow::closeEvent(QCloseEvent *event) {
    WindowPlacement::save(this);
    QMainWindow::closeEvent(event);
}

// The desk's services report in the status bar; a window presents, it does not decide.
void MainWindow::showDeskMessages() {
    connect(m_desk, &Desk::keyReportReady, this, [this](const KeyReport &report) {
        statusBar()->showMessage(keyReportText(report), 30000);
    });
    if (auto *keychain = dynamic_cast<KeychainSecretStore *>(m_desk->secrets())) {
        connect(keychain, &KeychainSecretStore::keychainUnavailable, this, [this] {
            statusBar()->showMessage(
                tr("No keychain service is running: secrets entered now are kept in memory for "
                   "this run only."),
                15000);
        });
    }
    // A failed round is retried on the next; the desk should still know its records lag.
    connect(m_desk->records(), &RecordsPoller::roundFinished, this,
            [this](const ExchangeError &error) {
                if (error.isError())
                    statusBar()->showMessage(
                        tr("Loan records not updated: %1").arg(errorText(error)), 30000);
            });
}

// The desk's LTV history (and the exchange's records in it) as a dock under the dashboard.
void MainWindow::addHistoryDock() {
    m_history = new HistoryPanel(m_desk->history(), m_session->state(), this);
    auto *dock = new QDockWidget(tr("LTV history"), this);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The dashboard keeps most of the height (on a laptop a little more than a third goes to
    // the history); the history can be enlarged or floated.
    const QScreen *screen = WindowPlacement::openingScreen();
    const int height = screen ? screen->availableGeometry().height() : 1040;
    resizeDocks({dock}, {std::clamp(height * 3 / 10, 180, 330)}, Qt::Vertical);
    connect(m_dashboard, &DashboardWidget::groupSelected, m_history, &HistoryPanel::setGroupId);
    // The exchange's records are the chart's markers: a round's show within a second.
    connect(m_desk->records(), &RecordsPoller::roundFinished, m_history,
            [this](const ExchangeError &error) {
                if (!error.isError())
                    m_history->eventsStored();
            });
    connect(m_session->state(), &MonitorState::updated, m_history, [this] {
        if (m_history->groupId() == 0 && m_dashboard->selectedGroupId() != 0)
            m_history->setGroupId(m_dashboard->selectedGroupId());
    });
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save snapshot…"), this, &MainWindow::saveSnapshot);
    save->setShortcut(QKeySequence::Save);
    QAction *copy = file->addAction(tr("&Copy snapshot"), this, &MainWindow::copySnapshot);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addAction(tr("Export &PDF report…"), this, &MainWindow::exportPdf);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    ReportsMenu::install(this, file, m_session->state(), m_reporter, m_desk->collateral());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh now"), this, [this] {
        if (!m_session->scheduler()->refreshNow())
            statusBar()->showMessage(tr("A poll is already running or polling is paused."), 4000);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    // The exchange's borrow/repay, interest and liquidation records (ui/records).
    QAction *records = view->addAction(tr("Re&cords…"), this, [this] {
        RecordsWindow::open(m_session, m_dashboard->selectedGroupId(), this);
    });
    records->setObjectName(QStringLiteral("recordsAction"));
    QAction *mask = view->addAction(tr("&Mask sub-account emails"));
    mask->setCheckable(true);
    connect(mask, &QAction::toggled, this, &MainWindow::setMaskEmails);

    QMenu *zone = view->addMenu(tr("&Time zone"));
    auto *zones = new QActionGroup(this);
    QAction *utc = zone->addAction(tr("UTC"));
    QAction *local = zone->addAction(tr("Local time"));
    for (QAction *a : {utc, local}) {
        a->setCheckable(true);
        zones->addAction(a);
    }
    utc->setObjectName(QStringLiteral("zoneUtcAction"));
    local->setObjectName(QStringLiteral("zoneLocalAction"));
    // The menu is the quick way to change what the Settings page stores. It only asks the
    // settings service; every window (this one too) follows the service's signal.
    SettingsService *settings = m_desk->settings();
    const auto showZone = [utc, local](AppSettings::TimeZone z) {
        utc->setChecked(z == AppSettings::TimeZone::Utc);
        local->setChecked(z == AppSettings::TimeZone::Local);
    };
    showZone(settings->app().timeZone);
    connect(settings, &SettingsService::timeZoneChanged, this, showZone);
    connect(zones, &QActionGroup::triggered, this, [this, settings, utc](QAction *a) {
        const QString error = settings->setTimeZone(a == utc ? AppSettings::TimeZone::Utc
                                                             : AppSettings::TimeZone::Local);
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Setting not saved: %1").arg(error), 8000);
    });

    QMenu *themeMenu = view->addMenu(tr("T&heme"));
    auto *themes = new QActionGroup(this);
    const QList<std::pair<QString, AppSettings::Theme>> choices{
        {tr("&System"), AppSettings::Theme::System},
        {tr("&Light"), AppSettings::Theme::Light},
        {tr("&Dark"), AppSettings::Theme::Dark}};
    for (const auto &[label, theme] : choices) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(settings->app().theme == theme);
        a->setData(int(theme));
        a->setObjectName(QStringLiteral("themeAction%1").arg(int(theme)));
        themes->addAction(a);
    }
    connect(themes, &QActionGroup::triggered, this, [this, settings](QAction *a) {
        const QString error = settings->setTheme(AppSettings::Theme(a->data().toInt()));
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Setting not saved: %1").arg(error), 8000);
    });
    connect(settings, &SettingsService::themeChanged, this, [themes](AppSettings::Theme theme) {
        for (QAction *a : themes->actions())
            a->setChecked(AppSettings::Theme(a->data().toInt()) == theme);
    });

    // Settings, profiles and alert delivery (ui/settings, ui/alerts) plug in here.
    SettingsMenu::install(this, m_desk, m_alerts,
                          [this](const QString &name) { Q_EMIT openProfileRequested(name); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LoanDesk"), this, [this] {
        QMessageBox::about(this, tr("About LoanDesk"),
                           tr("LoanDesk %1\nTreasury dashboard for Binance Institutional Loan.")
                               .arg(QStringLiteral(LOANDESK_VERSION)));
    });
    // Borrow/Repay/Activity, with their gating and the audit journal (ui/actions).
    ActionsMenu::install(this, m_desk, m_dashboard);
}

void MainWindow::setMaskEmails(bool mask) {
    m_maskEmails = mask;
    m_dashboard->setMaskEmails(mask);
    m_history->setMaskEmails(mask);
}

namespace {

// The dashboard as shown, with the shown unit's collateral by asset burned in underneath.
QImage renderSnapshot(DashboardWidget *dashboard, MonitorState *state, Desk *desk, bool mask) {
    const CollateralStrip strip = CollateralStrip::forUnit(
        CollateralSnapshot::from(*state, desk->collateral()), dashboard->selectedGroupId(), mask);
    return SnapshotRenderer::renderImage(
        dashboard, SnapshotHeader::from(*state, desk->label()),
        dashboard->size() + QSize(0, SnapshotRenderer::HeaderHeight + strip.height()), &strip);
}

} // namespace

void MainWindow::saveSnapshot() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save snapshot"), dir + QStringLiteral("/loandesk-snapshot.png"),
        tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QImage image = renderSnapshot(m_dashboard, m_session->state(), m_desk, m_maskEmails);
    QString error;
    if (!SnapshotRenderer::writeImage(path, image, &error))
        QMessageBox::warning(this, tr("Snapshot not saved"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Snapshot saved to %1").arg(path), 5000);
}

void MainWindow::copySnapshot() {
    const QImage image = renderSnapshot(m_dashboard, m_session->state(), m_desk, m_maskEmails);
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Snapshot copied to the clipboard"), 4000);
}

void MainWindow::exportPdf() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF report"),
                                                      dir + QStringLiteral("/loandesk-report.pdf"),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    // The history is read first (on the store's thread); the report is then written from the
    // state as it is at that moment.
    statusBar()->showMessage(tr("Writing the report…"));
    ReportHistory::read(
        m_desk->history(), m_session->state()->groupIds(), this,
        [this, path](const ReportHistory &history) {
            QString error;
            bool written = false;
            {
                const ReportLanguage language(m_desk->settings()->app().reportLanguage);
                ReportDocument report(*m_session->state(),
                                      SnapshotHeader::from(*m_session->state(), m_desk->label()),
                                      m_maskEmails);
                report.setCollateral(
                    CollateralSnapshot::from(*m_session->state(), m_desk->collateral()));
                report.setHistory(history);
                written = report.writePdf(path, &error);
            }
            if (!written) {
                statusBar()->clearMessage();
                QMessageBox::warning(this, tr("Report not saved"),
                                     tr("Could not write %1: %2").arg(path, error));
            } else {
                statusBar()->showMessage(tr("Report saved to %1").arg(path), 5000);
            }
        });
}

} // namespace loandesk
