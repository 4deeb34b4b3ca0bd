#include "../integration/simfixture.h"
#include "testhelpers.h"

#include "actions/borrowrepayservice.h"
#include "alertdelivery/alertbanner.h"
#include "alerts/alertcenter.h"
#include "alerts/alertlog.h"
#include "charts/ltvhistorychart.h"
#include "common/apptheme.h"
#include "desk/desk.h"
#include "keyboardwalk.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/pollscheduler.h"
#include "panels/dashboardwidget.h"
#include "settings/appsettings.h"
#include "settings/settingsservice.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QMenuBar>
#include <QStandardPaths>
#include <QtTest>

using namespace loandesk;

// The main window as a user drives it: View menu choices that must outlive a restart, the
// dark theme reaching the charts, and every control reachable with the keyboard.
class tst_MainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void themeMenuAppliesAndPersists();
    void darkChartsKeepBandsApart();
    void timeZoneMenuPersists();
    void everyControlIsReachableByKeyboard();
    void alertBannerShowsAboveTheDashboard();
    void settingsReachEveryOpenWindow();

private:
    QAction *action(const QString &name) const;
    std::unique_ptr<sim::SimExchange> m_ex;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<Launcher> m_launcher;
    QPointer<MainWindow> m_window;
};

void tst_MainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindow::init() {
    QFile::remove(AppSettings::defaultPath());
    QFile::remove(AlertLog::defaultPath());
    AppTheme::apply(AppSettings::Theme::Light);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    m_ex = std::make_unique<sim::SimExchange>(*sim::Scenario::load(QStringLiteral("calm")), 5);
    QVERIFY(m_ex->listen());
    // Built and started the way LoanDesk opens every window.
    m_settings = std::make_unique<SettingsService>();
    m_settings->load();
    m_launcher = std::make_unique<Launcher>(CommandLine{}, m_settings.get());
    m_window =
        m_launcher->windows()->open({m_ex->baseUrl(), m_ex->parentCredentials(), u"test"_qs});
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->selectedGroupId(), 10001, 8000);
}

void tst_MainWindow::cleanup() {
    m_launcher.reset(); // and with it the window and its desk
    m_ex.reset();
    AppTheme::apply(AppSettings::Theme::Light);
}

QAction *tst_MainWindow::action(const QString &name) const {
    return m_window->findChild<QAction *>(name);
}

void tst_MainWindow::themeMenuAppliesAndPersists() {
    QAction *dark = action(QStringLiteral("themeAction%1").arg(int(AppSettings::Theme::Dark)));
    QVERIFY(dark);
    dark->trigger();
    QVERIFY(AppTheme::isDark(QApplication::palette()));
    QTRY_VERIFY(AppTheme::isDark(m_window->dashboard()->palette()));
    QCOMPARE(AppSettings::load().theme, AppSettings::Theme::Dark);

    action(QStringLiteral("themeAction%1").arg(int(AppSettings::Theme::Light)))->trigger();
    QTRY_VERIFY(!AppTheme::isDark(m_window->dashboard()->palette()));
    QCOMPARE(AppSettings::load().theme, AppSettings::Theme::Light);
}

void tst_MainWindow::darkChartsKeepBandsApart() {
    auto *chart = m_window->findChild<LtvHistoryChart *>();
    QVERIFY(chart);
    action(QStringLiteral("themeAction%1").arg(int(AppSettings::Theme::Dark)))->trigger();
    // The chart rebuilds on the palette change: a dark plot, and threshold lines that differ
    // by dash pattern (not colour alone) and stand out from the dark background.
    QTRY_VERIFY(chart->chart()->backgroundBrush().color().lightness() < 128);
    QSet<int> patterns;
    const QColor background = chart->chart()->backgroundBrush().color();
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (!s->objectName().startsWith(u"band-"))
            continue;
        const QPen pen = static_cast<QLineSeries *>(s)->pen();
        patterns.insert(int(pen.style()));
        QVERIFY2(qAbs(pen.color().lightness() - background.lightness()) > 60,
                 qPrintable(s->objectName() + QStringLiteral(" is hard to see on dark")));
    }
    QCOMPARE(patterns.size(), 4);
}

void tst_MainWindow::timeZoneMenuPersists() {
    QAction *local = action(QStringLiteral("zoneLocalAction"));
    QVERIFY(local);
    local->trigger();
    QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Local);
    QCOMPARE(AppSettings::load().timeZone, AppSettings::TimeZone::Local);
    action(QStringLiteral("zoneUtcAction"))->trigger();
    QCOMPARE(AppSettings::load().timeZone, AppSettings::TimeZone::Utc);
}

