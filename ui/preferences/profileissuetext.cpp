#include "profileissuetext.h"

#include <QCoreApplication>

namespace loandesk {

// In the dialog's context: these texts were written there, and their translations stay valid.
QString profileIssueText(Profile::Issue issue) {
    switch (issue) {
    case Profile::Issue::None:
        return {};
    case Profile::Issue::EmptyName:
        return QCoreApplication::translate("loandesk::SettingsDialog", "Give the profile a name.");
    case Profile::Issue::BadUrl:
        return QCoreApplication::translate(
            "loandesk::SettingsDialog",
            "The URL must start with https:// (plain http only to this computer).");
    case Profile::Issue::NoKey:
        return QCoreApplication::translate("loandesk::SettingsDialog",
                                           "Enter the parent API key or at least one credit key.");
    case Profile::Issue::BadBands:
        return QCoreApplication::translate("loandesk::SettingsDialog",
                                           "Each unit's bands must be positive and increasing.");
    case Profile::Issue::BadProxy:
        return QCoreApplication::translate("loandesk::SettingsDialog",
                                           "A proxy needs a host and a port.");
    case Profile::Issue::BadPollInterval:
        return QCoreApplication::translate("loandesk::SettingsDialog",
                                           "The polling interval is out of range.");
    case Profile::Issue::BadLimits:
        return QCoreApplication::translate(
            "loandesk::SettingsDialog",
            "The borrow/repay amounts under Limits must be positive with at most 8 "
            "decimal places.");
    }
    return {};
}

} // namespace loandesk
