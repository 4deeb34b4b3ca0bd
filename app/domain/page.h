#pragma once

#include <QList>

namespace loandesk {

// One page of a paged exchange listing: `total` rows exist, `rows` holds this page.
template <typename T> struct Page {
    qint64 total = 0;
    QList<T> rows;
};

} // namespace loandesk
