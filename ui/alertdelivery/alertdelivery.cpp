#include "alertdelivery.h"

#include "alertbanner.h"
#include "alertlogview.h"
#include "alertsound.h"
#include "alerttext.h"

#include "alerts/alertcenter.h"
#include "alerts/alertcommandhook.h"
#include "alerts/alertlog.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace loandesk {

AlertDelivery::AlertDelivery(AlertCenter *alerts, QMainWindow *window)
    : QObject(window)
    , m_alerts(alerts)
    , m_window(window)
    , m_sound(new AlertSound(this))
    , m_banner(new AlertBanner(alerts->log(), window)) {
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
    connect(m_banner, &AlertBanner::logRequested, this, &AlertDelivery::showLog);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->setToolTip(tr("LoanDesk alerts"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertDelivery::showLog);
        m_tray->show();
    }
    connect(alerts->log(), &AlertLog::alertLogged, this, &AlertDelivery::deliver);
    connect(alerts->hook(), &AlertCommandHook::hookFinished, this,
            [this](qint64 id, int code, const QString &error) {
                if (code != 0)
                    m_window->statusBar()->showMessage(
                        tr("The alert command for alert %1 failed: %2")
                            .arg(id)
                            .arg(error.isEmpty() ? tr("exit code %1").arg(code) : error),
                        10000);
            });
}

void AlertDelivery::setMuted(bool muted) {
    m_sound->setMuted(muted);
}

void AlertDelivery::deliver(const Alert &alert) {
    m_sound->play(alert);
    if (m_tray && m_trayEnabled) {
        const auto icon = alert.severity() == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                                                                        : QSystemTrayIcon::Warning;
        m_tray->showMessage(AlertText::title(alert), AlertText::body(alert), icon, 15000);
    }
}

void AlertDelivery::showLog() {
    if (!m_logView) {
        m_logView = new AlertLogView(m_alerts->log(), m_window);
        m_logView->setWindowFlag(Qt::Window);
        m_logView->setAttribute(Qt::WA_DeleteOnClose);
        m_logView->setWindowTitle(tr("LoanDesk — Alerts"));
        m_logView->resize(900, 400);
    }
    m_logView->show();
    m_logView->raise();
}

} // namespace loandesk
