target_sources(loandesk_core PRIVATE
    exchange/apicredentials.h
    exchange/exchangeerror.cpp exchange/exchangeerror.h
    exchange/result.h
    exchange/httpresponse.h
    exchange/requestsigner.cpp exchange/requestsigner.h
    exchange/ed25519signer.cpp exchange/ed25519signer.h
    exchange/serverclock.cpp exchange/serverclock.h
    exchange/weighttracker.cpp exchange/weighttracker.h
    exchange/retryafter.cpp exchange/retryafter.h
    exchange/jsonbody.cpp exchange/jsonbody.h
    exchange/responseclassifier.cpp exchange/responseclassifier.h
    exchange/httprequest.h
    exchange/httpresponseparser.cpp exchange/httpresponseparser.h
    exchange/httpconnection.cpp exchange/httpconnection.h
    exchange/httpexchange.cpp exchange/httpexchange.h
    exchange/httptransport.cpp exchange/httptransport.h
    exchange/exchangeclient.cpp exchange/exchangeclient.h exchange/exchangeclient_p.h
    exchange/exchangeclientendpoints.cpp
)
# One parser per endpoint response, on a shared field reader.
target_sources(loandesk_core PRIVATE
    exchange/jsonreader.cpp exchange/jsonreader.h exchange/pagereader.h
    exchange/ltvdetailsparser.cpp exchange/ltvdetailsparser.h
    exchange/activeunitsparser.cpp exchange/activeunitsparser.h
    exchange/borrowresultparser.cpp exchange/borrowresultparser.h
    exchange/repayresultparser.cpp exchange/repayresultparser.h
    exchange/borrowrepayrecordsparser.cpp exchange/borrowrepayrecordsparser.h
    exchange/interesthistoryparser.cpp exchange/interesthistoryparser.h
    exchange/forceliquidationparser.cpp exchange/forceliquidationparser.h
    exchange/liquidationtransfersparser.cpp exchange/liquidationtransfersparser.h
    exchange/maxborrowableparser.cpp exchange/maxborrowableparser.h
    exchange/servertimeparser.cpp exchange/servertimeparser.h
)
# Per-asset composition: raw balances, their parsers, and what each wallet holds and owes.
target_sources(loandesk_core PRIVATE
    exchange/spotbalance.h
    exchange/crossmarginasset.h exchange/crossmarginaccount.h
    exchange/portfoliobalance.h exchange/portfolioaccount.h
    exchange/subaccountassetsparser.cpp exchange/subaccountassetsparser.h
    exchange/crossmarginaccountparser.cpp exchange/crossmarginaccountparser.h
    exchange/portfoliobalanceparser.cpp exchange/portfoliobalanceparser.h
    exchange/portfolioaccountparser.cpp exchange/portfolioaccountparser.h
    exchange/tiertablereader.cpp exchange/tiertablereader.h
    exchange/crossmarginratioparser.cpp exchange/crossmarginratioparser.h
    exchange/portfoliocollateralrateparser.cpp exchange/portfoliocollateralrateparser.h
    exchange/tickerpriceparser.cpp exchange/tickerpriceparser.h
    exchange/holdingsreader.cpp exchange/holdingsreader.h
)
