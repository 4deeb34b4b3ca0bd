#include "recordscsvexporter.h"

#include "pagedrecordsmodel.h"

namespace loandesk {

namespace {
constexpr int MaxAttempts = 3;
}

RecordsCsvExporter::RecordsCsvExporter(QObject *parent)
    : QObject(parent) {}

bool RecordsCsvExporter::start(const PagedRecordsModel &source) {
    if (!source.client())
        return false;
    delete m_model;
    m_model = source.cloneEmpty(this);
    m_model->setClient(source.client());
    m_model->setFilter(source.filter());
    m_model->setPageSize(PagedRecordsModel::MaxPageSize);
    connect(m_model, &PagedRecordsModel::stateChanged, this, &RecordsCsvExporter::onStateChanged);
    m_attempt = 0;
    restart();
    return true;
}

void RecordsCsvExporter::restart() {
    ++m_attempt;
    m_csv.clear();
    m_total = -1;
    m_requested = 1;
    Q_EMIT progressed(1, 0);
    m_model->fetchPage(1);
}

void RecordsCsvExporter::onStateChanged() {
    if (!m_model || m_model->isLoading())
        return;
    if (m_model->lastError().isError()) {
        finish(Outcome::Failed, m_model->lastError());
        return;
    }
    if (!m_model->hasPage() || m_model->currentPage() != m_requested)
        return;
    if (m_total >= 0 && m_model->total() != m_total) {
        if (m_attempt >= MaxAttempts)
            finish(Outcome::KeptChanging);
        else
            restart();
        return;
    }
    m_total = m_model->total();
    QByteArray page = m_model->toCsv();
    if (!m_csv.isEmpty()) // one header for the whole file
        page.remove(0, page.indexOf('\n') + 1);
    m_csv += page;
    if (m_requested >= m_model->pageCount()) {
        finish(Outcome::Done);
        return;
    }
    ++m_requested;
    Q_EMIT progressed(m_requested, m_model->pageCount());
    m_model->fetchPage(m_requested);
}

void RecordsCsvExporter::finish(Outcome outcome, const ExchangeError &error) {
    PagedRecordsModel *model = m_model;
    m_model = nullptr;
    model->deleteLater();
    const QByteArray csv = outcome == Outcome::Done ? m_csv : QByteArray();
    m_csv.clear();
    Q_EMIT finished(outcome, csv, error);
}

} // namespace loandesk
