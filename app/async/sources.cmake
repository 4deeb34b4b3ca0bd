target_sources(loandesk_core PRIVATE
    async/completion.h
    async/pending.cpp async/pending.h async/pendingstate.h
    async/requestscope.cpp async/requestscope.h
)
