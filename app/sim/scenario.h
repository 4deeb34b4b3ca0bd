#pragma once

#include "assetconfig.h"
#include "unitstate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loandesk::sim {

// The starting point of a simulation: the parent account and its key, the market and every
// risk unit with its members, holdings and liabilities. Loaded from JSON (format in
// app/sim/SCENARIOS.md); the built-in scenarios are embedded as Qt resources.
struct Scenario {
    QString name;
    QString description;
    QString parentEmail;
    QString parentApiKey;
    QByteArray parentSecret;
    QByteArray parentEd25519PublicKey; // optional: the parent key is an Ed25519 key
    qint64 tickMs = 2000;
    QList<AssetConfig> assets;
    QList<UnitState> units;

    // `nameOrPath` is a built-in name ("calm", "stressed") or a path to a JSON file.
    static std::optional<Scenario> load(const QString &nameOrPath, QString *error = nullptr);
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error = nullptr);
    static QStringList builtinNames();

    const AssetConfig *asset(const QString &name) const;
};

} // namespace loandesk::sim
