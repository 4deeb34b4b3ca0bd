#include "recordssweep.h"

#include "exchange/exchangeclient.h"

#include <QSet>

#include <algorithm>

namespace loandesk {

RecordsSweep::RecordsSweep(ExchangeClient *client, qint64 groupId, QString asset, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groupId(groupId)
    , m_asset(std::move(asset)) {}

void RecordsSweep::read(qint64 fromMs, qint64 nowMs, ResultCallback<Outcome> done) {
    m_done = std::move(done);
    m_outcome = {};
    m_outcome.fromMs = fromMs;
    m_windows.clear();
    m_page = 1;
    for (const auto type :
         {BorrowRepayRecord::Type::Borrow, BorrowRepayRecord::Type::NormalRepay}) {
        for (qint64 start = fromMs;; start += WindowMs) {
            if (start + WindowMs > nowMs) {
                m_windows.append({type, start, std::nullopt});
                break;
            }
            m_windows.append({type, start, start + WindowMs - 1});
        }
    }
    readPage();
}

void RecordsSweep::readPage() {
    const Window &w = m_windows.first();
    RecordsQuery query;
    query.groupId = m_groupId;
    query.type = w.type;
    query.asset = m_asset;
    query.startTimeMs = w.startMs;
    query.endTimeMs = w.endMs;
    query.current = m_page;
    query.size = PageSize;
    m_client->fetchBorrowRepayRecords(query, this, [this](Result<Page<BorrowRepayRecord>> page) {
        if (!page.ok()) {
            m_done(page.error());
            return;
        }
        ++m_outcome.pages;
        m_outcome.rows.append(page.value().rows);
        // `total` is re-read with every page, so records that arrive meanwhile are reached too.
        if (!page.value().rows.isEmpty() && qint64(m_page) * PageSize < page.value().total) {
            ++m_page;
            readPage();
            return;
        }
        m_windows.removeFirst();
        m_page = 1;
        if (!m_windows.isEmpty()) {
            readPage();
            return;
        }
        // Borrows and repays are separate listings; an id is only known to be unique in one.
        QSet<std::pair<bool, qint64>> seen;
        m_outcome.rows.removeIf([&seen](const BorrowRepayRecord &r) {
            const std::pair<bool, qint64> key{r.type == BorrowRepayRecord::Type::Borrow, r.tranId};
            if (seen.contains(key))
                return true;
            seen.insert(key);
            return false;
        });
        std::stable_sort(m_outcome.rows.begin(), m_outcome.rows.end(),
                         [](const BorrowRepayRecord &a, const BorrowRepayRecord &b) {
                             return a.timestampMs < b.timestampMs;
                         });
        m_done(std::move(m_outcome));
    });
}

} // namespace loandesk
