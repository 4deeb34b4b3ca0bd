#include "appearancepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace loandesk {

AppearancePage::AppearancePage(QWidget *parent)
    : SettingsPage(parent)
    , m_zone(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reportLanguage(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_tray(new QCheckBox(tr("Show alerts as desktop notifications"), this)) {
    setObjectName(QStringLiteral("appearancePage"));
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_zone->addItem(tr("UTC"));
    m_zone->addItem(tr("Local time"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_reportLanguage->addItem(tr("Same as the interface"), QString());
    m_reportLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_reportLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItems({tr("System"), tr("Light"), tr("Dark")});
    auto *form = new QFormLayout;
    form->addRow(tr("&Times in:"), m_zone);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("PDF &reports in:"), m_reportLanguage);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(QString(), m_tray);
    auto *note = new QLabel(tr("A new language applies the next time LoanDesk starts; the theme "
                               "and time zone apply at once."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

void AppearancePage::load(const SettingsService::Values &edited, int) {
    const AppSettings &s = edited.app;
    m_zone->setCurrentIndex(s.timeZone == AppSettings::TimeZone::Local ? 1 : 0);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_reportLanguage->setCurrentIndex(qMax(0, m_reportLanguage->findData(s.reportLanguage)));
    m_theme->setCurrentIndex(int(s.theme));
    m_tray->setChecked(s.trayNotifications);
}

void AppearancePage::apply(SettingsService::Values &edited, int) const {
    AppSettings &s = edited.app;
    s.timeZone =
        m_zone->currentIndex() == 1 ? AppSettings::TimeZone::Local : AppSettings::TimeZone::Utc;
    s.language = m_language->currentData().toString();
    s.reportLanguage = m_reportLanguage->currentData().toString();
    s.theme = AppSettings::Theme(m_theme->currentIndex());
    s.trayNotifications = m_tray->isChecked();
}

} // namespace loandesk
