# What every widget folder may use: theme, table and band styles, error wording, snapshot
# rendering and the translation catalogues. Includes nothing from the other ui folders.
target_sources(loandesk_ui PRIVATE
    common/apptheme.cpp common/apptheme.h
    common/bandstyle.cpp common/bandstyle.h
    common/historyplot.cpp common/historyplot.h
    common/elidedlabel.cpp common/elidedlabel.h
    common/selectablelabel.cpp common/selectablelabel.h
    common/errortext.cpp common/errortext.h
    common/exactcopy.cpp common/exactcopy.h
    common/numberdelegate.cpp common/numberdelegate.h
    common/snapshotheader.cpp common/snapshotheader.h
    common/snapshotrenderer.cpp common/snapshotrenderer.h
    common/tablestyle.cpp common/tablestyle.h
    common/triggertext.cpp common/triggertext.h
    common/collateralstrip.cpp common/collateralstrip.h
    common/translations.cpp common/translations.h
)
