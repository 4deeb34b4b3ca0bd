// Test helper for tst_historyrecovery: appends samples to the SQLite history at argv[1] in a
// loop, printing "committed N" after each commit, until it is killed.
#include "storage/historydatabase.h"

#include "storagebackends.h"

#include <QCoreApplication>

#include <cstdio>

using namespace loandesk;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    HistoryDatabase db(QStringLiteral("writer"));
    if (!db.open(StorageLocation::sqlite(QString::fromLocal8Bit(argv[1]))).isRecording())
        return 1;
    const qint64 t0 = 1'700'000'000'000;
    for (qint64 i = 1;; ++i) {
        // Every sample differs, so none is coalesced and each is one transaction.
        HistorySample s = makeSample(1, t0 + i * 5000, i % 2 ? "0.5" : "0.6");
        s.liability = Decimal::fromInt(i);
        if (db.append(s) == HistoryDatabase::AppendResult::Failed)
            return 1;
        std::printf("committed %lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
