#include "async/completion.h"
#include "async/requestscope.h"

#include <QTimer>
#include <QtTest>

#include <memory>

using namespace loandesk;

// The async rule as a caller sees it: a request's callback runs once, never after cancel(),
// never after its context is gone, and a RequestScope keeps only the latest request alive.
class tst_Completion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversExactlyOnce();
    void cancelledCallbackNeverRuns();
    void deadContextDropsTheResult();
    void nullContextRunsUntilCancelled();
    void scopeReplacementCancelsTheEarlierRequest();
    void destroyedScopeCancelsEverything();
    void callbackMayDropTheLastCopy();
};

void tst_Completion::deliversExactlyOnce() {
    QObject context;
    int calls = 0;
    int last = 0;
    Completion<int> completion(&context, [&](int v) {
        ++calls;
        last = v;
    });
    const Pending pending = completion.pending();
    QVERIFY(pending.isPending());
    const Completion<int> copy = completion;
    QVERIFY(copy.deliver(1));
    QVERIFY(!completion.deliver(2));
    QVERIFY(!copy.deliver(3));
    QCOMPARE(calls, 1);
    QCOMPARE(last, 1);
    QVERIFY(!pending.isPending());
    QVERIFY(!pending.isCancelled());
}

void tst_Completion::cancelledCallbackNeverRuns() {
    QObject context;
    bool called = false;
    Completion<> completion(&context, [&] { called = true; });
    Pending pending = completion.pending();
    // The result is already queued when the caller cancels: it must still be dropped.
    QTimer::singleShot(0, &context, [completion] { completion.deliver(); });
    pending.cancel();
    QVERIFY(completion.isCancelled());
    QVERIFY(!completion.isWanted());
    bool ran = false;
    QTimer::singleShot(0, &context, [&] { ran = true; });
    QTRY_VERIFY(ran);
    QVERIFY(!called);
    QVERIFY(!pending.isPending());
}

void tst_Completion::deadContextDropsTheResult() {
    bool called = false;
    std::optional<Completion<int>> completion;
    {
        QObject context;
        completion.emplace(&context, [&](int) { called = true; });
        QVERIFY(completion->isWanted());
    }
    QVERIFY(!completion->isWanted());
    QVERIFY(!completion->pending().isPending()); // it has ended, though never cancelled
    QVERIFY(!completion->pending().isCancelled());
    QVERIFY(!completion->deliver(1));
    QVERIFY(!called);
}

void tst_Completion::nullContextRunsUntilCancelled() {
    int calls = 0;
    Completion<> first(nullptr, [&] { ++calls; });
    QVERIFY(first.deliver());
    Completion<> second(nullptr, [&] { ++calls; });
    second.pending().cancel();
    QVERIFY(!second.deliver());
    QCOMPARE(calls, 1);
}

void tst_Completion::scopeReplacementCancelsTheEarlierRequest() {
    QObject context;
    QList<int> seen;
    RequestScope scope;
    Completion<int> older(&context, [&](int v) { seen.append(v); });
    Completion<int> newer(&context, [&](int v) { seen.append(v); });
    scope = older.pending();
    QVERIFY(scope.isPending());
    scope = newer.pending();
    // Replies in the "wrong" order: the superseded one arrives last and is dropped.
    newer.deliver(2);
    older.deliver(1);
    QCOMPARE(seen, QList<int>{2});
    QVERIFY(!scope.isPending());
}

void tst_Completion::destroyedScopeCancelsEverything() {
    QObject context;
    int calls = 0;
    Completion<> a(&context, [&] { ++calls; });
    Completion<> b(&context, [&] { ++calls; });
    {
        RequestScope scope;
        scope.add(a.pending());
        scope.add(b.pending());
        QVERIFY(scope.isPending());
    }
    QVERIFY(!a.deliver());
    QVERIFY(!b.deliver());
    QCOMPARE(calls, 0);
}

void tst_Completion::callbackMayDropTheLastCopy() {
    QObject context;
    auto holder = std::make_unique<Completion<int>>(&context, [](int) {});
    int seen = 0;
    // A producer that forgets the completion from inside the callback must not crash.
    *holder = Completion<int>(&context, [&](int v) {
        seen = v;
        holder.reset();
    });
    Completion<int> *raw = holder.get();
    QVERIFY(raw->deliver(7));
    QCOMPARE(seen, 7);
    QVERIFY(!holder);
}

QTEST_GUILESS_MAIN(tst_Completion)
#include "tst_completion.moc"
