// Borrow and repay with the keyboard alone, as a treasurer without a mouse (or with a screen
// reader) works: every control is on the Tab chain and has a name, and a borrow and a repay
// go from the first keystroke to the exchange's answer without a click.
#include "borrowrepay/borrowdialog.h"
#include "borrowrepay/repaydialog.h"

#include "actionfixture.h"
#include "keyboardwalk.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace loandesk;

class tst_ActionsKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void borrowByKeyboardOnly();
    void repayByKeyboardOnly();

private:
    // Presses Tab until the widget named `name` has focus; false when the chain never gets there.
    static bool tabTo(QWidget *dialog, const QString &name);
    static void checkEveryControlNamedAndReachable(QWidget *dialog);

    uitest::ActionFixture m_fx;
};

void tst_ActionsKeyboard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
}

void tst_ActionsKeyboard::init() {
    m_fx.start(QStringLiteral("keyboard-test"));
}

void tst_ActionsKeyboard::cleanup() {
    m_fx.stop();
}

bool tst_ActionsKeyboard::tabTo(QWidget *dialog, const QString &name) {
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus->objectName() == name)
            return true;
        QTest::keyClick(focus ? focus : dialog, Qt::Key_Tab);
    }
    return false;
}

void tst_ActionsKeyboard::checkEveryControlNamedAndReachable(QWidget *dialog) {
    QVERIFY2(QApplication::focusWidget(), "the dialog opens with no control focused");
    const uitest::KeyboardWalk walk = uitest::walkWithTab(dialog, 60);
    QVERIFY2(walk.unreachable.isEmpty(),
             qPrintable(u"not reachable by Tab: "_qs + walk.unreachable.join(u", ")));
    QVERIFY2(walk.unnamed.isEmpty(),
             qPrintable(u"no accessible name: "_qs + walk.unnamed.join(u", ")));
}

void tst_ActionsKeyboard::borrowByKeyboardOnly() {
    BorrowDialog dialog(m_fx.service.get(), uitest::ActionFixture::Alpha);
    QSignalSpy fetched(&dialog, &BorrowDialog::maxBorrowableFetched);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(fetched.wait(10000));
    // The amount is where typing starts.
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("amountEdit"));
    checkEveryControlNamedAndReachable(&dialog);
    QVERIFY(tabTo(&dialog, QStringLiteral("amountEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2500"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Review is the default
    QTRY_VERIFY(dialog.findChild<QWidget *>(QStringLiteral("confirmPage"))->isVisible());
    checkEveryControlNamedAndReachable(&dialog);
    QSignalSpy settled(m_fx.service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(tabTo(&dialog, QStringLiteral("submitButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(settled.wait(10000));
    QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("resultLabel"))
                    ->text()
                    .contains(QStringLiteral("Borrowed")));
    QCOMPARE(m_fx.exchange->postCount(QStringLiteral("borrow")), 1);
}

void tst_ActionsKeyboard::repayByKeyboardOnly() {
    RepayDialog dialog(m_fx.service.get(), uitest::ActionFixture::Alpha);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("amountEdit"));
    checkEveryControlNamedAndReachable(&dialog);
    QVERIFY(tabTo(&dialog, QStringLiteral("amountEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(dialog.findChild<QWidget *>(QStringLiteral("confirmPage"))->isVisible());
    QSignalSpy settled(m_fx.service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(tabTo(&dialog, QStringLiteral("submitButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(settled.wait(10000));
    const QString result = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral("Repaid")) || result.contains(QStringLiteral("repaid")),
             qPrintable(result));
    QCOMPARE(m_fx.exchange->postCount(QStringLiteral("repay")), 1);
}

QTEST_MAIN(tst_ActionsKeyboard)
#include "tst_actionskeyboard.moc"
