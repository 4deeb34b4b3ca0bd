#include "keyreporttext.h"

#include "common/errortext.h"

#include <QCoreApplication>

namespace loandesk {

namespace {

struct KeyReportText {
    Q_DECLARE_TR_FUNCTIONS(KeyReportText)
};

QString unitList(const QList<qint64> &ids) {
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString keyReportText(const KeyReport &r) {
    if (r.error)
        return KeyReportText::tr("This key cannot read the risk units: %1")
            .arg(errorText(*r.error));
    QString text;
    const QList<qint64> missing = r.unitsWithoutCreditKey();
    if (r.isParentKey) {
        text = KeyReportText::tr("This parent key sees %n risk unit(s)", nullptr,
                                 int(r.visibleUnits.size()));
        if (r.visibleUnits.isEmpty())
            text += KeyReportText::tr("; check that it belongs to the parent account.");
        else if (missing.isEmpty())
            text +=
                KeyReportText::tr("; every unit has its credit key, so borrowing and repaying are "
                                  "possible.");
        else if (missing.size() == r.visibleUnits.size())
            text += KeyReportText::tr("; borrowing needs the credit key.");
        else
            text += KeyReportText::tr("; borrowing in unit(s) %1 needs the credit key.")
                        .arg(unitList(missing));
    } else if (r.visibleUnits.size() == 1) {
        text = KeyReportText::tr("This credit key sees only its own risk unit %1.")
                   .arg(r.visibleUnits.constFirst());
    } else {
        text = KeyReportText::tr("This key sees %n risk unit(s) but is not a parent key.", nullptr,
                                 int(r.visibleUnits.size()));
    }
    for (auto it = r.creditKeyErrors.cbegin(); it != r.creditKeyErrors.cend(); ++it)
        text += u' ' + KeyReportText::tr("The credit key for unit %1 was refused: %2")
                           .arg(it.key())
                           .arg(errorText(it.value()));
    return text;
}

} // namespace loandesk
