#include "errortext.h"

#include <QCoreApplication>

namespace loandesk {

namespace {

// A class scope gives lupdate a translation context for the tr() calls below.
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString codeText(const ExchangeError &e);
    static QString kindText(const ExchangeError &e);
};

// Known exchange codes first: they say more than the Kind they were classified under.
QString ErrorText::codeText(const ExchangeError &e) {
    switch (e.code) {
    case -1021:
        return tr("This computer's clock and the exchange's disagree; the request fell outside "
                  "the receive window (-1021). LoanDesk resynchronises its clock and retries.");
    case -1022:
        return tr("The API secret does not match this key (-1022).");
    case -2014:
        return tr("The API key is not in a valid format (-2014).");
    case -2015:
        return tr("The key is invalid, not allowed from this IP, or lacks permission (-2015).");
    case -1002:
        return tr("This key is not authorised for this request (-1002).");
    case -27009:
        return tr("The amount exceeds the maximum this risk unit may borrow (-27009).");
    case -27020:
        return tr("Borrowing is blocked: the LTV would exceed the initial LTV threshold (-27020).");
    case -27011:
        return tr("There is no liability to repay in this risk unit (-27011).");
    case -27024:
    case -1024:
        return tr("The risk unit is being liquidated; try again later (%1).").arg(e.code);
    case -27025:
        return tr("A previous transaction is still being processed; try again shortly (-27025).");
    case -27031:
        return tr("Borrowing and transfers are blocked for 2 minutes after a collateral account "
                  "is added (-27031).");
    default:
        return {};
    }
}

QString ErrorText::kindText(const ExchangeError &e) {
    const bool noDetail = e.message.trimmed().isEmpty();
    switch (e.kind) {
    case ExchangeError::Kind::None:
        return {};
    case ExchangeError::Kind::Network:
        return noDetail ? tr("Cannot reach the exchange.")
                        : tr("Cannot reach the exchange (%1).").arg(e.message);
    case ExchangeError::Kind::Timeout:
        return tr("The exchange did not answer in time.");
    case ExchangeError::Kind::Tls:
        return noDetail ? tr("The secure connection to the exchange failed.")
                        : tr("The secure connection to the exchange failed (%1).").arg(e.message);
    case ExchangeError::Kind::Redirect:
        return tr("The exchange answered with a redirect (HTTP %1); signed requests never follow "
                  "redirects. Check the base URL.")
            .arg(e.httpStatus);
    case ExchangeError::Kind::Auth:
        return tr("The exchange rejected the API key (%1): %2").arg(e.code).arg(e.message);
    case ExchangeError::Kind::Signature:
        return tr("The API secret does not match this key.");
    case ExchangeError::Kind::Clock:
        return tr("This computer's clock and the exchange's disagree; the request fell outside "
                  "the receive window.");
    case ExchangeError::Kind::RateLimited:
        return tr("Rate limit reached (HTTP 429).");
    case ExchangeError::Kind::Banned:
        return tr("The exchange has temporarily banned this IP address for sending too many "
                  "requests (HTTP 418).");
    case ExchangeError::Kind::Server:
        if (e.code != 0)
            return tr("The exchange reported an internal error (%1).").arg(e.code);
        return tr("The exchange reported a server error (HTTP %1).").arg(e.httpStatus);
    case ExchangeError::Kind::Parse:
        return noDetail ? tr("The exchange sent a reply LoanDesk cannot read.")
                        : tr("The exchange sent a reply LoanDesk cannot read (%1).").arg(e.message);
    case ExchangeError::Kind::Business:
        return tr("Exchange error %1: %2").arg(e.code).arg(e.message);
    case ExchangeError::Kind::Http:
        return tr("The exchange answered with HTTP status %1.").arg(e.httpStatus);
    }
    return tr("Exchange error %1: %2").arg(e.code).arg(e.message);
}

} // namespace

QString errorText(const ExchangeError &error) {
    if (const QString known = ErrorText::codeText(error); !known.isEmpty())
        return known;
    return ErrorText::kindText(error);
}

} // namespace loandesk
