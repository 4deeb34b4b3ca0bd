#include "proxysettings.h"

namespace loandesk {

bool ProxySettings::isValid() const {
    if (mode == Mode::System || mode == Mode::None)
        return true;
    return !host.trimmed().isEmpty() && port != 0;
}

QNetworkProxy ProxySettings::toNetworkProxy() const {
    switch (mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host.trimmed(), port);
    case Mode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, host.trimmed(), port);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

QString ProxySettings::modeKey(Mode mode) {
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Http:
        return QStringLiteral("http");
    case Mode::Socks5:
        return QStringLiteral("socks5");
    }
    return QStringLiteral("system");
}

QJsonObject ProxySettings::toJson() const {
    QJsonObject o{{QStringLiteral("mode"), modeKey(mode)}};
    if (mode == Mode::Http || mode == Mode::Socks5) {
        o.insert(QStringLiteral("host"), host);
        o.insert(QStringLiteral("port"), int(port));
    }
    return o;
}

ProxySettings ProxySettings::fromJson(const QJsonObject &json) {
    ProxySettings p;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    for (Mode m : {Mode::System, Mode::None, Mode::Http, Mode::Socks5}) {
        if (mode == modeKey(m))
            p.mode = m;
    }
    p.host = json.value(QStringLiteral("host")).toString();
    const int port = json.value(QStringLiteral("port")).toInt();
    p.port = port > 0 && port < 65536 ? quint16(port) : 0;
    return p;
}

} // namespace loandesk
