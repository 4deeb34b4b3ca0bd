#pragma once

#include "actionlimits.h"
#include "alertsettings.h"
#include "proxysettings.h"

#include "domain/ltvbands.h"
#include "exchange/apicredentials.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace loandesk {

// One parent account on one exchange host, as the user configured it. Holds key *ids* only:
// the secrets live in a SecretStore, never here (this struct is written to disk as JSON).
struct Profile {
    enum class Issue {
        None,
        EmptyName,
        BadUrl,          // not a URL, or not https (plain http allowed only to loopback);
                         // also the Portfolio Margin URL
        NoKey,           // neither a parent key nor any credit key
        BadBands,        // a unit's bands are not positive and increasing
        BadProxy,        // explicit proxy without host or port
        BadPollInterval, // outside [MinPollMs, MaxPollMs]
        BadLimits,       // a borrow/repay threshold is negative or has over 8 places
    };

    static constexpr int MinPollMs = 2000;
    static constexpr int MaxPollMs = 10 * 60 * 1000;
    static constexpr int DefaultPollMs = 5000;

    QString name;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.binance.com"));
    QString parentKeyId; // the parent account's API key (not its secret)
    ApiCredentials::KeyKind keyKind = ApiCredentials::KeyKind::Hmac;
    QMap<qint64, QString> creditKeyIds; // groupId → the credit account's API key
    // Credit keys may be of a different kind than the parent key.
    QMap<qint64, ApiCredentials::KeyKind> creditKeyKinds;
    // Optional read-only keys of Portfolio Margin members (sub-account email → API key), of the
    // parent key's kind: the exchange shows a PM wallet's assets only to its own key, and
    // LoanDesk needs them for the collateral by asset. Where /papi is served.
    QMap<QString, QString> memberKeyIds;
    QUrl portfolioBaseUrl = QUrl(QStringLiteral("https://papi.binance.com"));
    // Read-only by default: borrowing and repaying stay disabled until the user confirms.
    bool readOnly = true;
    QMap<qint64, LtvBands> bands; // per unit; units not listed use the defaults
    int pollIntervalMs = DefaultPollMs;
    ProxySettings proxy;
    AlertSettings alerts;
    ActionLimits limits; // typing twice, four-eyes

    Issue validate() const; // the first of issues(), or None
    // Every issue, in the order of the enum: each settings page names the ones it edits.
    QList<Issue> issues() const;
    LtvBands bandsFor(qint64 groupId) const { return bands.value(groupId, LtvBands{}); }
    ApiCredentials::KeyKind creditKeyKind(qint64 groupId) const {
        return creditKeyKinds.value(groupId, keyKind);
    }

    // https anywhere; plain http only to 127.0.0.1, ::1 or localhost.
    static bool isAllowedBaseUrl(const QUrl &url);

    QJsonObject toJson() const;
    // Lenient per field (a missing field keeps its default); `error` names the first field that
    // was present but unusable.
    static Profile fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Profile &) const = default;
};

QString keyKindName(ApiCredentials::KeyKind kind); // "hmac" / "ed25519"

} // namespace loandesk
