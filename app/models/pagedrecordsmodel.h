#pragma once

#include "recordsfilter.h"

#include "async/requestscope.h"
#include "domain/isoutc.h"
#include "exchange/exchangeclient.h"
#include "exchange/exchangeerror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <optional>

namespace loandesk {

// Base of the exchange-records tables: one page of a paged records endpoint, fetched with the
// credit key's client and paged exactly as the exchange pages it (`current` from 1, `size` up
// to 100, `total` rows). A failed fetch keeps the last good page on show, marked stale, with
// the error as a value; replies to superseded requests are dropped. GUI thread.
class PagedRecordsModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedRecordsModel)

public:
    static constexpr int MaxPageSize = 100;

    void setClient(ExchangeClient *client);
    ExchangeClient *client() const { return m_client; }
    void setFilter(const RecordsFilter &filter) { m_filter = filter; }
    const RecordsFilter &filter() const { return m_filter; }
    void setPageSize(int size); // clamped to 1..100
    int pageSize() const { return m_pageSize; }

    // Fetches page `page` (1-based) of the current filter; false when no client is set.
    bool fetchPage(int page);
    bool reload() { return fetchPage(m_hasPage ? m_page : 1); }
    bool nextPage() { return m_page < pageCount() && fetchPage(m_page + 1); }
    bool previousPage() { return m_page > 1 && fetchPage(m_page - 1); }

    bool hasPage() const { return m_hasPage; }
    int currentPage() const { return m_page; } // of the rows on show
    qint64 total() const { return m_total; }
    int pageCount() const; // at least 1, for the page size of the rows on show
    bool isLoading() const { return m_loading; }
    // The rows on show are from an earlier fetch: the latest one failed.
    bool isStale() const { return m_hasPage && m_error.isError(); }
    const ExchangeError &lastError() const { return m_error; }
    QDateTime fetchedAt() const { return m_fetchedAt; }

    int columnCount(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // RFC 4180 CSV of the page on show: a header of field names, exact amounts, ISO 8601 UTC
    // times.
    virtual QByteArray toCsv() const = 0;
    // A model of the same kind and kind-specific settings (e.g. borrows or repays), no rows.
    virtual PagedRecordsModel *cloneEmpty(QObject *parent) const = 0;

Q_SIGNALS:
    // Loading started or ended, a page arrived, or a fetch failed.
    void stateChanged();

protected:
    explicit PagedRecordsModel(QObject *parent = nullptr);

    // Sends the request for one page; the reply goes to deliver(). The returned request is
    // cancelled when a newer one is made or the client changes.
    virtual Pending send(ExchangeClient *client, int page, int size) = 0;
    // Drops the rows (inside a model reset the base class runs).
    virtual void clearRecords() = 0;
    virtual int recordCount() const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString text(int row, int column) const = 0;
    // The exact value behind an amount cell (DecimalRole), or nothing for other cells.
    virtual std::optional<Decimal> amount(int row, int column) const;
    virtual QString toolTip(int row, int column) const;

    // Takes a reply (never a superseded one: that was cancelled); an error keeps the rows on
    // show; otherwise `apply(page)` replaces the rows inside a model reset.
    template <typename T, typename Apply>
    void deliver(int page, const Result<Page<T>> &result, Apply apply) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        beginResetModel();
        apply(result.value());
        endResetModel();
        loaded(page, result.value().total);
    }

    static QString timeText(qint64 ms);
    // One CSV line; `freeText` columns are guarded against a leading '-' too.
    static QByteArray csvLine(const QStringList &fields, const QList<int> &freeText = {});

private:
    void fail(const ExchangeError &error);
    void loaded(int page, qint64 total);

    QPointer<ExchangeClient> m_client;
    RecordsFilter m_filter;
    int m_pageSize = 10;
    int m_requestedPageSize = 10; // of the latest request
    int m_shownPageSize = 10;     // of the rows on show
    int m_page = 1;
    qint64 m_total = 0;
    bool m_hasPage = false;
    bool m_loading = false;
    ExchangeError m_error;
    QDateTime m_fetchedAt;
    RequestScope m_fetch;
};

} // namespace loandesk
