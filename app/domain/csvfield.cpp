#include "csvfield.h"

namespace loandesk {

QByteArray CsvField::encode(const QString &text, bool freeText) {
    QByteArray utf8 = text.toUtf8();
    // A cell starting like a formula would run in a spreadsheet: prefix it with '. Free text
    // (names, exchange messages) is guarded against a leading '-' too; other fields keep it,
    // so negative amounts stay numbers.
    const QByteArray triggers = freeText ? QByteArray("=+-@") : QByteArray("=+@");
    if (!utf8.isEmpty() && triggers.contains(utf8.front()))
        utf8.prepend('\'');
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace loandesk
