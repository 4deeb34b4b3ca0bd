#include "../integration/simfixture.h"
#include "testhelpers.h"

#include "alertdelivery/alertbanner.h"
#include "alerts/alertcenter.h"
#include "alerts/alertlog.h"
#include "common/translations.h"
#include "desk/desk.h"
#include "models/displayformat.h"
#include "panels/dashboardwidget.h"
#include "panels/panelframe.h"
#include "panels/statusbarwidgets.h"
#include "settings/appsettings.h"
#include "settings/settingsservice.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "shell/windowplacement.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>
#include <QtTest>

using namespace loandesk;

namespace {

// The offscreen platform's screens for this test (main() below): a 1366×768 laptop, primary,
// and a 1920×1080 monitor to its right.
const char *ScreensJson =
    "{\"screens\": ["
    "{\"name\": \"Laptop\", \"x\": 0, \"y\": 0, \"width\": 1366, \"height\": 768},"
    "{\"name\": \"Monitor\", \"x\": 1366, \"y\": 0, \"width\": 1920, \"height\": 1080}]}";

QRect rectIn(const QWidget *w, const QWidget *ancestor) {
    return QRect(w->mapTo(ancestor, QPoint(0, 0)), w->size());
}

} // namespace

// The main window on a laptop and on a desktop monitor, as a new user opens it: inside the
// screen, every panel, alert button and status field whole and on screen (or in the
// dashboard's scrollable area), and a geometry that no longer fits pulled back.
class tst_ScreenFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void geometryIsKeptPerScreen();
    void offScreenGeometryIsPulledBack();
    void fittedStaysInside();

private:
    QScreen *screenNamed(const QString &name) const;
    MainWindow *openOn(QScreen *screen);
    void checkFits(MainWindow *w);
    std::unique_ptr<sim::SimExchange> m_ex;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<Launcher> m_launcher;
};

void tst_ScreenFit::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QGuiApplication::screens().size(), 2);
    QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1366, 768));
}

void tst_ScreenFit::init() {
    QFile::remove(AppSettings::defaultPath());
    QFile::remove(AlertLog::defaultPath());
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                  QStringLiteral("/windows.ini"));
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    m_ex = std::make_unique<sim::SimExchange>(*sim::Scenario::load(QStringLiteral("stressed")), 5);
    QVERIFY(m_ex->listen());
    m_settings = std::make_unique<SettingsService>();
    m_settings->load();
    m_launcher = std::make_unique<Launcher>(CommandLine{}, m_settings.get());
}

void tst_ScreenFit::cleanup() {
    m_launcher.reset();
    m_ex.reset();
}

