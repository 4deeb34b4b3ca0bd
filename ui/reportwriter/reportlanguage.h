#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace loandesk {

// Renders a report in a language other than the interface's: while in scope, tr() and the
// default locale follow `language` ("en", "zh_CN"); on leaving, the interface's translators and
// locale are back. Reports are built synchronously on the GUI thread, so nothing else can see
// the switch. An empty language, or the interface's own, changes nothing.
class ReportLanguage {
    Q_DISABLE_COPY_MOVE(ReportLanguage)

public:
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();

    bool isSwitched() const { return m_switched; }

private:
    bool m_switched = false;
    QLocale m_previousLocale;
    QList<QTranslator *> m_previous;
    QList<QTranslator *> m_installed;
};

} // namespace loandesk
