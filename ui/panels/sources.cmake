# Dashboard panels: widgets that present the models and domain values, nothing more.
target_sources(loandesk_ui PRIVATE
    panels/bandpilldelegate.cpp panels/bandpilldelegate.h
    panels/bandswatch.cpp panels/bandswatch.h
    panels/collateralassetspanel.cpp panels/collateralassetspanel.h
    panels/collateralpanel.cpp panels/collateralpanel.h
    panels/dashboardwidget.cpp panels/dashboardwidget.h
    panels/distancepanel.cpp panels/distancepanel.h
    panels/feedbanner.cpp panels/feedbanner.h
    panels/keyfigurespanel.cpp panels/keyfigurespanel.h
    panels/ltvgaugewidget.cpp panels/ltvgaugewidget.h
    panels/numericheaderview.cpp panels/numericheaderview.h
    panels/panelframe.cpp panels/panelframe.h
    panels/stalenessstyler.cpp panels/stalenessstyler.h
    panels/statusbarwidgets.cpp panels/statusbarwidgets.h
    panels/unitlistpanel.cpp panels/unitlistpanel.h
)