QScreen *tst_ScreenFit::screenNamed(const QString &name) const {
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

MainWindow *tst_ScreenFit::openOn(QScreen *screen) {
    // A window opens on the screen under the mouse.
    QCursor::setPos(screen->geometry().center());
    MainWindow *w =
        m_launcher->windows()->open({m_ex->baseUrl(), m_ex->parentCredentials(), u"test"_qs});
    if (!w || !QTest::qWaitForWindowExposed(w))
        return nullptr;
    return w;
}

void tst_ScreenFit::checkFits(MainWindow *w) {
    const QRect available = w->screen()->availableGeometry();
    QVERIFY2(available.contains(w->frameGeometry()),
             qPrintable(QStringLiteral("frame %1,%2 %3x%4 outside %5x%6")
                            .arg(w->frameGeometry().x())
                            .arg(w->frameGeometry().y())
                            .arg(w->frameGeometry().width())
                            .arg(w->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    // Every panel whole (never squeezed below what it needs) and inside the dashboard, which
    // is either all on screen or scrolls; the dashboard never needs scrolling sideways.
    auto *scroll = w->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll);
    QVERIFY(w->rect().contains(rectIn(scroll, w)));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    DashboardWidget *dashboard = w->dashboard();
    const QList<PanelFrame *> panels = dashboard->findChildren<PanelFrame *>();
    QVERIFY(panels.size() >= 6);
    for (PanelFrame *panel : panels) {
        if (!panel->isVisible())
            continue;
        const QString name = panel->objectName();
        QVERIFY2(dashboard->rect().contains(rectIn(panel, dashboard)), qPrintable(name));
        QVERIFY2(panel->height() >= panel->minimumSizeHint().height(), qPrintable(name));
        QVERIFY2(panel->width() >= panel->minimumSizeHint().width(), qPrintable(name));
        // Nor any line inside it: a layout given less than it needs squeezes rows into each
        // other (a wrapped note that needs more lines than the splitter knew of).
        for (QLabel *l : panel->findChildren<QLabel *>()) {
            if (!l->isVisibleTo(panel) || l->text().isEmpty())
                continue;
            const int needs =
                l->wordWrap() ? l->heightForWidth(l->width()) : l->minimumSizeHint().height();
            QVERIFY2(l->height() >= needs,
                     qPrintable(QStringLiteral("%1/%2 \"%3\": %4 px high, needs %5")
                                    .arg(name, l->objectName(), l->text().left(40))
                                    .arg(l->height())
                                    .arg(needs)));
        }
    }
    // The history dock, the alert banner's buttons and the status fields: on the window.
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(dock && dock->isVisible());
    QVERIFY(w->rect().contains(rectIn(dock, w)));
    auto *banner = w->findChild<AlertBanner *>();
    QVERIFY(banner && banner->isVisible());
    for (QPushButton *b : banner->findChildren<QPushButton *>()) {
        QVERIFY2(w->rect().contains(rectIn(b, w)), qPrintable(b->text()));
        QVERIFY(b->width() >= b->minimumSizeHint().width());
    }
    auto *status = w->findChild<StatusBarWidgets *>();
    QVERIFY(status && status->isVisible());
    int fields = 0;
    for (QLabel *l : status->findChildren<QLabel *>()) {
        if (!l->isVisible())
            continue;
        ++fields;
        QVERIFY2(w->rect().contains(rectIn(l, w)), qPrintable(l->objectName()));
        QVERIFY2(w->statusBar()->rect().contains(rectIn(l, w->statusBar())),
                 qPrintable(l->objectName()));
        QVERIFY2(l->width() >= l->minimumSizeHint().width(), qPrintable(l->objectName()));
    }
    QVERIFY(fields >= 4);
}

void tst_ScreenFit::fitsTheScreen_data() {
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("language");
    QTest::newRow("1366x768") << "Laptop" << QString();
    QTest::newRow("1920x1080") << "Monitor" << QString();
    // CJK lines stand taller than the widget font's: rows squeezed by a short card show first.
    QTest::newRow("1366x768 zh_CN") << "Laptop" << QStringLiteral("zh_CN");
    QTest::newRow("1920x1080 zh_CN") << "Monitor" << QStringLiteral("zh_CN");
}

void tst_ScreenFit::fitsTheScreen() {
    QFETCH(QString, screen);
    QFETCH(QString, language);
    const QList<QTranslator *> catalogues =
        language.isEmpty() ? QList<QTranslator *>() : Translations::load(QLocale(language), this);
    QVERIFY(language.isEmpty() || !catalogues.isEmpty());
    for (QTranslator *t : catalogues)
        QCoreApplication::installTranslator(t);
    const auto uninstall = qScopeGuard([&catalogues] {
        for (QTranslator *t : catalogues) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    QScreen *s = screenNamed(screen);
    QVERIFY(s);
    QPointer<MainWindow> w = openOn(s);
    QVERIFY(w);
    QCOMPARE(w->screen(), s);
    QTRY_VERIFY_WITH_TIMEOUT(w->dashboard()->selectedGroupId() != 0, 8000);
    // An alert open, so its banner and buttons take their room too.
    Alert a;
    a.kind = Alert::Kind::MarginCall;
    a.groupId = w->dashboard()->selectedGroupId();
    a.value = dec("0.9123");
    a.threshold = dec("0.9");
    a.raisedAt = QDateTime::currentDateTimeUtc();
    w->desk()->alerts()->log()->append(a);
    QTRY_VERIFY(w->findChild<AlertBanner *>()->isVisible());
    QTest::qWait(
        1000); // the deferred re-arrangement after data and the banner, on a loaded machine too
    checkFits(w);
    if (QTest::currentTestFailed())
        return;
    if (s->geometry().height() >= 1080) {
        // On a full-HD monitor the dashboard never scrolls sideways. With an alert banner open
        // and the collateral-by-asset card it may scroll down a little (README, known limits).
        auto *scroll = w->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }
}

void tst_ScreenFit::geometryIsKeptPerScreen() {
    QScreen *laptop = screenNamed(QStringLiteral("Laptop"));
    QScreen *monitor = screenNamed(QStringLiteral("Monitor"));
    QPointer<MainWindow> w = openOn(laptop);
    QVERIFY(w);
    w->setWindowState(Qt::WindowNoState);
    w->setGeometry(QRect(60, 50, 1100, 640));
    QTRY_COMPARE(w->geometry(), QRect(60, 50, 1100, 640));
    w->close();
    QTRY_VERIFY(!w);

    // Another screen has its own placement (none yet: the default, on that screen).
    w = openOn(monitor);
    QVERIFY(w);
    QCOMPARE(w->screen(), monitor);
    QVERIFY(monitor->availableGeometry().contains(w->frameGeometry()));
    w->close();
    QTRY_VERIFY(!w);

    w = openOn(laptop);
    QVERIFY(w);
    QTRY_COMPARE(w->geometry(), QRect(60, 50, 1100, 640));
    w->close();
}

void tst_ScreenFit::offScreenGeometryIsPulledBack() {
    QScreen *laptop = screenNamed(QStringLiteral("Laptop"));
    QPointer<MainWindow> w = openOn(laptop);
    QVERIFY(w);
    // Saved while it sat far right and low on a monitor that has since gone, larger than the
    // laptop's screen.
    w->setWindowState(Qt::WindowNoState);
    w->setGeometry(QRect(900, 500, 1500, 900));
    QTRY_COMPARE(w->geometry().size(), QSize(1500, 900));
    w->close();
    QTRY_VERIFY(!w);

    w = openOn(laptop);
    QVERIFY(w);
    QTRY_VERIFY(laptop->availableGeometry().contains(w->frameGeometry()));
    QCOMPARE(w->screen(), laptop);
}

void tst_ScreenFit::fittedStaysInside() {
    const QRect screen(0, 0, 1366, 768);
    QCOMPARE(WindowPlacement::fitted(QRect(100, 100, 800, 600), screen), QRect(100, 100, 800, 600));
    QCOMPARE(WindowPlacement::fitted(QRect(900, 500, 800, 600), screen), QRect(566, 168, 800, 600));
    QCOMPARE(WindowPlacement::fitted(QRect(-50, -20, 1440, 1040), screen), screen);
    QCOMPARE(WindowPlacement::fitted(QRect(4000, 3000, 640, 480), QRect(1366, 0, 1920, 1080)),
             QRect(2646, 600, 640, 480));
}

int main(int argc, char **argv) {
    const QString config = QDir::temp().filePath(
        QStringLiteral("loandesk-screens-%1.json").arg(QCoreApplication::applicationPid()));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(ScreensJson) < 0)
            return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    int result = 0;
    {
        QApplication app(argc, argv);
        tst_ScreenFit test;
        result = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(config);
    return result;
}

#include "tst_screenfit.moc"
