#include "profileissuetext.h"

#include <QCoreApplication>

namespace loandesk {

namespace {

// The dialog's context: these texts were written there, and their translations stay valid.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SettingsDialog)
};

} // namespace

QString profileIssueText(Profile::Issue issue) {
    switch (issue) {
    case Profile::Issue::None:
        return {};
    case Profile::Issue::EmptyName:
        return Tr::tr("Give the profile a name.");
    case Profile::Issue::BadUrl:
        return Tr::tr("The URL must start with https:// (plain http only to this computer).");
    case Profile::Issue::NoKey:
        return Tr::tr("Enter the parent API key or at least one credit key.");
    case Profile::Issue::BadBands:
        return Tr::tr("Each unit's bands must be positive and increasing.");
    case Profile::Issue::BadProxy:
        return Tr::tr("A proxy needs a host and a port.");
    case Profile::Issue::BadPollInterval:
        return Tr::tr("The polling interval is out of range.");
    case Profile::Issue::BadLimits:
        return Tr::tr("The borrow/repay amounts under Limits must be positive with at most 8 "
                      "decimal places.");
    }
    return {};
}

} // namespace loandesk
