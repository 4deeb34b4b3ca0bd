#include "welcomedialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loandesk {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to LoanDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<h2>Welcome to LoanDesk</h2>"
           "<p>LoanDesk watches the LTV of your Binance Institutional Loan risk units, shows "
           "where the collateral sits, and warns you before a margin call.</p>"
           "<p>Explore the demo first: it runs a simulated exchange on this computer, with "
           "made-up accounts and a moving market. Nothing leaves the machine.</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *demo = new QPushButton(tr("Explore the demo"), this);
    demo->setObjectName(QStringLiteral("exploreDemoButton"));
    demo->setDefault(true);
    auto *connectButton = new QPushButton(tr("Connect an account…"), this);
    connectButton->setObjectName(QStringLiteral("connectAccountButton"));
    layout->addWidget(demo);
    layout->addWidget(connectButton);
    connect(demo, &QPushButton::clicked, this, [this] { done(Demo); });
    connect(connectButton, &QPushButton::clicked, this, [this] { done(Connect); });
    setMinimumWidth(460);
}

} // namespace loandesk
