#pragma once

#include "settings/settingsservice.h"

#include <QWidget>

namespace loandesk {

// One page of the settings dialog. Every page works on the dialog's edited copy of the
// settings: load() shows it, validate() says what the user must fix before it can be saved,
// apply() writes the page's fields back into it. Nothing reaches the SettingsService until
// every page has validated.
class SettingsPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    using QWidget::QWidget;

    // Pages that edit one profile are loaded again when the selection changes and validated
    // for every profile; the others edit the application or the operators and ignore it.
    virtual bool editsProfile() const { return false; }
    // `profile` indexes edited.profiles; -1 when there is none selected.
    virtual void load(const SettingsService::Values &edited, int profile) = 0;
    // What is wrong, in words the user can act on; empty when the page is fine.
    virtual QString validate(const SettingsService::Values &edited, int profile) const;
    virtual void apply(SettingsService::Values &edited, int profile) const = 0;
};

} // namespace loandesk
