#include "alertspage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loandesk {

namespace {

QDoubleSpinBox *ratioSpin(QWidget *parent, const char *name) {
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setDecimals(3);
    spin->setRange(0, 0.5);
    spin->setSingleStep(0.005);
    return spin;
}

Decimal toDecimal(const QDoubleSpinBox *spin) {
    // The spin box shows three places; the decimal keeps exactly those.
    return Decimal::fromString(QString::number(spin->value(), 'f', 3)).value_or(Decimal());
}

} // namespace

AlertsPage::AlertsPage(QWidget *parent)
    : ProfilePage({}, parent)
    , m_hysteresis(ratioSpin(this, "hysteresisSpin"))
    , m_imminent(ratioSpin(this, "imminentSpin"))
    , m_escalation(ratioSpin(this, "escalationSpin"))
    , m_cooldown(new QSpinBox(this))
    , m_deadMan(new QSpinBox(this))
    , m_disagreement(new QCheckBox(tr("Alert when the exchange's LTV and LoanDesk's differ"), this))
    , m_command(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_mute(new QCheckBox(tr("Mute sounds (critical alerts always sound)"), this)) {
    setObjectName(QStringLiteral("alertsPage"));
    m_cooldown->setRange(0, 3600);
    m_cooldown->setSuffix(tr(" s"));
    m_deadMan->setRange(1, 120);
    m_deadMan->setSuffix(tr(" min"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_command->setObjectName(QStringLiteral("commandHookEdit"));
    m_mute->setObjectName(QStringLiteral("muteCheck"));
    m_command->setPlaceholderText(tr("e.g. /usr/local/bin/page-oncall --desk treasury"));
    auto *form = new QFormLayout;
    form->addRow(tr("Re-arm &below trigger by:"), m_hysteresis);
    form->addRow(tr("Liquidation &imminent at liquidation −"), m_imminent);
    form->addRow(tr("Above margin call, alert every further &rise of"), m_escalation);
    form->addRow(tr("&Cooldown per level:"), m_cooldown);
    form->addRow(tr("Alert when no data for:"), m_deadMan);
    form->addRow(QString(), m_disagreement);
    form->addRow(tr("Run &command:"), m_command);
    form->addRow(tr("Stop the command after:"), m_timeout);
    form->addRow(QString(), m_mute);
    auto *note = new QLabel(tr("The command receives each alert as one JSON object on its "
                               "standard input. Sounds: one bell for notices, two for warnings, "
                               "three for critical alerts (the system bell)."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

void AlertsPage::loadProfile(const Profile &profile) {
    const AlertSettings &a = profile.alerts;
    m_hysteresis->setValue(a.hysteresis.toDouble());
    m_imminent->setValue(a.imminentMargin.toDouble());
    m_escalation->setValue(a.escalationStep.toDouble());
    m_cooldown->setValue(a.cooldownSeconds);
    m_deadMan->setValue(a.deadManMinutes);
    m_disagreement->setChecked(a.alertOnDisagreement);
    QStringList command = a.commandArguments;
    if (!a.commandHook.isEmpty())
        command.prepend(a.commandHook);
    // The inverse of QProcess::splitCommand: quote what contains spaces or quotes.
    for (QString &part : command) {
        if (part.contains(u' ') || part.contains(u'"') || part.isEmpty())
            part =
                u'"' + QString(part).replace(QStringLiteral("\""), QStringLiteral("\"\"\"")) + u'"';
    }
    m_command->setText(command.join(u' '));
    m_timeout->setValue(a.commandTimeoutMs / 1000);
}

void AlertsPage::applyProfile(Profile &profile) const {
    AlertSettings &a = profile.alerts;
    a.hysteresis = toDecimal(m_hysteresis);
    a.imminentMargin = toDecimal(m_imminent);
    a.escalationStep = toDecimal(m_escalation);
    a.cooldownSeconds = m_cooldown->value();
    a.deadManMinutes = m_deadMan->value();
    a.alertOnDisagreement = m_disagreement->isChecked();
    QStringList command = QProcess::splitCommand(m_command->text());
    a.commandHook = command.isEmpty() ? QString() : command.takeFirst();
    a.commandArguments = command;
    a.commandTimeoutMs = m_timeout->value() * 1000;
}

void AlertsPage::load(const SettingsService::Values &edited, int profile) {
    ProfilePage::load(edited, profile);
    m_mute->setChecked(edited.app.muteSounds);
}

void AlertsPage::apply(SettingsService::Values &edited, int profile) const {
    ProfilePage::apply(edited, profile);
    edited.app.muteSounds = m_mute->isChecked();
}

} // namespace loandesk
