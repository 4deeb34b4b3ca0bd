target_sources(loandesk_core PRIVATE
    storage/historysample.cpp storage/historysample.h
    storage/historyevent.cpp storage/historyevent.h
    storage/historyseries.h
    storage/storagestatus.h
    storage/storagelocation.cpp storage/storagelocation.h
    storage/migrations.cpp storage/migrations.h
    storage/historyrollups.cpp storage/historyrollups.h
    storage/historydatabase.cpp storage/historydatabase.h
    storage/historywrites.cpp storage/historyqueries.cpp storage/historyupload.cpp
    storage/historymemberseries.h storage/historymemberqueries.cpp
    storage/historytriggersample.h storage/historytriggers.cpp
)
target_sources(loandesk_core PRIVATE
    storage/historyworker.cpp storage/historyworker.h
    storage/historystore.cpp storage/historystore.h
)
