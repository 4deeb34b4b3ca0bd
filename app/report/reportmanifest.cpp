#include "reportmanifest.h"

#include "domain/isoutc.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loandesk {

void ReportManifest::add(const QString &fileName, const QByteArray &content) {
    m_entries.append({fileName,
                      QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
                      content.size()});
}

QByteArray ReportManifest::toJson(const QDateTime &generatedAt, const QDateTime &dataAsOf) const {
    QJsonArray files;
    for (const Entry &e : m_entries) {
        files.append(QJsonObject{{QStringLiteral("file"), e.file},
                                 {QStringLiteral("sha256"), QString::fromLatin1(e.sha256Hex)},
                                 {QStringLiteral("bytes"), e.bytes}});
    }
    QJsonObject root{{QStringLiteral("generator"), QStringLiteral("LoanDesk " LOANDESK_VERSION)},
                     {QStringLiteral("generatedAt"), isoUtc(generatedAt)},
                     {QStringLiteral("dataAsOf"), isoUtc(dataAsOf)},
                     {QStringLiteral("files"), files}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ReportManifest::verify(const QString &manifestPath, QString *error) {
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return {};
    }
    const QDir dir = QFileInfo(manifestPath).dir();
    QStringList bad;
    for (const QJsonValue &v : doc.object().value(u"files").toArray()) {
        const QString name = v[u"file"].toString();
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) ||
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() !=
                v[u"sha256"].toString().toLatin1())
            bad << name;
    }
    return bad;
}

} // namespace loandesk
