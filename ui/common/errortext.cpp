#include "errortext.h"

#include <QCoreApplication>

namespace loandesk {

namespace {

// A class scope gives lupdate a translation context for the tr() calls below.
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString codeText(const ExchangeError &e);
    static QString loanCodeText(const ExchangeError &e);
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
        return loanCodeText(e);
    }
}

// The rest of the institutional-loan codes (API doc 4.1). Where the exchange's message carries
// the figures (limits, amounts), it is added after the words.
QString ErrorText::loanCodeText(const ExchangeError &e) {
    const auto withDetail = [&e](const QString &text) {
        return e.message.trimmed().isEmpty() ? text
                                             : tr("%1 The exchange says: %2").arg(text, e.message);
    };
    switch (e.code) {
    case -1025:
        return tr("The risk unit has pending transactions and trading is suspended; try again "
                  "later (-1025).");
    case -27000:
        return withDetail(tr("The exchange rejected the request as invalid (-27000)."));
    case -27001:
        return tr("The risk unit was not found (-27001).");
    case -27002:
        return withDetail(
            tr("The risk unit already has the most collateral accounts allowed (-27002)."));
    case -27003:
        return tr("The account is already linked to another risk unit (-27003).");
    case -27004:
        return tr("A collateral account must be a sub-account under the same parent "
                  "account (-27004).");
    case -27005:
        return tr("The account must open a margin account first (-27005).");
    case -27006:
        return tr("The credit account must be a Portfolio Margin or Cross Margin "
                  "account (-27006).");
    case -27007:
        return tr("A collateral account cannot also be the credit account (-27007).");
    case -27008:
        return withDetail(tr("The new collateral account's net equity must be at least its "
                             "maintenance margin (-27008)."));
    case -27010:
        return tr("The credit account was not found in this risk unit (-27010).");
    case -27012:
        return withDetail(tr("There is not enough available margin for this borrow (-27012)."));
    case -27013:
        return tr("This collateral account type is not supported (-27013).");
    case -27014:
        return withDetail(tr("The exchange's lending account does not hold enough of this asset "
                             "to lend right now; try a smaller amount or later (-27014)."));
    case -27015:
        return withDetail(tr("The balance of this asset is not enough for the request (-27015)."));
    case -27016:
        return tr("The amount has more decimal places than the exchange allows for this "
                  "asset (-27016).");
    case -27017:
        return tr("This asset cannot be borrowed; choose a supported loan asset such as USDT or "
                  "USDC (-27017).");
    case -27018:
        return withDetail(tr("The risk unit cannot be closed before its liability is fully "
                             "repaid (-27018)."));
    case -27019:
        return tr("The account is not in this risk unit, so it cannot be removed (-27019).");
    case -27021:
        return tr("The credit account that receives the loan cannot be removed from the risk "
                  "unit (-27021).");
    case -27022:
        return tr("A risk unit needs one credit account and at least one ordinary collateral "
                  "account (-27022).");
    case -27023:
        return tr("The exchange could not complete the borrow; try again, or contact the "
                  "Binance Margin team if it keeps failing (-27023).");
    case -27026:
        return tr("The receiving account is not in this risk unit (-27026).");
    case -27027:
        return tr("The receiving account's margin wallet is not enabled (-27027).");
    case -27028:
        return withDetail(tr("The amount exceeds the most that may be transferred out of this "
                             "risk unit (-27028)."));
    case -27029:
        return tr("Collateral accounts may only transfer to the margin wallets of other "
                  "collateral accounts in the same risk unit (-27029).");
    case -27030:
        return tr("Managed sub-accounts cannot be added through the API (-27030).");
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
