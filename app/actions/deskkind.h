#pragma once

namespace loandesk {

// A real desk (a profile, or keys from the environment) or demo mode. Demo mode keeps its
// journal and history in files of its own (AuditLog::demoPath(), HistoryStore::demoPath()), so
// nothing it does shows in a real desk's Activity, audit CSV or history, and a real desk's open
// actions are never checked against the simulator.
enum class DeskKind { Real, Demo };

} // namespace loandesk
