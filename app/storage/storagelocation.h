#pragma once

#include <QString>

#include <optional>

namespace loandesk {

// Where history lives: a local SQLite file, or a team PostgreSQL database given by a libpq
// style connection string ("host=db.example port=5432 dbname=loandesk user=desk") or URI
// ("postgresql://desk@db.example:5432/loandesk").
struct StorageLocation {
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL: host name or unix socket directory
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; // remaining libpq keywords, passed as connect options

    static StorageLocation sqlite(const QString &path);
    // A file path, or a PostgreSQL connection string/URI; nullopt with `error` when malformed.
    static std::optional<StorageLocation> parse(const QString &text, QString *error = nullptr);
    // For status lines and logs: never contains the password.
    QString displayName() const;
};

} // namespace loandesk
