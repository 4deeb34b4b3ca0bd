#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace loandesk {

namespace {

constexpr qsizetype SnippetRadius = 16;

bool isHtml(const QByteArray &trimmed) {
    if (!trimmed.startsWith('<'))
        return false;
    const QByteArray head = trimmed.left(512).toLower();
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head") ||
           head.contains("<body") || head.contains("<title");
}

QString htmlTitle(const QByteArray &body) {
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{1,120})</title>"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

// What a bracket-and-string scan of a body shows that QJsonDocument's error position does not:
// whether every bracket opened was closed (a body cut off mid-transfer leaves some open), and
// where a comma stands right before a closing bracket (`[1,2,]`, which Qt reports only at the
// end of the body), and where a raw control character sits inside a string (binary garbage,
// which Qt may report as an unterminated string, i.e. as if cut off). Brackets inside strings
// are skipped.
struct BracketScan {
    bool allClosed = false;
    qsizetype trailingComma = -1;
    qsizetype controlChar = -1;
};

BracketScan scanBrackets(const QByteArray &body) {
    BracketScan scan;
    int depth = 0;
    bool inString = false;
    qsizetype lastComma = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            else if (static_cast<unsigned char>(c) < 0x20 && scan.controlChar < 0)
                scan.controlChar = i;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if ((c == '}' || c == ']') && lastComma >= 0 && scan.trailingComma < 0)
            scan.trailingComma = lastComma;
        lastComma = c == ',' ? i : -1;
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    scan.allClosed = !inString && depth <= 0;
    return scan;
}

} // namespace

QString JsonBody::Decoded::describe(int httpStatus) const {
    QString text = problem.isEmpty() ? QStringLiteral("empty body") : problem;
    if (httpStatus != 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

QString JsonBody::snippet(const QByteArray &body, qsizetype around) {
    const qsizetype from = std::max<qsizetype>(0, around - SnippetRadius);
    QByteArray part = body.mid(from, 2 * SnippetRadius);
    for (char &c : part) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    }
    return QString::fromUtf8(part);
}

JsonBody::Decoded JsonBody::describeParseFailure(const QByteArray &body, int offset, int error,
                                                 const QString &errorString) {
    Decoded d;
    const qsizetype size = body.size();
    // The body was cut off if the parser failed inside the last, unfinished token: nothing
    // structural follows the error position (e.g. `{"a":tru`, `[{"groupId":1,`), and some
    // bracket is still open.
    const BracketScan scan = scanBrackets(body);
    bool atEnd = error != QJsonParseError::GarbageAtEnd && !scan.allClosed && scan.controlChar < 0;
    for (qsizetype i = offset; atEnd && i < size; ++i) {
        if (QByteArrayView(",:]}{[\"").contains(body.at(i)))
            atEnd = false;
    }
    if (atEnd) {
        d.problem = QStringLiteral("truncated JSON");
        d.detail = QStringLiteral("cut off at byte %1 (%2)").arg(size).arg(errorString);
    } else if (scan.controlChar >= 0) {
        d.problem = QStringLiteral("malformed JSON");
        d.detail =
            QStringLiteral("control character 0x%1 inside a string at byte %2 of %3 near `%4`")
                .arg(int(static_cast<unsigned char>(body.at(scan.controlChar))), 2, 16,
                     QLatin1Char('0'))
                .arg(scan.controlChar)
                .arg(size)
                .arg(snippet(body, scan.controlChar));
    } else if (scan.trailingComma >= 0) {
        d.problem = QStringLiteral("malformed JSON");
        d.detail = QStringLiteral("trailing comma at byte %1 of %2 near `%3`")
                       .arg(scan.trailingComma)
                       .arg(size)
                       .arg(snippet(body, scan.trailingComma));
    } else {
        d.problem = QStringLiteral("malformed JSON");
        d.detail = QStringLiteral("%1 at byte %2 of %3 near `%4`")
                       .arg(errorString)
                       .arg(offset)
                       .arg(size)
                       .arg(snippet(body, offset));
    }
    return d;
}

JsonBody::Decoded JsonBody::decode(const QByteArray &body) {
    const QByteArray trimmed = body.trimmed();
    Decoded d;
    if (trimmed.isEmpty())
        return d;
    if (isHtml(trimmed)) {
        d.problem = QStringLiteral("HTML page instead of JSON");
        const QString title = htmlTitle(trimmed);
        if (!title.isEmpty())
            d.detail = QStringLiteral("\"%1\"").arg(title);
        return d;
    }
    const char first = trimmed.front();
    QJsonParseError error;
    if (first == '{' || first == '[') {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return describeParseFailure(trimmed, error.offset, error.error, error.errorString());
        d.value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return d;
    }
    // QJsonDocument only takes objects and arrays at the top level; wrap a scalar (`null`,
    // `"…"`, a number) in an array to read it.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']', &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        d.value = doc.array().at(0);
        return d;
    }
    d.problem = QStringLiteral("not JSON");
    d.detail = QStringLiteral("starts with `%1`").arg(snippet(trimmed, 0));
    return d;
}

Result<QJsonValue> JsonBody::toResult(const QByteArray &body) {
    const Decoded d = decode(body);
    if (!d.ok())
        return ExchangeError::make(ExchangeError::Kind::Parse, d.describe());
    return d.value;
}

} // namespace loandesk
