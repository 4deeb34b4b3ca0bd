target_sources(loandesk_core PRIVATE
    models/modelroles.h
    models/displayformat.cpp models/displayformat.h
    models/riskunitlistmodel.cpp models/riskunitlistmodel.h
    models/collateraltreemodel.cpp models/collateraltreemodel.h
    models/keyfiguresmodel.cpp models/keyfiguresmodel.h
)
