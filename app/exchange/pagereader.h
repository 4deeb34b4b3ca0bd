#pragma once

#include "jsonreader.h"
#include "result.h"

#include "domain/page.h"

namespace loandesk {

// Reads the paged listings ({"total": N, "rows": [...]}) shared by the records endpoints.
// `total` may be a number or a string (interest-history documents STRING); an empty listing
// may come without `rows`, and a missing `total` falls back to the row count.
template <typename T, typename RowReader>
Result<Page<T>> readPage(const QJsonValue &json, const QString &root, RowReader readRow) {
    QString error;
    const JsonReader top(json, root, &error);
    Page<T> page;
    const std::optional<qint64> total = top.optionalInteger(u"total");
    if (top.has(u"rows")) {
        const QList<JsonReader> rows = top.array(u"rows");
        page.rows.reserve(rows.size());
        for (const JsonReader &row : rows)
            page.rows.append(readRow(row));
    } else if (total.value_or(0) > 0) {
        top.fail(u"rows", QStringLiteral("missing"));
    }
    page.total = total.value_or(page.rows.size());
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return page;
}

} // namespace loandesk
