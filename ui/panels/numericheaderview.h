#pragma once

#include <QHeaderView>
#include <QSet>

namespace loandesk {

// A horizontal header whose numeric columns have right-aligned titles, over right-aligned
// numbers, as in any ledger. The models give no header alignment, so the view decides.
class NumericHeaderView final : public QHeaderView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumericHeaderView)

public:
    NumericHeaderView(const QSet<int> &numericSections, QWidget *parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;

private:
    QSet<int> m_numeric;
};

} // namespace loandesk
