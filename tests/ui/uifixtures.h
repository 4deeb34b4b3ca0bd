#pragma once

// Units, palettes and waits shared by the dashboard's UI tests.

#include "monitor/monitorstate.h"
#include "sampleunits.h"
#include "testhelpers.h"

#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace loandesk::uitest {

inline RiskUnit withLiability(RiskUnit u, const char *liability) {
    u.totalLiability = dec(liability);
    u.liabilities = {{QStringLiteral("USDT"), dec(liability), Decimal()}};
    return u;
}

// Ten members with long addresses, LTV above the initial threshold.
inline RiskUnit tenMemberUnit() {
    RiskUnit u;
    u.groupId = 4821;
    u.updateTimeMs = 1752137105623;
    const char *names[] = {
        "treasury.collateral.primary-holdings", "treasury.collateral.secondary-reserve",
        "credit.desk.portfolio-margin.main",    "collateral.emea.custody-account-04",
        "collateral.apac.custody-account-05",   "collateral.americas.custody-acct-06",
        "collateral.strategic.reserve-07",      "collateral.market-making.08",
        "collateral.overflow.account-09",       "collateral.legacy.migration-10"};
    const char *equity[] = {"412345.12345678", "250000", "98765.4321", "150000.5",
                            "75000.25",        "60000",  "45000.125",  "30000",
                            "12000.00000001",  "5000"};
    const char *maint[] = {"12000.5", "0", "8000.25", "2500", "0", "0", "1000", "0", "0", "0"};
    for (int i = 0; i < 10; ++i) {
        CollateralAccount m;
        m.email = QString::fromLatin1(names[i]) + QStringLiteral("@example-institution.com");
        m.role = i == 2 ? MemberRole::Credit : MemberRole::Collateral;
        m.wallets = {{WalletType::Spot, dec(equity[i]), Decimal()},
                     {i == 2 ? WalletType::PortfolioMargin : WalletType::CrossMargin, dec("1250.5"),
                      dec(maint[i])}};
        u.members.append(m);
    }
    u.totalNetEquity = u.memberNetEquity();
    u.totalMaintenanceMargin = u.memberMaintenanceMargin();
    u.totalLiability = dec("880000.87654321");
    u.liabilities = {{QStringLiteral("USDT"), dec("879500"), dec("500.87654321")}};
    u.ltv = *u.computedLtv();
    u.maxAllowedBorrowLimit = dec("1000000");
    u.maxTransferOutAmount = dec("0");
    u.parentAccountFrozenAmount = dec("0");
    return u;
}

inline QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x15));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

inline void feed(MonitorState &state, const QList<RiskUnit> &units,
                 const QDateTime &at = QDateTime::currentDateTimeUtc()) {
    QSignalSpy updated(&state, &MonitorState::updated);
    state.applyUnits(units, at);
    QVERIFY(updated.wait());
}

inline void settle(MonitorState &state) {
    QSignalSpy updated(&state, &MonitorState::updated);
    QVERIFY(updated.wait());
}

template <typename T> T *find(QWidget *root, const char *name) {
    T *child = root->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("no child named %s", name);
    return child;
}

} // namespace loandesk::uitest
