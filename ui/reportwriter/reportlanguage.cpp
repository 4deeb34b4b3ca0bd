#include "reportlanguage.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace loandesk {

namespace {

bool sameLanguage(const QLocale &a, const QLocale &b) {
    return a.language() == b.language();
}

} // namespace

ReportLanguage::ReportLanguage(const QString &language) {
    if (language.isEmpty())
        return;
    const QLocale target(language);
    m_previousLocale = QLocale();
    if (sameLanguage(target, m_previousLocale))
        return;
    m_switched = true;
    // The interface's translators are qApp's children (see Translations::install).
    m_previous = QCoreApplication::instance()->findChildren<QTranslator *>(
        QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : std::as_const(m_previous))
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(target);
    // Not qApp's children: they must not look like the interface's.
    m_installed = Translations::load(target, nullptr);
    for (QTranslator *t : std::as_const(m_installed))
        QCoreApplication::installTranslator(t);
}

ReportLanguage::~ReportLanguage() {
    if (!m_switched)
        return;
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(m_previousLocale);
    for (QTranslator *t : std::as_const(m_previous))
        QCoreApplication::installTranslator(t);
}

} // namespace loandesk
