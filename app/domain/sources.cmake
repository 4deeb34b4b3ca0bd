target_sources(loandesk_core PRIVATE
    domain/decimal.cpp domain/decimal.h
    domain/csvfield.cpp domain/csvfield.h
    domain/isoutc.cpp domain/isoutc.h
    domain/wallet.cpp domain/wallet.h
    domain/wallettypename.cpp domain/wallettypename.h
    domain/collateralaccount.cpp domain/collateralaccount.h
    domain/liability.h
    domain/riskunit.cpp domain/riskunit.h
    domain/ltvbands.cpp domain/ltvbands.h
    domain/ltvmath.cpp domain/ltvmath.h
)
target_sources(loandesk_core PRIVATE
    domain/activeunit.h domain/borrowrepayrecord.h domain/interestrecord.h
    domain/liquidationrecord.h domain/liquidationtransferrecord.h domain/page.h
)