void tst_MainWindow::everyControlIsReachableByKeyboard() {
    // Walk the focus chain with Tab as a keyboard user would, from the first widget around to
    // where it started: every enabled, visible control that takes focus must be on it.
    QWidget *start = m_window->dashboard()->nextInFocusChain();
    while (!(start->focusPolicy() & Qt::TabFocus) || !start->isVisible())
        start = start->nextInFocusChain();
    start->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(start->hasFocus());
    const uitest::KeyboardWalk walk = uitest::walkWithTab(m_window.data());
    QVERIFY2(walk.unreachable.isEmpty(),
             qPrintable(u"not reachable by Tab: "_qs + walk.unreachable.join(u", ")));
    QVERIFY2(walk.unnamed.isEmpty(),
             qPrintable(u"no accessible name: "_qs + walk.unnamed.join(u", ")));
    // The menus hold every command (borrow and repay too) and open from the keyboard.
    for (QAction *menu : m_window->menuBar()->actions())
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text() + u" has no mnemonic"_qs));
}

void tst_MainWindow::alertBannerShowsAboveTheDashboard() {
    auto *banner = m_window->findChild<AlertBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible()); // nothing open: no empty strip either
    Alert a;
    a.kind = Alert::Kind::LtvWarning;
    a.groupId = 10001;
    a.value = Decimal::fromString(QStringLiteral("0.8123")).value();
    a.threshold = Decimal::fromString(QStringLiteral("0.75")).value();
    a.raisedAt = QDateTime::currentDateTimeUtc();
    m_window->desk()->alerts()->log()->append(a);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("10001")));
    // One line of text and its margins, not the three lines' height a tool bar gave it.
    QTRY_VERIFY(banner->height() < 3 * banner->fontMetrics().height() + 20);
    QVERIFY(banner->geometry().bottom() <
            m_window->dashboard()->mapTo(banner->parentWidget(), QPoint(0, 0)).y());
}

// Two windows of one LoanDesk: a theme or time zone picked in one window's View menu, and
// limits saved for the other's profile, reach the other window through the settings service.
void tst_MainWindow::settingsReachEveryOpenWindow() {
    SettingsService *settings = m_launcher->settings();
    Profile profile;
    profile.name = u"Desk B"_qs;
    profile.baseUrl = m_ex->baseUrl();
    profile.parentKeyId = m_ex->parentCredentials().apiKey;
    profile.readOnly = false;
    SettingsService::Values values = settings->values();
    values.profiles.removeIf([](const Profile &p) { return p.name == u"Desk B"_qs; });
    values.profiles << profile;
    QCOMPARE(settings->save(values), QString());
    ResolvedProfile resolved;
    resolved.profile = profile;
    resolved.parent = m_ex->parentCredentials();
    QPointer<MainWindow> second =
        m_launcher->windows()->open({m_ex->baseUrl(), resolved.parent, profile.name, DeskKind::Real,
                                     DeskOptions::Role::Window, resolved});
    QVERIFY(second);
    const auto secondAction = [&second](const QString &name) {
        return second->findChild<QAction *>(name);
    };

    action(QStringLiteral("themeAction%1").arg(int(AppSettings::Theme::Dark)))->trigger();
    QTRY_VERIFY(AppTheme::isDark(second->dashboard()->palette()));
    QVERIFY(secondAction(QStringLiteral("themeAction%1").arg(int(AppSettings::Theme::Dark)))
                ->isChecked());
    action(u"zoneLocalAction"_qs)->trigger();
    QVERIFY(secondAction(u"zoneLocalAction"_qs)->isChecked());
    QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Local);

    values = settings->values();
    for (Profile &p : values.profiles) {
        if (p.name == profile.name)
            p.limits.fourEyesFrom = dec("12345");
    }
    QCOMPARE(settings->save(values), QString());
    QCOMPARE(second->desk()->actions()->limits().fourEyesFrom, dec("12345"));

    action(QStringLiteral("themeAction%1").arg(int(AppSettings::Theme::Light)))->trigger();
    action(u"zoneUtcAction"_qs)->trigger();
    QVERIFY(secondAction(u"zoneUtcAction"_qs)->isChecked());
    QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Utc);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
