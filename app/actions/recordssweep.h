#pragma once

#include "domain/borrowrepayrecord.h"
#include "exchange/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace loandesk {

class ExchangeClient;

// Reads every borrow-repay record of one unit and asset, borrows and repays, from `fromMs` to the
// exchange's now: each page (100 rows) of each time window the exchange serves, since with an
// asset it looks back at most 30 days before a window's end (API notes 2.8). The records come
// newest first, so one that arrives between two pages pushes a row onto the next page; such a
// row is read twice and kept once. One sweep per object; GUI thread. Destroying it (or the
// client) drops the sweep without a callback.
class RecordsSweep final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsSweep)

public:
    static constexpr int PageSize = 100;
    // A day inside the 30-day lookback, for a clock that is off.
    static constexpr qint64 WindowMs = 29LL * 24 * 3600 * 1000;

    struct Outcome {
        QList<BorrowRepayRecord> rows; // each record once, oldest first
        int pages = 0;                 // requests answered
        qint64 fromMs = 0;
    };

    RecordsSweep(ExchangeClient *client, qint64 groupId, QString asset, QObject *parent = nullptr);

    // `nowMs` (the exchange's clock) only splits the range into windows; the last window has no
    // end, so it reaches whatever the exchange holds when it answers.
    void read(qint64 fromMs, qint64 nowMs, ResultCallback<Outcome> done);

private:
    struct Window {
        BorrowRepayRecord::Type type = BorrowRepayRecord::Type::Borrow;
        qint64 startMs = 0;
        std::optional<qint64> endMs;
    };

    void readPage();

    ExchangeClient *m_client;
    qint64 m_groupId;
    QString m_asset;
    ResultCallback<Outcome> m_done;
    QList<Window> m_windows; // still to read, first is current
    int m_page = 1;
    Outcome m_outcome;
};

} // namespace loandesk
