#pragma once

#include <QDialog>

namespace loandesk {

// First start without a profile: explore the simulated demo, or connect a real account.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum Choice { Demo = 1, Connect = 2 };
    explicit WelcomeDialog(QWidget *parent = nullptr);
};

} // namespace loandesk
