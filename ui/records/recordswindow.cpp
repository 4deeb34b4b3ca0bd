#include "recordswindow.h"

#include "recordstab.h"

#include "common/errortext.h"

#include "models/borrowrepayrecordsmodel.h"
#include "models/displayformat.h"
#include "models/interesthistorymodel.h"
#include "models/liquidationrecordsmodel.h"
#include "models/liquidationtransfersmodel.h"
#include "models/recordscsvexporter.h"
#include "monitor/monitorsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace loandesk {

namespace {

// The exchange serves at most 100 days per request (API doc 2.8–2.11).
constexpr int MaxSpanDays = 100;

} // namespace

RecordsWindow *RecordsWindow::open(MonitorSession *session, qint64 groupId, QWidget *parent) {
    auto *window = new RecordsWindow(session, groupId, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->refresh();
    return window;
}

RecordsWindow::RecordsWindow(MonitorSession *session, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_tabWidget(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_exportAll(nullptr)
    , m_exporter(new RecordsCsvExporter(this))
    , m_borrowRepay(new BorrowRepayRecordsModel(this))
    , m_interest(new InterestHistoryModel(this))
    , m_liquidations(new LiquidationRecordsModel(this))
    , m_transfers(new LiquidationTransfersModel(this)) {
    setObjectName(QStringLiteral("recordsWindow"));
    m_filterChanged.setSingleShot(true);
    m_filterChanged.setInterval(300);
    connect(&m_filterChanged, &QTimer::timeout, this, &RecordsWindow::refresh);
    setWindowTitle(tr("Records — borrow/repay, interest, liquidations"));
    m_tabWidget->setObjectName(QStringLiteral("recordsTabs"));
    m_status->setObjectName(QStringLiteral("exportStatus"));

    const auto records = [](qint64 n) { return tr("%n record(s)", nullptr, int(n)); };
    m_tabs[BorrowRepay] = new RecordsTab(m_borrowRepay, records, buildBorrowRepayFilters(), this);
    m_tabs[Interest] = new RecordsTab(m_interest, records, nullptr, this);
    m_tabs[Liquidations] = new RecordsTab(m_liquidations, records, nullptr, this);
    m_tabs[Transfers] = new RecordsTab(
        m_transfers, [](qint64 n) { return tr("%n liquidation(s)", nullptr, int(n)); }, nullptr,
        this);
    m_tabWidget->addTab(m_tabs[BorrowRepay], tr("&Borrow / repay"));
    m_tabWidget->addTab(m_tabs[Interest], tr("&Interest"));
    m_tabWidget->addTab(m_tabs[Liquidations], tr("&Liquidations"));
    m_tabWidget->addTab(m_tabs[Transfers], tr("Liquidation &transfers"));
    for (int i = 0; i < TabCount; ++i) {
        m_tabs[i]->setObjectName(QStringLiteral("recordsTab%1").arg(i));
        connect(m_tabs[i], &RecordsTab::pageRequested, this, &RecordsWindow::fetchCurrent);
    }
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < TabCount && m_dirty[index])
            fetchCurrent(1);
    });

    const QList<qint64> units = session->creditGroupIds();
    for (qint64 id : units)
        m_unit->addItem(QString::number(id), id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(groupId)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_exportAll = buttons->addButton(tr("Export &all pages…"), QDialogButtonBox::ActionRole);
    m_exportAll->setObjectName(QStringLiteral("exportAllCsvButton"));
    m_exportAll->setAccessibleName(tr("Export every page of this tab as CSV"));
    m_exportAll->setToolTip(
        tr("Reads every page of this tab's range from the exchange (100 rows a request) and "
           "writes them to one CSV file."));
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setAccessibleName(tr("Refresh the records"));
    exportButton->setAccessibleName(tr("Export the page on show as CSV"));
    exportButton->setToolTip(tr("Exports the rows on show (this page of this tab)."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &RecordsWindow::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseExportFile();
        if (!path.isEmpty() && !exportCsv(path))
            m_status->setText(tr("Could not write %1.").arg(path));
    });
    connect(m_exportAll, &QPushButton::clicked, this, [this] {
        if (const QString path = chooseExportFile(); !path.isEmpty())
            exportAllCsv(path);
    });
    connect(m_exporter, &RecordsCsvExporter::progressed, this, [this](int page, int pages) {
        m_status->setText(pages > 0 ? tr("Exporting: reading page %1 of %2…").arg(page).arg(pages)
                                    : tr("Exporting: reading page %1…").arg(page));
    });
    connect(m_exporter, &RecordsCsvExporter::finished, this,
            [this](RecordsCsvExporter::Outcome outcome, const QByteArray &csv,
                   const ExchangeError &error) {
                writeAll(int(outcome), csv,
                         outcome == RecordsCsvExporter::Outcome::Failed ? errorText(error)
                                                                        : QString());
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_tabWidget, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1150, 560);

    if (units.isEmpty()) {
        for (RecordsTab *t : m_tabs)
            t->setBlockedReason(tr("Records need the credit account's API key of a risk unit; "
                                   "this profile has none. Add one in Settings → Profile."));
        exportButton->setEnabled(false);
        m_exportAll->setEnabled(false);
        refreshButton->setEnabled(false);
    }
}

QWidget *RecordsWindow::buildFilterBar() {
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &label, QWidget *field, const char *name,
                         const QString &accessible) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(field);
        field->setObjectName(QString::fromLatin1(name));
        field->setAccessibleName(accessible);
        row->addWidget(l);
        row->addWidget(field);
    };
    // The last 7 days by default: what the exchange answers when asked for no range.
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(DisplayFormat::timeZone()).date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    for (int size : {10, 25, 50, PagedRecordsModel::MaxPageSize})
        m_pageSize->addItem(QString::number(size), size);

    add(tr("Risk &unit:"), m_unit, "unitCombo", tr("Risk unit"));
    add(tr("&From:"), m_from, "fromDateEdit", tr("From date"));
    add(tr("T&o:"), m_to, "toDateEdit", tr("To date"));
    add(tr("Rows per pa&ge:"), m_pageSize, "pageSizeCombo", tr("Rows per page"));
    row->addWidget(new QLabel(
        tr("(dates in %1)")
            .arg(DisplayFormat::zone() == DisplayFormat::Zone::Utc ? tr("UTC") : tr("local time")),
        bar));
    row->addStretch(1);

    connect(m_unit, &QComboBox::currentIndexChanged, &m_filterChanged, qOverload<>(&QTimer::start));
    connect(m_pageSize, &QComboBox::currentIndexChanged, &m_filterChanged,
            qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, &m_filterChanged, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, &m_filterChanged, qOverload<>(&QTimer::start));
    return bar;
}

