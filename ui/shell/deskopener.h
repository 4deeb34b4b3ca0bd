#pragma once

#include "desk/deskoptions.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace loandesk {

class MainWindow;
class ProfileLock;
class SettingsService;

// Opens a desk in a window. Every window of the process, at start-up or from Settings → Connect
// profile…, is built by open(), in one order: the profile lock, the desk with its services, the
// window, and last the desk's start. One ownership rule for all of them: a window owns its desk
// and is deleted when closed; the opener deletes the windows still open when it goes.
class DeskOpener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskOpener)

public:
    // Every desk it opens shares `settings`, the process's one SettingsService.
    explicit DeskOpener(SettingsService *settings, QObject *parent = nullptr);
    ~DeskOpener() override;

    // Null when another window or LoanDesk has the profile open: a message box (parented to
    // `from`) says so, and then `refused` is called with the reason.
    MainWindow *open(DeskOptions options, QWidget *from = nullptr,
                     std::function<void(const QString &why)> refused = {});
    // Reads the profile and its secrets, then open()s it; a failure is shown to the user.
    void openProfile(const QString &name, QWidget *from);
    QList<MainWindow *> windows() const;

private:
    // One LoanDesk per profile (settings/ProfileLock); null, with the reason, when refused.
    static ProfileLock *lockFor(const DeskOptions &options, QString *title, QString *why);

    SettingsService *m_settings;
    QList<QPointer<MainWindow>> m_windows;
};

} // namespace loandesk
