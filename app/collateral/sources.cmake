target_sources(loandesk_core PRIVATE
    collateral/collateraltier.h
    collateral/tieredratio.cpp collateral/tieredratio.h
    collateral/collateralratios.cpp collateral/collateralratios.h
    collateral/walletholdings.h
    collateral/assetline.h
    collateral/walletcomposition.h
    collateral/unitcomposition.cpp collateral/unitcomposition.h
    collateral/compositionbuilder.cpp collateral/compositionbuilder.h
    collateral/stressresult.h
    collateral/pricetrigger.cpp collateral/pricetrigger.h
    collateral/equitycurve.cpp collateral/equitycurve.h
    collateral/stressengine.cpp collateral/stressengine.h
    collateral/collateralview.h
)
