#include "profileproxyfactory.h"

#include <QHostAddress>

namespace loandesk {

ProfileProxyFactory::ProfileProxyFactory(const QNetworkProxy &proxy)
    : m_proxy(proxy) {}

QList<QNetworkProxy> ProfileProxyFactory::queryProxy(const QNetworkProxyQuery &query) {
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {m_proxy};
}

bool ProfileProxyFactory::isLoopbackHost(const QString &host) {
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

} // namespace loandesk
