#include "collateralsnapshot.h"

#include "monitor/collateralstate.h"
#include "monitor/monitorstate.h"

#include "models/collateraltreemodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loandesk {

CollateralSnapshot CollateralSnapshot::from(const MonitorState &state,
                                            const CollateralState *collateral) {
    CollateralSnapshot c;
    if (!collateral)
        return c;
    for (qint64 id : state.groupIds()) {
        if (std::optional<CollateralView> v = collateral->view(id))
            c.views.insert(id, *v);
    }
    return c;
}

const CollateralView *CollateralSnapshot::view(qint64 groupId) const {
    const auto it = views.constFind(groupId);
    return it == views.cend() ? nullptr : &*it;
}

QString CollateralSnapshot::reason(qint64 groupId, bool maskEmails) const {
    QString why;
    if (const CollateralView *v = view(groupId))
        why = v->composition.coverage == UnitComposition::Coverage::Complete
                  ? QString()
                  : v->composition.reason;
    else
        why = unavailableReason.isEmpty()
                  ? QCoreApplication::translate("loandesk::CollateralSnapshot",
                                                "the composition was not read")
                  : unavailableReason;
    return maskEmails ? maskEmailsIn(why) : why;
}

QString CollateralSnapshot::maskEmailsIn(const QString &text) {
    static const QRegularExpression email(QStringLiteral("[^\\s@:;,()<>\"']+@[^\\s@:;,()<>\"']+"));
    QString out;
    qsizetype from = 0;
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += CollateralTreeModel::maskEmail(m.captured());
        from = m.capturedEnd();
    }
    return out + QStringView(text).mid(from);
}

} // namespace loandesk
