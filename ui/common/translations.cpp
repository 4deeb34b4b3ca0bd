#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <utility>

namespace loandesk {

void Translations::install(const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    for (QTranslator *t : load(locale, QCoreApplication::instance()))
        QCoreApplication::installTranslator(t);
}

QList<QTranslator *> Translations::load(const QLocale &locale, QObject *parent) {
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("loandesk"), QStringLiteral(":/i18n")}};
    QList<QTranslator *> loaded;
    for (const auto &[name, dir] : catalogues) {
        auto *t = new QTranslator(parent);
        if (t->load(locale, name, QStringLiteral("_"), dir))
            loaded << t;
        else
            delete t;
    }
    return loaded;
}

} // namespace loandesk
