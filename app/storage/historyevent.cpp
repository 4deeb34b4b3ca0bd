#include "historyevent.h"

#include <QStringList>

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
    {HistoryEvent::Kind::ForceRepay, u"force_repay"},
    {HistoryEvent::Kind::Interest, u"interest"},
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

QString HistoryEvent::makeDetail(const QList<std::pair<QString, QString>> &fields) {
    QStringList parts;
    for (const auto &[key, value] : fields)
        parts << key + u'=' + value;
    return parts.join(u';');
}

QHash<QString, QString> HistoryEvent::detailFields() const {
    QHash<QString, QString> out;
    for (const QStringView part : QStringView(detail).split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            out.insert(part.left(eq).toString(), part.mid(eq + 1).toString());
    }
    return out;
}

} // namespace loandesk
