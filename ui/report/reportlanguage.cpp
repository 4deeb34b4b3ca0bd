#include "reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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
    // The interface's translators are qApp's children (see Launcher::installTranslations).
    m_previous = QCoreApplication::instance()->findChildren<QTranslator *>(
        QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : std::as_const(m_previous))
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(target);
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("loandesk"), QStringLiteral(":/i18n")}};
    for (const auto &[name, dir] : catalogues) {
        auto *t = new QTranslator; // not qApp's child: it must not look like the interface's
        if (t->load(target, name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(t);
            m_installed << t;
        } else {
            delete t; // English needs none: the source strings are English
        }
    }
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
