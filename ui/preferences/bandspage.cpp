#include "bandspage.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loandesk {

namespace {

std::optional<LtvBands> rowBands(const QTableWidget *t, int row) {
    LtvBands b;
    Decimal *fields[] = {&b.warning, &b.initial, &b.marginCall, &b.liquidation};
    for (int c = 1; c <= 4; ++c) {
        const QTableWidgetItem *item = t->item(row, c);
        const auto d = item ? Decimal::fromString(item->text().trimmed()) : std::nullopt;
        if (!d)
            return std::nullopt;
        *fields[c - 1] = *d;
    }
    return b.isValid() ? std::optional(b) : std::nullopt;
}

} // namespace

BandsPage::BandsPage(QWidget *parent)
    : ProfilePage({Profile::Issue::BadBands}, parent)
    , m_table(new QTableWidget(0, 5, this)) {
    setObjectName(QStringLiteral("bandsPage"));
    m_table->setObjectName(QStringLiteral("bandsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Risk unit"), tr("Warning"), tr("Initial"), tr("Margin call"), tr("Liquidation")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *intro = new QLabel(tr("The exchange publishes no thresholds: enter the ones in each "
                                "unit's credit agreement. Units not listed use 0.75 / 0.80 / "
                                "0.90 / 1.00."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add unit"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    add->setObjectName(QStringLiteral("addBandsButton"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(0, LtvBands{}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void BandsPage::addRow(qint64 groupId, const LtvBands &b) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0,
                     new QTableWidgetItem(groupId > 0 ? QString::number(groupId) : QString()));
    const Decimal values[] = {b.warning, b.initial, b.marginCall, b.liquidation};
    for (int c = 0; c < 4; ++c)
        m_table->setItem(row, c + 1, new QTableWidgetItem(values[c].toString()));
}

void BandsPage::load(const SettingsService::Values &edited, int profile) {
    m_shown = profile;
    ProfilePage::load(edited, profile);
}

QString BandsPage::validate(const SettingsService::Values &edited, int profile) const {
    if (profile == m_shown) {
        if (const QStringList bad = invalidRows(); !bad.isEmpty())
            return QCoreApplication::translate("loandesk::SettingsDialog",
                                               "Bands are not valid for %1.")
                .arg(bad.join(QStringLiteral(", ")));
    }
    return ProfilePage::validate(edited, profile);
}

void BandsPage::loadProfile(const Profile &profile) {
    m_table->setRowCount(0);
    for (auto it = profile.bands.cbegin(); it != profile.bands.cend(); ++it)
        addRow(it.key(), it.value());
}

void BandsPage::applyProfile(Profile &profile) const {
    profile.bands.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 groupId =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().toLongLong() : 0;
        if (const auto b = rowBands(m_table, row); b && groupId > 0)
            profile.bands.insert(groupId, *b);
    }
}

QStringList BandsPage::invalidRows() const {
    QStringList bad;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        if (id.toLongLong() <= 0 || !rowBands(m_table, row))
            bad.append(id.isEmpty() ? tr("row %1").arg(row + 1) : tr("unit %1").arg(id));
    }
    return bad;
}

} // namespace loandesk
