target_sources(loandesk_core PRIVATE
    models/modelroles.h
    models/displayformat.cpp models/displayformat.h
    models/displayzonenotifier.h
    models/riskunitlistmodel.cpp models/riskunitlistmodel.h
    models/collateraltreemodel.cpp models/collateraltreemodel.h
    models/keyfiguresmodel.cpp models/keyfiguresmodel.h
    models/recordsfilter.h
    models/pagedrecordsmodel.cpp models/pagedrecordsmodel.h
    models/recordcolumn.h
    models/recordstablemodel.h
    models/borrowrepayrecordsmodel.cpp models/borrowrepayrecordsmodel.h
    models/interesthistorymodel.cpp models/interesthistorymodel.h
    models/liquidationrecordsmodel.cpp models/liquidationrecordsmodel.h
    models/liquidationtransfersmodel.cpp models/liquidationtransfersmodel.h
    models/recordscsvexporter.cpp models/recordscsvexporter.h
    models/collateralassetsmodel.cpp models/collateralassetsmodel.h
    models/pricetriggertext.cpp models/pricetriggertext.h
    models/assetshockmodel.cpp models/assetshockmodel.h
)
