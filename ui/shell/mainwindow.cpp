#include "mainwindow.h"

#include "common/apptheme.h"
#include "common/snapshotrenderer.h"

#include "reportwriter/reportdocument.h"
#include "reportwriter/reportlanguage.h"
#include "reportwriter/reportsmenu.h"

#include "borrowrepay/actionsmenu.h"
#include "records/recordswindow.h"

#include "common/errortext.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "panels/dashboardwidget.h"
#include "panels/statusbarwidgets.h"
#include "preferences/profilestartup.h"
#include "preferences/settingsmenu.h"
#include "session/sessionsetup.h"
#include "settings/appsettings.h"
#include "settings/environmentsecrets.h"
#include "settings/profilelock.h"

#include "alertdelivery/alertcenter.h"
#include "alerts/alertengine.h"
#include "charts/historypanel.h"
#include "recording/historyrecorder.h"
#include "recording/recordspoller.h"
#include "storage/historystore.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace loandesk {

namespace {

// LoanDesk records its own LTV history (the exchange keeps none): one store per connection
// label (e.g. the profile or the exchange host), or the team database in LOANDESK_HISTORY_DB
// (a PostgreSQL connection string), with the local file as its fallback cache. Demo mode has
// its own file and never writes to the team database: simulated borrows are no one's history.
void addHistoryDock(QMainWindow *window, MonitorSession *session, DashboardWidget *dashboard,
                    const QString &label, DeskKind desk) {
    QString safe = label;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString local =
        desk == DeskKind::Demo ? HistoryStore::demoPath() : HistoryStore::defaultPath(safe);
    auto *store = new HistoryStore(window);
    const auto team = desk == DeskKind::Demo
                          ? std::nullopt
                          : StorageLocation::parse(EnvironmentSecrets::historyDatabase());
    store->open(team ? *team : StorageLocation::sqlite(local), local);
    // Settings → History; SettingsMenu applies a change to every open store when saved.
    store->setRetentionDays(AppSettings::load().historyRetentionDays);
    new HistoryRecorder(session->state(), store, store);
    // The exchange's borrow/repay, interest and liquidation records go into the same history;
    // a new forced liquidation is an alert.
    auto *records = new RecordsPoller(session, store, store);
    if (auto *alerts = window->findChild<AlertCenter *>())
        QObject::connect(records, &RecordsPoller::newForcedLiquidation, alerts->engine(),
                         &AlertEngine::reportForcedLiquidation);
    // A failed round is retried on the next; the desk should still know its records lag.
    QObject::connect(
        records, &RecordsPoller::roundFinished, window, [window](const ExchangeError &error) {
            if (error.isError())
                window->statusBar()->showMessage(
                    QCoreApplication::translate("MainWindow", "Loan records not updated: %1")
                        .arg(errorText(error)),
                    30000);
        });
    QObject::connect(session->scheduler(), &PollScheduler::pollFinished, records, [records](bool) {
        if (!records->isStarted())
            records->start();
    });
    auto *panel = new HistoryPanel(store, session->state(), window);
    auto *dock = new QDockWidget(QCoreApplication::translate("MainWindow", "LTV history"), window);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The dashboard keeps most of the height; the history can be enlarged or floated.
    window->resizeDocks({dock}, {330}, Qt::Vertical);
    QObject::connect(dashboard, &DashboardWidget::groupSelected, panel, &HistoryPanel::setGroupId);
    QObject::connect(session->state(), &MonitorState::updated, panel, [panel, dashboard] {
        if (panel->groupId() == 0 && dashboard->selectedGroupId() != 0)
            panel->setGroupId(dashboard->selectedGroupId());
    });
}

} // namespace

