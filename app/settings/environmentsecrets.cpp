#include "environmentsecrets.h"

#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <cstring>
#include <unistd.h>

namespace loandesk {

namespace {

constexpr char ApiSecretVar[] = "LOANDESK_API_SECRET";
constexpr char HistoryVar[] = "LOANDESK_HISTORY_DB";

struct Taken {
    QMutex mutex;
    QByteArray apiSecret;
    QString historyFull;     // as given, password included
    QString historyStripped; // what the environment holds instead
};

Taken &taken() {
    static Taken t;
    return t;
}

// qunsetenv() only drops the entry from `environ`; its bytes stay in the block the kernel set up
// at exec, and /proc/PID/environ shows that block to every process of the same user (even where
// ptrace is restricted). So the value is overwritten in place before the entry is dropped.
void scrub(const char *name) {
    const std::size_t length = std::strlen(name);
    for (char **entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, name, length) == 0 && (*entry)[length] == '=') {
            char *value = *entry + length + 1;
            std::memset(value, 0, std::strlen(value));
        }
    }
    qunsetenv(name);
}

bool isUri(const QString &text) {
    return text.startsWith(QLatin1String("postgres://")) ||
           text.startsWith(QLatin1String("postgresql://"));
}

} // namespace

QString EnvironmentSecrets::withoutPassword(const QString &location) {
    const QString text = location.trimmed();
    if (isUri(text)) {
        QUrl url(text);
        QUrlQuery query(url);
        if (url.password().isEmpty() && !query.hasQueryItem(QStringLiteral("password")))
            return location;
        url.setPassword({});
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toString();
    }
    if (!text.contains(u'='))
        return location; // a file path
    QStringList kept;
    const QStringList pairs = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        if (!pair.startsWith(QLatin1String("password=")))
            kept << pair;
    }
    return kept.size() == pairs.size() ? location : kept.join(u' ');
}

void EnvironmentSecrets::take() {
    Taken &t = taken();
    const QMutexLocker lock(&t.mutex);
    if (qEnvironmentVariableIsSet(ApiSecretVar)) {
        t.apiSecret = qgetenv(ApiSecretVar);
        scrub(ApiSecretVar);
    }
    const QString history = qEnvironmentVariable(HistoryVar);
    const QString stripped = withoutPassword(history);
    if (stripped != history) {
        t.historyFull = history;
        t.historyStripped = stripped;
        scrub(HistoryVar);
        qputenv(HistoryVar, stripped.toUtf8());
    }
}

QByteArray EnvironmentSecrets::apiSecret() {
    take();
    Taken &t = taken();
    const QMutexLocker lock(&t.mutex);
    return t.apiSecret;
}

QString EnvironmentSecrets::historyDatabase() {
    take();
    const QString current = qEnvironmentVariable(HistoryVar);
    Taken &t = taken();
    const QMutexLocker lock(&t.mutex);
    // Set to something else since (tests do): the environment is the truth again.
    return !t.historyFull.isEmpty() && current == t.historyStripped ? t.historyFull : current;
}

QProcessEnvironment EnvironmentSecrets::environmentForRestart() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Taken &t = taken();
    const QMutexLocker lock(&t.mutex);
    if (!t.apiSecret.isEmpty())
        env.insert(QString::fromLatin1(ApiSecretVar), QString::fromUtf8(t.apiSecret));
    const QString history = QString::fromLatin1(HistoryVar);
    if (!t.historyFull.isEmpty() && env.value(history) == t.historyStripped)
        env.insert(history, t.historyFull);
    return env;
}

} // namespace loandesk
