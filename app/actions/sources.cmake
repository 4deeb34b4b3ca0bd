# Borrow and repay: the audit journal, the service that submits once and reconciles, the gate.
target_sources(loandesk_core PRIVATE
    actions/actiongate.cpp actions/actiongate.h
    actions/actionorder.cpp actions/actionorder.h
    actions/actionreconciler.cpp actions/actionreconciler.h
    actions/actionresult.h
    actions/amountinwords.cpp actions/amountinwords.h
    actions/auditentry.cpp actions/auditentry.h
    actions/auditfields.cpp actions/auditfields.h
    actions/auditlog.cpp actions/auditlog.h
    actions/auditlogmodel.cpp actions/auditlogmodel.h
    actions/auditverification.h
    actions/borrowrepayservice.cpp actions/borrowrepayservice.h
    actions/deskkind.h
    actions/foureyescheck.cpp actions/foureyescheck.h
    actions/openaction.h
    actions/liabilityevidence.cpp actions/liabilityevidence.h
    actions/recordmatch.cpp actions/recordmatch.h
    actions/recordssweep.cpp actions/recordssweep.h
    actions/journalanchor.cpp actions/journalanchor.h
    actions/oslogin.cpp actions/oslogin.h
    actions/pinattemptlog.cpp actions/pinattemptlog.h
)
