#include "historyevent.h"

namespace loandesk {

namespace {
struct KindName {
    HistoryEvent::Kind kind;
    const char16_t *key;
};
constexpr KindName Names[] = {
    {HistoryEvent::Kind::BandCrossing, u"band"},
    {HistoryEvent::Kind::Gap, u"gap"},
    {HistoryEvent::Kind::ClockBackwards, u"clock_backwards"},
    {HistoryEvent::Kind::Borrow, u"borrow"},
    {HistoryEvent::Kind::Repay, u"repay"},
    {HistoryEvent::Kind::Liquidation, u"liquidation"},
};
} // namespace

QString HistoryEvent::kindKey(Kind kind) {
    for (const KindName &n : Names) {
        if (n.kind == kind)
            return QString::fromUtf16(n.key);
    }
    return {};
}

std::optional<HistoryEvent::Kind> HistoryEvent::kindFromKey(const QString &key) {
    for (const KindName &n : Names) {
        if (key == QStringView(n.key))
            return n.kind;
    }
    return std::nullopt;
}

} // namespace loandesk
