#pragma once

#include "storagelocation.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace loandesk {

// The history schema's versions and the ordered steps between them, for SQLite (version in
// PRAGMA user_version) and PostgreSQL (version in table loandesk_schema). A step is applied in
// one transaction with its version bump, so a killed upgrade leaves the previous version intact.
// Never edit a released step: append a new one.
class Migrations {
public:
    using Backend = StorageLocation::Backend;

    static int latestVersion();
    // 0 for an empty database; nullopt with `error` when the version cannot be read.
    static std::optional<int> currentVersion(QSqlDatabase &db, Backend backend,
                                             QString *error = nullptr);
    // Applies every step after the current version up to `target` (callers pass
    // latestVersion(); tests pass older versions to build an old database).
    static bool upgrade(QSqlDatabase &db, Backend backend, int target, QString *error = nullptr);
    // The SQL of the step that produces `version` (1-based).
    static QStringList step(int version, Backend backend);
};

} // namespace loandesk
