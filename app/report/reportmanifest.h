#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace loandesk {

// manifest.json written beside each scheduled report: every file's SHA-256, so a report sent
// to a risk committee can later be shown to be unaltered.
class ReportManifest {
public:
    struct Entry {
        QString file; // name relative to the manifest's folder
        QByteArray sha256Hex;
        qint64 bytes = 0;
    };

    void add(const QString &fileName, const QByteArray &content);
    QByteArray toJson(const QDateTime &generatedAt, const QDateTime &dataAsOf) const;
    const QList<Entry> &entries() const { return m_entries; }

    // Re-hashes the files listed in `manifestPath`; returns the names that differ or are
    // missing (empty when the report is intact), or nullopt-like error in `error`.
    static QStringList verify(const QString &manifestPath, QString *error);

private:
    QList<Entry> m_entries;
};

} // namespace loandesk