QWidget *RecordsWindow::buildBorrowRepayFilters() {
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("borrowRepayKind"));
    m_kind->setAccessibleName(tr("Borrows or repays"));
    // The exchange lists one kind at a time; repays include the forced ones of a liquidation.
    m_kind->addItem(tr("Borrows"), false);
    m_kind->addItem(tr("Repays (normal and forced)"), true);
    m_asset = new QComboBox(bar);
    m_asset->setObjectName(QStringLiteral("assetCombo"));
    m_asset->setAccessibleName(tr("Asset"));
    m_asset->addItem(tr("All assets"), QString());
    for (const char *asset : {"USDT", "USDC"})
        m_asset->addItem(QString::fromLatin1(asset), QString::fromLatin1(asset));
    auto *kindLabel = new QLabel(tr("&Show:"), bar);
    kindLabel->setBuddy(m_kind);
    auto *assetLabel = new QLabel(tr("&Asset:"), bar);
    assetLabel->setBuddy(m_asset);
    auto *note = new QLabel(tr("The exchange looks back at most 7 days before the end date, or "
                               "30 days when one asset is chosen."),
                            bar);
    note->setObjectName(QStringLiteral("lookbackNote"));
    note->setWordWrap(true);
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addWidget(assetLabel);
    row->addWidget(m_asset);
    row->addWidget(note, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, &m_filterChanged, qOverload<>(&QTimer::start));
    connect(m_asset, &QComboBox::currentIndexChanged, &m_filterChanged,
            qOverload<>(&QTimer::start));
    return bar;
}

