#include "storagelocation.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace loandesk {

StorageLocation StorageLocation::sqlite(const QString &path) {
    StorageLocation l;
    l.path = path;
    return l;
}

std::optional<StorageLocation> StorageLocation::parse(const QString &text, QString *error) {
    const QString t = text.trimmed();
    auto fail = [error](const QString &why) -> std::optional<StorageLocation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(QStringLiteral("empty location"));
    StorageLocation l;
    if (t.startsWith(QLatin1String("postgres://")) ||
        t.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(t);
        if (!url.isValid())
            return fail(QStringLiteral("malformed PostgreSQL URI"));
        l.backend = Backend::Postgres;
        l.host = url.host();
        l.port = url.port(5432);
        l.database = url.path().mid(1);
        l.user = url.userName();
        l.password = url.password();
        const QUrlQuery query(url);
        QStringList opts;
        for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded)) {
            if (k == QLatin1String("host"))
                l.host = v; // libpq's way to give a socket directory in a URI
            else
                opts << k + u'=' + v;
        }
        l.options = opts.join(u';');
        return l;
    }
    if (!t.contains(u'=')) {
        l.path = t;
        return l;
    }
    // libpq keyword form; values with spaces are not supported (no quoting needed so far).
    l.backend = Backend::Postgres;
    QStringList opts;
    for (const QString &pair : t.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("expected key=value, got \"%1\"").arg(pair));
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            l.host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok)
                return fail(QStringLiteral("bad port \"%1\"").arg(value));
        } else if (key == QLatin1String("dbname"))
            l.database = value;
        else if (key == QLatin1String("user"))
            l.user = value;
        else if (key == QLatin1String("password"))
            l.password = value;
        else
            opts << pair;
    }
    l.options = opts.join(u';');
    return l;
}

QString StorageLocation::displayName() const {
    if (backend == Backend::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace loandesk
