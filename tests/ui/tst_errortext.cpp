// Every institutional-loan code of API doc 4.1 is worded for people, names its code, and never
// falls back to the generic "Exchange error N: msg".
#include "common/errortext.h"

#include <QSet>
#include <QtTest>

using namespace loandesk;

class tst_ErrorText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loanCodesHaveTheirOwnWords_data();
    void loanCodesHaveTheirOwnWords();
    void eachCodeHasDifferentWords();
    void figuresFromTheExchangeAreKept();
    void unknownCodesFallBackWithTheMessage();
};

namespace {

const QList<int> &loanCodes() {
    static const QList<int> codes = [] {
        QList<int> out{-1024, -1025};
        for (int code = -27000; code >= -27031; --code)
            out.append(code);
        return out;
    }();
    return codes;
}

ExchangeError business(int code, const QString &message = QStringLiteral("msg from exchange")) {
    return ExchangeError::make(ExchangeError::Kind::Business, message, 400, code);
}

} // namespace

void tst_ErrorText::loanCodesHaveTheirOwnWords_data() {
    QTest::addColumn<int>("code");
    for (int code : loanCodes())
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void tst_ErrorText::loanCodesHaveTheirOwnWords() {
    QFETCH(int, code);
    const QString text = errorText(business(code));
    QVERIFY2(text.contains(QStringLiteral("(%1)").arg(code)), qPrintable(text));
    QVERIFY2(!text.startsWith(QStringLiteral("Exchange error")), qPrintable(text));
    QVERIFY(text.size() > 30);
}

void tst_ErrorText::eachCodeHasDifferentWords() {
    QSet<QString> seen;
    for (int code : loanCodes()) {
        QString text = errorText(business(code, {}));
        text.remove(QString::number(code)); // -1024 and -27024 share their words on purpose
        seen.insert(text);
    }
    QCOMPARE(seen.size(), loanCodes().size() - 1);
}

void tst_ErrorText::figuresFromTheExchangeAreKept() {
    const QString text = errorText(business(
        -27012,
        QStringLiteral("Insufficient margin to borrow USDT: requested 500000, available 1200")));
    QVERIFY2(text.startsWith(QStringLiteral("There is not enough available margin")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("requested 500000, available 1200")));
    QVERIFY(text.contains(QStringLiteral("(-27012)")));
}

void tst_ErrorText::unknownCodesFallBackWithTheMessage() {
    QCOMPARE(errorText(business(-27999, QStringLiteral("new thing"))),
             QStringLiteral("Exchange error -27999: new thing"));
}

QTEST_GUILESS_MAIN(tst_ErrorText)
#include "tst_errortext.moc"
