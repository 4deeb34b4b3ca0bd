#include "alerttext.h"

#include "models/displayformat.h"

#include <QCoreApplication>

namespace loandesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
};
} // namespace

QString AlertText::level(const Alert &a) {
    switch (a.kind) {
    case Alert::Kind::LtvWarning:
        return Tr::tr("Warning");
    case Alert::Kind::MarginCall:
        return Tr::tr("Margin call");
    case Alert::Kind::LiquidationImminent:
        return Tr::tr("Liquidation imminent");
    case Alert::Kind::LtvEscalation:
        return Tr::tr("LTV still rising");
    case Alert::Kind::FeedDown:
        return Tr::tr("No data");
    case Alert::Kind::Paused:
        return Tr::tr("Polling paused");
    case Alert::Kind::LtvDisagreement:
        return Tr::tr("LTV mismatch");
    case Alert::Kind::ForcedLiquidation:
        return Tr::tr("Forced liquidation");
    }
    return {};
}

QString AlertText::title(const Alert &a) {
    if (a.groupId == 0)
        return Tr::tr("LoanDesk: %1").arg(level(a));
    return Tr::tr("Risk unit %1: %2").arg(a.groupId).arg(level(a));
}

QString AlertText::body(const Alert &a) {
    const QString at = DisplayFormat::dateTime(a.raisedAt);
    const QString value = DisplayFormat::ltv(a.value);
    const QString threshold = a.threshold.isValid() ? DisplayFormat::ltv(a.threshold) : QString();
    switch (a.kind) {
    case Alert::Kind::LtvWarning:
    case Alert::Kind::MarginCall:
    case Alert::Kind::LiquidationImminent:
        if (!a.value)
            return Tr::tr("Risk unit %1 has no equity above maintenance margin (LTV undefined) "
                          "at %2.")
                .arg(a.groupId)
                .arg(at);
        return Tr::tr("Risk unit %1: LTV %2 reached the %3 level (%4) at %5.")
            .arg(a.groupId)
            .arg(value, level(a).toLower(), threshold, at);
    case Alert::Kind::LtvEscalation:
        return Tr::tr("Risk unit %1: LTV keeps rising above margin call (%2): now %3 at %4.")
            .arg(a.groupId)
            .arg(threshold, value, at);
    case Alert::Kind::FeedDown:
        return Tr::tr("LoanDesk has received no fresh data for several minutes (%1); the figures "
                      "on screen are old. Checked at %2.")
            .arg(a.detail, at);
    case Alert::Kind::Paused:
        return Tr::tr("The exchange paused LoanDesk's requests (%1). Noted at %2.")
            .arg(a.detail, at);
    case Alert::Kind::LtvDisagreement:
        return Tr::tr("Risk unit %1: the exchange reports LTV %2 but its own figures give %3 "
                      "(%4).")
            .arg(a.groupId)
            .arg(threshold, value, at);
    case Alert::Kind::ForcedLiquidation:
        if (!a.value)
            return Tr::tr("Risk unit %1: a new forced liquidation was recorded at %2.")
                .arg(a.groupId)
                .arg(at);
        return Tr::tr("Risk unit %1: the exchange recorded a new forced liquidation, which started "
                      "at LTV %2. Noticed at %3.")
            .arg(a.groupId)
            .arg(value, at);
    }
    return {};
}

} // namespace loandesk
