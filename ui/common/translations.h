#pragma once

#include <QList>
#include <QString>

class QLocale;
class QObject;
class QTranslator;

namespace loandesk {

// Qt's and LoanDesk's message catalogues. Used at start-up (the interface's language) and by
// reports written in a language of their own (report/ReportLanguage).
class Translations {
public:
    // Installs the catalogues for `language` (e.g. "zh_CN"; empty: the system locale) and makes
    // it the default locale; Qt's own strings follow the same choice.
    static void install(const QString &language = {});
    // The catalogues for `locale`, loaded but not installed; none for English, the source
    // language.
    static QList<QTranslator *> load(const QLocale &locale, QObject *parent);
};

} // namespace loandesk
