#pragma once

#include <QNetworkProxyFactory>

namespace loandesk {

// A profile's explicit proxy, for every host except this computer's own: a request to
// 127.0.0.0/8, ::1 or localhost (a local simulator, an SSH tunnel, a local relay) goes direct,
// because the proxy's loopback is not ours. Installed on a session's network access manager.
class ProfileProxyFactory final : public QNetworkProxyFactory {
public:
    explicit ProfileProxyFactory(const QNetworkProxy &proxy);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // 127.0.0.0/8, ::1 (also IPv4-mapped), "localhost" and names under it (RFC 6761), with or
    // without brackets or a trailing dot, in any case.
    static bool isLoopbackHost(const QString &host);

private:
    QNetworkProxy m_proxy;
};

} // namespace loandesk