RecordsTab *RecordsWindow::currentTab() const {
    return qobject_cast<RecordsTab *>(m_tabWidget->currentWidget());
}

void RecordsWindow::setCurrentTab(Tab which) {
    m_tabWidget->setCurrentWidget(m_tabs.at(which));
}

void RecordsWindow::refresh() {
    m_filterChanged.stop();
    if (m_unit->count() == 0)
        return;
    const qint64 group = m_unit->currentData().toLongLong();
    ExchangeClient *client = m_session->creditClient(group);
    const QTimeZone zone = DisplayFormat::timeZone();
    RecordsFilter filter;
    filter.groupId = group;
    filter.startTimeMs = QDateTime(m_from->date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    filter.endTimeMs =
        QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch() - 1;

    QString blocked;
    if (m_from->date() > m_to->date())
        blocked = tr("The start date is after the end date.");
    else if (m_from->date().daysTo(m_to->date()) + 1 > MaxSpanDays)
        blocked = tr("The exchange serves at most %1 days at a time; choose a shorter range.")
                      .arg(MaxSpanDays);
    m_borrowRepay->setRepays(m_kind->currentData().toBool());

    for (int i = 0; i < TabCount; ++i) {
        PagedRecordsModel *model = m_tabs[i]->model();
        model->setClient(client);
        RecordsFilter f = filter;
        if (i == BorrowRepay)
            f.asset = m_asset->currentData().toString();
        else if (i == Transfers)
            f.groupId.reset(); // the endpoint knows only the key's own unit
        model->setFilter(f);
        model->setPageSize(m_pageSize->currentData().toInt());
        m_tabs[i]->setBlockedReason(blocked);
        m_dirty[i] = true;
    }
    if (blocked.isEmpty())
        fetchCurrent(1);
}

void RecordsWindow::fetchCurrent(int page) {
    const int index = m_tabWidget->currentIndex();
    if (index < 0 || index >= TabCount || m_tabs[index]->isBlocked())
        return;
    if (m_tabs[index]->model()->fetchPage(page))
        m_dirty[index] = false;
}

QString RecordsWindow::chooseExportFile() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Export records"),
                                        dir + QStringLiteral("/loandesk-records.csv"),
                                        tr("CSV file (*.csv)"));
}

bool RecordsWindow::exportCsv(const QString &path) {
    const RecordsTab *tab = currentTab();
    if (!tab)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tab->model()->toCsv()) < 0 || !file.commit())
        return false;
    m_status->setText(tr("Exported %n row(s) to %1.", nullptr, tab->model()->rowCount()).arg(path));
    return true;
}

bool RecordsWindow::exportAllCsv(const QString &path) {
    const RecordsTab *tab = currentTab();
    if (!tab || !m_exporter->start(*tab->model()))
        return false;
    m_exportPath = path;
    m_exportAll->setEnabled(false);
    return true;
}

void RecordsWindow::writeAll(int outcome, const QByteArray &csv, const QString &errorWords) {
    m_exportAll->setEnabled(true);
    bool written = false;
    switch (RecordsCsvExporter::Outcome(outcome)) {
    case RecordsCsvExporter::Outcome::Done: {
        QSaveFile file(m_exportPath);
        written = file.open(QIODevice::WriteOnly) && file.write(csv) >= 0 && file.commit();
        const int rows = int(csv.count('\n')) - 1; // every line ends in CRLF; one is the header
        m_status->setText(written ? tr("Exported %n row(s) to %1.", nullptr, rows).arg(m_exportPath)
                                  : tr("Could not write %1.").arg(m_exportPath));
        break;
    }
    case RecordsCsvExporter::Outcome::Failed:
        m_status->setText(tr("Export failed; nothing was written: %1").arg(errorWords));
        break;
    case RecordsCsvExporter::Outcome::KeptChanging:
        m_status->setText(tr("New records kept arriving while the pages were read; nothing was "
                             "written. Try again."));
        break;
    }
    Q_EMIT exportFinished(written);
}

} // namespace loandesk