MainWindow::MainWindow(MonitorSession *session, const QString &profileName, DeskKind desk,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profileName(profileName)
    , m_desk(desk)
    , m_dashboard(new DashboardWidget(session->state(), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LoanDesk — %1").arg(profileName));
    setCentralWidget(m_dashboard);
    statusBar()->addPermanentWidget(
        new StatusBarWidgets(session->state(), session->clock(), session->weights(), this), 1);
    buildMenus();
    addHistoryDock(this, session, m_dashboard, profileName, desk);
    resize(1440, 1040);
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
    ReportsMenu::install(this, file, m_session->state(), m_profileName);

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
    utc->setChecked(DisplayFormat::zone() == DisplayFormat::Zone::Utc);
    local->setChecked(DisplayFormat::zone() == DisplayFormat::Zone::Local);
    connect(zones, &QActionGroup::triggered, this, [this, utc](QAction *a) {
        const bool isUtc = a == utc;
        DisplayFormat::setZone(isUtc ? DisplayFormat::Zone::Utc : DisplayFormat::Zone::Local);
        m_dashboard->update();
        // The menu is the quick way to change what the Settings page stores; both persist.
        saveAppSettings([isUtc](AppSettings &s) {
            s.timeZone = isUtc ? AppSettings::TimeZone::Utc : AppSettings::TimeZone::Local;
        });
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
        a->setChecked(AppTheme::current() == theme);
        a->setData(int(theme));
        a->setObjectName(QStringLiteral("themeAction%1").arg(int(theme)));
        themes->addAction(a);
    }
    connect(themes, &QActionGroup::triggered, this, [this](QAction *a) {
        const auto theme = AppSettings::Theme(a->data().toInt());
        AppTheme::apply(theme);
        saveAppSettings([theme](AppSettings &s) { s.theme = theme; });
    });
    connect(themeMenu, &QMenu::aboutToShow, this, [themes] {
        for (QAction *a : themes->actions())
            a->setChecked(AppSettings::Theme(a->data().toInt()) == AppTheme::current());
    });

    // Settings, profiles and alert delivery (ui/settings, ui/alerts) plug in here.
    SettingsMenu::install(this, m_session, m_profileName,
                          [this](const QString &name) { openProfileWindow(name, this); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LoanDesk"), this, [this] {
        QMessageBox::about(this, tr("About LoanDesk"),
                           tr("LoanDesk %1\nTreasury dashboard for Binance Institutional Loan.")
                               .arg(QStringLiteral(LOANDESK_VERSION)));
    });
    // Borrow/Repay/Activity, with their gating and the audit journal (ui/actions).
    ActionsMenu::install(this, m_session, m_profileName, m_dashboard, m_desk);
}

void MainWindow::saveAppSettings(const std::function<void(AppSettings &)> &change) {
    AppSettings settings = AppSettings::load();
    change(settings);
    QString error;
    if (!settings.save(AppSettings::defaultPath(), &error))
        statusBar()->showMessage(tr("Setting not saved: %1").arg(error), 8000);
}

void MainWindow::setMaskEmails(bool mask) {
    m_maskEmails = mask;
    m_dashboard->setMaskEmails(mask);
    if (auto *history = findChild<HistoryPanel *>())
        history->setMaskEmails(mask);
}

void MainWindow::saveSnapshot() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save snapshot"), dir + QStringLiteral("/loandesk-snapshot.png"),
        tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QImage image = SnapshotRenderer::renderImage(
        m_dashboard, SnapshotHeader::from(*m_session->state(), m_profileName),
        m_dashboard->size() + QSize(0, SnapshotRenderer::HeaderHeight));
    QString error;
    if (!SnapshotRenderer::writeImage(path, image, &error))
        QMessageBox::warning(this, tr("Snapshot not saved"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Snapshot saved to %1").arg(path), 5000);
}

void MainWindow::copySnapshot() {
    const QImage image = SnapshotRenderer::renderImage(
        m_dashboard, SnapshotHeader::from(*m_session->state(), m_profileName),
        m_dashboard->size() + QSize(0, SnapshotRenderer::HeaderHeight));
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
    QString error;
    bool written = false;
    {
        const ReportLanguage language(AppSettings::load().reportLanguage);
        const ReportDocument report(*m_session->state(),
                                    SnapshotHeader::from(*m_session->state(), m_profileName),
                                    m_maskEmails);
        written = report.writePdf(path, &error);
    }
    if (!written)
        QMessageBox::warning(this, tr("Report not saved"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Report saved to %1").arg(path), 5000);
}

void MainWindow::openProfileWindow(const QString &name, QMainWindow *from) {
    ProfileStartup::open(
        name, from,
        [from](const ResolvedProfile &r) {
            // One window per profile, in this LoanDesk or another (settings/ProfileLock).
            ProfileLock::Holder holder;
            ProfileLock *lock =
                ProfileLock::tryLock(ProfileLock::Kind::Profile, r.profile.name, nullptr, &holder);
            if (!lock) {
                const QString why =
                    holder.held
                        ? tr("The profile \"%1\" is already open in a LoanDesk window. Only "
                             "one window may use a profile at a time.")
                              .arg(r.profile.name)
                        : tr("The profile \"%1\" could not be locked for this window (%2).")
                              .arg(r.profile.name,
                                   QDir::toNativeSeparators(ProfileLock::pathFor(
                                       ProfileLock::Kind::Profile, r.profile.name)));
                // Not inside the keychain's callback: a modal loop there is unsafe.
                QTimer::singleShot(0, from, [from, why] {
                    QMessageBox::warning(from, tr("Profile not connected"), why);
                });
                return;
            }
            auto *session = new MonitorSession(r.profile.baseUrl, r.monitorKey());
            SessionSetup::apply(r, session);
            auto *window = new MainWindow(session, r.profile.name);
            session->setParent(window); // the session lives as long as its window
            lock->setParent(window);    // and so does its claim on the profile
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->show();
            session->scheduler()->start();
        },
        [from](const QString &why) {
            // Often called from the keychain's callback, where a modal loop crashes libsecret.
            QTimer::singleShot(0, from, [from, why] {
                QMessageBox::warning(from, tr("Profile not connected"), why);
            });
        });
}

} // namespace loandesk
