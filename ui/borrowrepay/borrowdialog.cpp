#include "borrowdialog.h"

#include "whatifpanel.h"

#include "common/errortext.h"

#include "actions/amountinwords.h"
#include "actions/borrowrepayservice.h"
#include "exchange/exchangeclient.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace loandesk {

BorrowDialog::BorrowDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent)
    : ActionDialog(service, groupId, AuditEntry::Action::Borrow, parent)
    , m_maxLabel(new QLabel(this))
    , m_words(new QLabel(this)) {
    setObjectName(QStringLiteral("borrowDialog"));
    setWindowTitle(tr("Borrow"));
    m_maxLabel->setObjectName(QStringLiteral("maxBorrowableLabel"));
    m_words->setObjectName(QStringLiteral("amountWordsLabel"));
    m_words->setWordWrap(true);
    for (QLineEdit *edit : {m_amount, m_repeat})
        edit->setPlaceholderText(tr("e.g. 250000.5"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_maxLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("Risk unit:"), m_unit);
    form->addRow(tr("Asset:"), m_asset);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(QString(), m_words);
    form->addRow(m_repeatLabel, m_repeat);
    setUpPages(form, tr("Borrowed funds land in the credit account's margin wallet."));

    connect(m_unit, &QComboBox::currentIndexChanged, this, &BorrowDialog::unitChanged);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &BorrowDialog::fetchMax);
    unitChanged();
}

void BorrowDialog::unitChanged() {
    const MonitorState *state = m_service->session()->state();
    if (const UnitStatus *status = state->unit(groupId()))
        showUnitInWhatIf(status->unit, state->bands(groupId()));
    fetchMax();
}

void BorrowDialog::fetchMax() {
    // Always fresh: the headroom moves with the market, so a figure from an earlier poll
    // could let an amount through that the exchange would refuse.
    m_max.reset();
    m_maxLabel->setText(tr("Max: fetching…"));
    MonitorSession *session = m_service->session();
    ExchangeClient *client = session->creditClient(groupId());
    if (!client)
        client = session->client();
    // Replacing the request cancels the one for the unit or asset chosen before.
    m_maxFetch = client->fetchMaxBorrowable(
        groupId(), asset(), this, [this](Result<std::optional<Decimal>> r) {
            if (!r.ok()) {
                m_maxLabel->setText(tr("Max: unavailable"));
                m_maxLabel->setToolTip(errorText(r.error()));
            } else if (r.value()) {
                m_max = *r.value();
                m_maxLabel->setText(
                    tr("Max: %1 %2").arg(DisplayFormat::quantity(*m_max, asset()), asset()));
                m_maxLabel->setToolTip(
                    tr("Max borrowable as of %1, from the exchange.")
                        .arg(DisplayFormat::time(QDateTime::currentDateTimeUtc())));
            } else {
                m_maxLabel->setText(tr("Max: none reported"));
            }
            validate();
            Q_EMIT maxBorrowableFetched();
        });
    validate();
}

void BorrowDialog::validate() {
    // Spelled out as it is typed: 100000 and 1000000 read very differently in words.
    const std::optional<Decimal> value = amount();
    m_words->setText(value ? AmountInWords::spellWithAsset(*value, asset()) : QString());
    ActionDialog::validate();
}

QStringList BorrowDialog::amountProblems(const Decimal &value) const {
    if (!m_max)
        return {tr("Waiting for the exchange's max borrowable amount.")};
    if (value > *m_max)
        return {tr("The amount exceeds the max borrowable %1 %2.")
                    .arg(DisplayFormat::quantity(*m_max, asset()), asset())};
    return {};
}

QString BorrowDialog::summary(const Decimal &value) const {
    return tr("Borrow %1 %2 for risk unit %3")
        .arg(DisplayFormat::exact(value), asset()) // what is sent, every digit
        .arg(groupId());
}

QString BorrowDialog::details() const {
    return tr("LTV %1 → %2. The request is sent once and never retried automatically.")
        .arg(DisplayFormat::ltv(m_whatIf->currentLtv()),
             DisplayFormat::ltv(m_whatIf->projectedLtv()));
}

} // namespace loandesk
