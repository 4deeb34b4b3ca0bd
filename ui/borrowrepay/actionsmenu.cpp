#include "actionsmenu.h"

#include "actiontext.h"
#include "activityview.h"
#include "borrowdialog.h"
#include "repaydialog.h"

#include "panels/dashboardwidget.h"

#include "actions/borrowrepayservice.h"
#include "desk/desk.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace loandesk {

ActionsMenu *ActionsMenu::install(QMainWindow *window, Desk *desk, DashboardWidget *dashboard) {
    return new ActionsMenu(window, desk, dashboard);
}

ActionsMenu::ActionsMenu(QMainWindow *window, Desk *desk, DashboardWidget *dashboard)
    : QObject(window)
    , m_window(window)
    , m_dashboard(dashboard)
    , m_desk(desk)
    , m_service(desk->actions()) {
    auto *menu = new QMenu(tr("&Actions"), window);
    menu->setObjectName(QStringLiteral("actionsMenu"));
    m_borrow = menu->addAction(tr("&Borrow…"), this, &ActionsMenu::openBorrow);
    m_repay = menu->addAction(tr("&Repay…"), this, &ActionsMenu::openRepay);
    menu->addSeparator();
    menu->addAction(tr("&Activity…"), this, &ActionsMenu::openActivity)
        ->setObjectName(QStringLiteral("activityAction"));
    m_borrow->setObjectName(QStringLiteral("borrowAction"));
    m_repay->setObjectName(QStringLiteral("repayAction"));
    const QList<QAction *> menus = window->menuBar()->actions();
    if (menus.isEmpty())
        window->menuBar()->addMenu(menu);
    else
        window->menuBar()->insertMenu(menus.last(), menu);

    connect(menu, &QMenu::aboutToShow, this, &ActionsMenu::updateActions);
    connect(m_service, &BorrowRepayService::gateChanged, this, &ActionsMenu::updateActions);
    connect(desk->session()->state(), &MonitorState::updated, this, &ActionsMenu::updateActions);
    connect(dashboard, &DashboardWidget::groupSelected, this, &ActionsMenu::updateActions);
    connect(m_service, &BorrowRepayService::actionReconciled, this, [this](const ActionResult &r) {
        m_window->statusBar()->showMessage(ActionText::result(r), 15000);
    });
    // A permanent widget: the feed's and the records' messages must not hide an open action.
    m_openActions = new QLabel(window);
    m_openActions->setObjectName(QStringLiteral("openActionsStatus"));
    m_openActions->setVisible(false);
    window->statusBar()->addPermanentWidget(m_openActions);
    connect(m_service, &BorrowRepayService::openActionsChanged, this,
            &ActionsMenu::updateOpenActions);
    updateActions();
    updateOpenActions();
}

void ActionsMenu::updateOpenActions() {
    const QList<OpenAction> open = m_service->openActions();
    QStringList lines;
    for (const OpenAction &a : open)
        lines << ActionText::openAction(a);
    m_openActions->setVisible(!open.isEmpty());
    m_openActions->setText(open.isEmpty() ? QString()
                           : open.size() == 1
                               ? lines.first()
                               : tr("%1 (and %n more open action(s): see Actions → Activity)",
                                    nullptr, int(open.size() - 1))
                                     .arg(lines.first()));
    m_openActions->setToolTip(lines.join(u'\n'));
}

void ActionsMenu::updateActions() {
    const qint64 group = m_dashboard->selectedGroupId();
    const auto update = [&](QAction *action, AuditEntry::Action kind) {
        const auto reasons = m_service->reasons(group, kind);
        action->setEnabled(group != 0 && reasons.isEmpty());
        action->setToolTip(reasons.isEmpty() ? QString() : ActionText::reasons(reasons));
        action->setStatusTip(reasons.isEmpty() ? QString() : ActionText::reason(reasons.first()));
    };
    update(m_borrow, AuditEntry::Action::Borrow);
    update(m_repay, AuditEntry::Action::Repay);
    if (QMenu *menu = qobject_cast<QMenu *>(m_borrow->parent()))
        menu->setToolTipsVisible(true);
}

void ActionsMenu::openBorrow() {
    auto *dialog = new BorrowDialog(m_service, m_dashboard->selectedGroupId(), m_window);
    dialog->setCollateral(m_desk->collateral());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ActionsMenu::openRepay() {
    auto *dialog = new RepayDialog(m_service, m_dashboard->selectedGroupId(), m_window);
    dialog->setCollateral(m_desk->collateral());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ActionsMenu::openActivity() {
    auto *view = new ActivityView(m_desk->journal(), m_service, m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

} // namespace loandesk
