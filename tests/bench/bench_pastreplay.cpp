// Times demo mode's month before the start (PastReplay: the walk backwards, the story undone,
// the month replayed through the engine) for each built-in scenario. Prints, asserts nothing.
//   build/tests/bench/bench_pastreplay [runs]
#include "sim/pastreplay.h"
#include "sim/scenario.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace loandesk::sim;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    for (const QString &name : Scenario::builtinNames()) {
        const Scenario scenario = *Scenario::load(name);
        qint64 best = -1;
        qsizetype samples = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            PastReplay replay(scenario, 1, QDateTime::currentMSecsSinceEpoch());
            QString error;
            if (!replay.run(&error)) {
                std::printf("%s: no past (%s)\n", qPrintable(name), qPrintable(error));
                break;
            }
            const qint64 ms = timer.elapsed();
            best = best < 0 ? ms : std::min(best, ms);
            samples = replay.samples().size();
        }
        if (best >= 0)
            std::printf("%s: %lld ms (best of %d), %lld samples\n", qPrintable(name),
                        qlonglong(best), runs, qlonglong(samples));
    }
    return 0;
}
