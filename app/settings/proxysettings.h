#pragma once

#include <QJsonObject>
#include <QNetworkProxy>
#include <QString>

namespace loandesk {

// How one profile reaches the exchange: the system's proxy configuration (default), no proxy,
// or an explicit HTTP or SOCKS5 proxy. Host and port only: a proxy password would be a secret.
struct ProxySettings {
    enum class Mode { System, None, Http, Socks5 };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;

    bool isValid() const; // an explicit proxy needs a host and a port
    // The proxy for a QNetworkAccessManager; DefaultProxy defers to the system configuration.
    QNetworkProxy toNetworkProxy() const;

    QJsonObject toJson() const;
    static ProxySettings fromJson(const QJsonObject &json);
    static QString modeKey(Mode mode);

    bool operator==(const ProxySettings &) const = default;
};

} // namespace loandesk
