#include "alertcenter.h"

#include "alertbanner.h"
#include "alertlogview.h"
#include "alertsound.h"
#include "alerttext.h"

#include "alerts/alertcommandhook.h"
#include "alerts/alertengine.h"
#include "alerts/alertlog.h"
#include "monitor/monitorsession.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace loandesk {

AlertCenter::AlertCenter(MonitorSession *session, QMainWindow *window,
                         const AlertSettings &settings, bool muted, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(new AlertEngine(session->state(), this))
    , m_log(new AlertLog(AlertLog::defaultPath(), this))
    , m_hook(new AlertCommandHook(this))
    , m_sound(new AlertSound(this))
    , m_banner(new AlertBanner(m_log, window)) {
    setSettings(settings, muted);
    // The banner sits above the dashboard in the central area, whose layout gives its wrapped
    // text the height it needs (in a tool bar it took three lines' height for one) and takes
    // the room back when the banner hides itself with nothing left open.
    QWidget *dashboard = window->takeCentralWidget();
    auto *central = new QWidget(window);
    central->setObjectName(QStringLiteral("alertArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    if (dashboard)
        layout->addWidget(dashboard, 1);
    window->setCentralWidget(central);
    connect(m_banner, &AlertBanner::logRequested, this, &AlertCenter::showLog);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->setToolTip(tr("LoanDesk alerts"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertCenter::showLog);
        m_tray->show();
    }
    connect(m_engine, &AlertEngine::alertRaised, m_log,
            [this](const Alert &a) { m_log->append(a); });
    connect(m_log, &AlertLog::alertLogged, this, &AlertCenter::deliver);
    connect(m_hook, &AlertCommandHook::hookFinished, this,
            [this](qint64 id, int code, const QString &error) {
                if (code != 0)
                    m_window->statusBar()->showMessage(
                        tr("The alert command for alert %1 failed: %2")
                            .arg(id)
                            .arg(error.isEmpty() ? tr("exit code %1").arg(code) : error),
                        10000);
            });
}

void AlertCenter::setSettings(const AlertSettings &settings, bool muted) {
    m_engine->setSettings(settings);
    m_hook->setCommand(settings.commandHook, settings.commandArguments, settings.commandTimeoutMs);
    m_sound->setMuted(muted);
}

void AlertCenter::deliver(const Alert &alert) {
    m_sound->play(alert);
    if (m_tray && m_trayEnabled) {
        const auto icon = alert.severity() == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                                                                        : QSystemTrayIcon::Warning;
        m_tray->showMessage(AlertText::title(alert), AlertText::body(alert), icon, 15000);
    }
    m_hook->run(alert);
}

void AlertCenter::showLog() {
    if (!m_logView) {
        m_logView = new AlertLogView(m_log, m_window);
        m_logView->setWindowFlag(Qt::Window);
        m_logView->setAttribute(Qt::WA_DeleteOnClose);
        m_logView->setWindowTitle(tr("LoanDesk — Alerts"));
        m_logView->resize(900, 400);
    }
    m_logView->show();
    m_logView->raise();
}

} // namespace loandesk
