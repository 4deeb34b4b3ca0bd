target_sources(loandesk_core PRIVATE
    collateral/collateraltier.h
    collateral/tieredratio.h
    collateral/collateralratios.h
    collateral/walletholdings.h
    collateral/assetline.h
    collateral/walletcomposition.h
    collateral/unitcomposition.h
    collateral/compositionbuilder.h
    collateral/stressresult.h
    collateral/pricetrigger.h
    collateral/stressengine.h
    collateral/collateralview.h
)
