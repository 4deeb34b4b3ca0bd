#pragma once

#include "exchange/exchangeerror.h"

#include <QByteArray>
#include <QObject>

namespace loandesk {

class PagedRecordsModel;

// Reads every page of a records table's current filter, 100 rows a request (the exchange's
// maximum), and hands back one CSV with a single header. The view's own model is left alone:
// the pages are read through a copy. Records are served newest first, so one arriving between
// two pages would shift the rest by a row: when the total changes the export starts again
// (at most three times). GUI thread.
class RecordsCsvExporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsCsvExporter)

public:
    enum class Outcome { Done, Failed, KeptChanging };

    explicit RecordsCsvExporter(QObject *parent = nullptr);

    // False when `source` has no client. Replaces an export in progress.
    bool start(const PagedRecordsModel &source);
    bool isRunning() const { return m_model != nullptr; }

Q_SIGNALS:
    // Before each page is read: 1-based, and the page count as far as known (0 at first).
    void progressed(int page, int pageCount);
    // `csv` is set for Done; `error` for Failed.
    void finished(loandesk::RecordsCsvExporter::Outcome outcome, const QByteArray &csv,
                  const loandesk::ExchangeError &error);

private:
    void restart();
    void onStateChanged();
    void finish(Outcome outcome, const ExchangeError &error = {});

    PagedRecordsModel *m_model = nullptr;
    QByteArray m_csv;
    qint64 m_total = -1;
    int m_attempt = 0;
    int m_requested = 0;
};

} // namespace loandesk
