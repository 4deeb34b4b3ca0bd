#include "sessionsetup.h"

#include "settings/profileproxyfactory.h"

#include "exchange/httptransport.h"
#include "monitor/compositionpoller.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"

#include <QNetworkProxyFactory>

namespace loandesk {

void SessionSetup::useSystemProxy() {
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void SessionSetup::apply(const ResolvedProfile &resolved, MonitorSession *session) {
    const Profile &p = resolved.profile;
    // DefaultProxy (mode System) defers to the application-wide system configuration; an
    // explicit proxy is never used for this computer's own addresses.
    if (p.proxy.mode == ProxySettings::Mode::Http || p.proxy.mode == ProxySettings::Mode::Socks5)
        session->transport()->setProxyFactory(new ProfileProxyFactory(p.proxy.toNetworkProxy()));
    else
        session->transport()->setProxy(p.proxy.toNetworkProxy());
    for (auto it = resolved.credit.cbegin(); it != resolved.credit.cend(); ++it)
        session->setCreditCredentials(it.key(), it.value());
    session->composition()->setPortfolioBaseUrl(p.portfolioBaseUrl);
    session->composition()->setMemberCredentials(resolved.members);
    for (auto it = p.bands.cbegin(); it != p.bands.cend(); ++it)
        session->state()->setBands(it.key(), it.value());
    session->scheduler()->setLtvIntervalMs(p.pollIntervalMs);
    if (const std::optional<qint64> group = resolved.monitorGroup())
        session->scheduler()->setGroupFilter(group);
}

} // namespace loandesk
