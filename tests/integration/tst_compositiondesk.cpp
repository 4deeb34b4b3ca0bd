#include "simfixture.h"
#include "testhelpers.h"

#include "collateral/compositionbuilder.h"
#include "collateral/stressengine.h"
#include "desk/desk.h"
#include "monitor/collateralstate.h"
#include "monitor/compositionpoller.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "settings/memorysecretstore.h"
#include "settings/profilecredentials.h"
#include "settings/settingsservice.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// A running desk on the demo scenario reads each unit's collateral by asset through the one
// poll scheduler, as the dashboard and the dump then show it.
class tst_CompositionDesk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyUnitIsComposedAndAddsUpToLtvDetails();
    void aMemberWithoutItsKeyMakesTheUnitPartial();
    void aProfileBringsItsMemberKeysFromTheKeychain();
    void aCreditKeyAloneCannotComposeAndLtvKeepsItsRate();
    void compositionNeverDelaysAnLtvPoll();

private:
    // The demo market with its prices held still, so that prices read a moment after
    // ltv-details value the wallets exactly as the simulator did.
    static sim::Scenario stillDemo() {
        sim::Scenario s = *sim::Scenario::load(QStringLiteral("calm"));
        for (sim::AssetConfig &a : s.assets) {
            a.volatility = 0;
            a.drift = 0;
        }
        // Every Portfolio Margin member has its own read-only key, as the demo's do.
        for (sim::UnitState &u : s.units) {
            for (sim::MemberHoldings &m : u.members) {
                if (m.marginType == WalletType::PortfolioMargin && m.apiKey.isEmpty()) {
                    m.apiKey = QStringLiteral("member%1").arg(m.uid).leftJustified(64, u'k');
                    m.apiSecret =
                        QStringLiteral("secret%1").arg(m.uid).leftJustified(64, u's').toUtf8();
                }
            }
        }
        return s;
    }
    DeskOptions demoOptions(SimFixture &sim) const {
        DeskOptions o{sim.exchange().baseUrl(), sim.exchange().parentCredentials(),
                      QStringLiteral("demo"), DeskKind::Demo};
        for (const sim::SimAccount &a : sim.exchange().accounts()) {
            if (a.role == sim::SimAccount::Role::Credit)
                o.creditKeys.insert(a.groupId, a.credentials);
        }
        o.portfolioBaseUrl = sim.exchange().baseUrl();
        o.memberKeys = memberKeys(sim);
        return o;
    }
    std::unique_ptr<Desk> desk(DeskOptions options) {
        auto d = std::make_unique<Desk>(std::move(options), m_settings.get(),
                                        std::make_unique<MemorySecretStore>());
        return d;
    }
    static QStringList portfolioMembers(const RiskUnit &unit) {
        QStringList out;
        for (const CollateralAccount &m : unit.members) {
            for (const Wallet &w : m.wallets) {
                if (w.type == WalletType::PortfolioMargin)
                    out.append(m.email);
            }
        }
        return out;
    }
    static QHash<QString, ApiCredentials> memberKeys(SimFixture &sim) {
        QHash<QString, ApiCredentials> out;
        for (const sim::SimAccount &a : sim.exchange().memberAccounts())
            out.insert(a.email, a.credentials);
        return out;
    }
    static QList<qint64> creditUnits(SimFixture &sim) {
        QList<qint64> out;
        for (const sim::SimAccount &a : sim.exchange().accounts()) {
            if (a.role == sim::SimAccount::Role::Credit)
                out.append(a.groupId);
        }
        return out;
    }
    static int count(sim::SimExchange &ex, const QString &tail) {
        int n = 0;
        for (const auto &e : ex.requestLog())
            n += e.path.endsWith(tail) ? 1 : 0;
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SettingsService> m_settings;
};

void tst_CompositionDesk::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<SettingsService>(SettingsService::Paths{
        m_dir.filePath(QStringLiteral("app.json")), m_dir.filePath(QStringLiteral("profiles.json")),
        m_dir.filePath(QStringLiteral("operators.json"))});
    m_settings->load();
}

void tst_CompositionDesk::everyUnitIsComposedAndAddsUpToLtvDetails() {
    SimFixture sim(stillDemo());
    auto d = desk(demoOptions(sim));
    d->start();
    MonitorState *state = d->session()->state();
    QTRY_VERIFY_WITH_TIMEOUT(state->unitCount() > 0, 5000);
    for (qint64 groupId : state->groupIds()) {
        QTRY_VERIFY_WITH_TIMEOUT(d->collateral()->view(groupId).has_value() &&
                                     d->collateral()->view(groupId)->composition.coverage ==
                                         UnitComposition::Coverage::Complete,
                                 10000);
    }
    bool sawPortfolio = false;
    for (qint64 groupId : state->groupIds()) {
        const CollateralView view = *d->collateral()->view(groupId);
        const RiskUnit unit = state->unit(groupId)->unit;
        QVERIFY2(view.composition.reason.isEmpty(), qPrintable(view.composition.reason));
        for (const WalletComposition &w : view.composition.wallets) {
            sawPortfolio = sawPortfolio || w.type == WalletType::PortfolioMargin;
            QCOMPARE(w.status, WalletComposition::Status::Complete);
            Decimal sum;
            for (const AssetLine &line : w.lines)
                sum = sum + line.collateralValueUsd;
            // Σ per-asset collateral value, less what the wallet owes, is ltv-details' netEquity
            // to the cent (the market stands still: one price drives both).
            QCOMPARE((sum - w.liabilityUsd).rounded(2), w.exchangeNetEquity.rounded(2));
        }
        QVERIFY(!view.triggers.isEmpty());
        QVERIFY(view.jointFalls.contains(LtvBand::MarginCall));
        QVERIFY(d->collateral()->stressEngine(groupId) != nullptr);
        Q_UNUSED(unit)
    }
    QVERIFY2(sawPortfolio, "the demo scenario has a Portfolio Margin wallet");
    // USDT is the unit of account.
    QCOMPARE(d->collateral()->prices().value(QStringLiteral("USDT")), dec("1"));
}

void tst_CompositionDesk::aMemberWithoutItsKeyMakesTheUnitPartial() {
    SimFixture sim(stillDemo());
    DeskOptions options = demoOptions(sim);
    // The first PM member of any unit loses its key.
    QString removed;
    qint64 unitOfRemoved = 0;
    for (qint64 groupId : creditUnits(sim)) {
        const QStringList members = portfolioMembers(sim.exchange().riskUnit(groupId));
        if (!members.isEmpty()) {
            removed = members.first();
            unitOfRemoved = groupId;
            break;
        }
    }
    QVERIFY(!removed.isEmpty());
    const QString removedKey = options.memberKeys.value(removed).apiKey;
    QVERIFY(options.memberKeys.remove(removed));
    auto d = desk(options);
    d->start();
    QTRY_VERIFY_WITH_TIMEOUT(d->collateral()->view(unitOfRemoved).has_value(), 10000);
    const CollateralView view = *d->collateral()->view(unitOfRemoved);
    QCOMPARE(view.composition.coverage, UnitComposition::Coverage::Partial);
    QVERIFY2(view.composition.reason.contains(removed), qPrintable(view.composition.reason));
    bool found = false;
    for (const WalletComposition &w : view.composition.wallets) {
        if (w.email == removed && w.type == WalletType::PortfolioMargin) {
            found = true;
            QCOMPARE(w.status, WalletComposition::Status::Unavailable);
            QVERIFY2(w.reason.startsWith(QStringLiteral("composition unavailable: ")),
                     qPrintable(w.reason));
            QVERIFY2(w.reason.contains(QStringLiteral("read-only key")), qPrintable(w.reason));
        }
    }
    QVERIFY(found);
    // Nothing was asked with the key the desk does not have.
    for (const auto &e : sim.exchange().requestLog())
        QVERIFY(e.apiKey != removedKey);
}

// A real profile: the parent key and each PM member's read-only key are read from the secret
// store (the keychain in the app) and composed just like the demo's.
void tst_CompositionDesk::aProfileBringsItsMemberKeysFromTheKeychain() {
    SimFixture sim(stillDemo());
    const QHash<QString, ApiCredentials> members = memberKeys(sim);
    QVERIFY(!members.isEmpty());
    MemorySecretStore store;
    Profile profile;
    profile.name = QStringLiteral("Treasury");
    profile.baseUrl = sim.exchange().baseUrl();
    profile.portfolioBaseUrl = sim.exchange().baseUrl();
    profile.parentKeyId = sim.exchange().parentCredentials().apiKey;
    QList<std::pair<QString, QByteArray>> secrets{
        {profile.parentKeyId, sim.exchange().parentCredentials().secret}};
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        profile.memberKeyIds.insert(it.key(), it.value().apiKey);
        secrets.append({it.value().apiKey, it.value().secret});
    }
    int written = 0;
    for (const auto &[keyId, secret] : secrets)
        store.write(SecretStore::nameForKey(keyId), secret, this,
                    [&written](const SecretResult &r) { written += r.ok() ? 1 : 0; });
    QTRY_COMPARE(written, int(secrets.size()));
    std::optional<ResolvedProfile> resolved;
    ProfileCredentials::resolve(profile, &store, this,
                                [&resolved](const ResolvedProfile &r) { resolved = r; });
    QTRY_VERIFY(resolved.has_value());
    QCOMPARE(resolved->members.size(), members.size());
    QVERIFY(resolved->missingKeyIds.isEmpty());

    DeskOptions options{profile.baseUrl, resolved->monitorKey(),    profile.name,
                        DeskKind::Real,  DeskOptions::Role::Window, resolved};
    auto d = desk(options);
    d->start();
    MonitorState *state = d->session()->state();
    QTRY_VERIFY_WITH_TIMEOUT(state->unitCount() > 0, 5000);
    for (qint64 groupId : state->groupIds()) {
        QTRY_VERIFY_WITH_TIMEOUT(d->collateral()->view(groupId).has_value() &&
                                     d->collateral()->view(groupId)->composition.coverage ==
                                         UnitComposition::Coverage::Complete,
                                 10000);
    }
}

void tst_CompositionDesk::aCreditKeyAloneCannotComposeAndLtvKeepsItsRate() {
    SimFixture sim(stillDemo());
    const qint64 groupId = creditUnits(sim).first();
    DeskOptions options{sim.exchange().baseUrl(), sim.exchange().creditCredentials(groupId),
                        QStringLiteral("credit only"), DeskKind::Demo};
    options.portfolioBaseUrl = sim.exchange().baseUrl();
    auto d = desk(options);
    d->session()->scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    d->start();
    QTRY_VERIFY_WITH_TIMEOUT(d->session()->state()->unit(groupId) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(d->collateral()->view(groupId).has_value(), 10000);
    const CollateralView view = *d->collateral()->view(groupId);
    QCOMPARE(view.composition.coverage, UnitComposition::Coverage::Unavailable);
    QVERIFY(!view.isValued());
    bool explained = false;
    for (const WalletComposition &w : view.composition.wallets) {
        if (w.type != WalletType::PortfolioMargin)
            explained = explained || w.reason.contains(QStringLiteral("parent account's key"));
    }
    QVERIFY2(explained, qPrintable(view.composition.reason));

    // ltv-details keeps its 2 s rate, and the refused endpoints are not asked again.
    sim.exchange().clearRequestLog();
    QTest::qWait(7000);
    QVERIFY(count(sim.exchange(), QStringLiteral("ltv-details")) >= 3);
    QCOMPARE(count(sim.exchange(), QStringLiteral("/sub-account/assets")), 0);
    QCOMPARE(count(sim.exchange(), QStringLiteral("/sub-account/margin/account")), 0);
}

void tst_CompositionDesk::compositionNeverDelaysAnLtvPoll() {
    SimFixture sim(stillDemo());
    auto d = desk(demoOptions(sim));
    PollScheduler *scheduler = d->session()->scheduler();
    scheduler->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    d->session()->composition()->setCompositionIntervalMs(
        CompositionPoller::MinCompositionIntervalMs);
    d->start();
    QTRY_VERIFY_WITH_TIMEOUT(d->session()->state()->unitCount() > 0, 5000);
    // Two composition rounds, and the polls around them.
    QTest::qWait(12000);
    QList<qint64> ltvAt;
    QList<qint64> compositionAt;
    for (const auto &e : sim.exchange().requestLog()) {
        if (e.path.endsWith(QStringLiteral("ltv-details")))
            ltvAt.append(e.timeMs);
        else if (e.path.contains(QStringLiteral("sub-account")) ||
                 e.path.startsWith(QStringLiteral("/papi/")))
            compositionAt.append(e.timeMs);
    }
    const qsizetype composition = compositionAt.size();
    // None was sent just before a poll was due (the guard is 1 s; loopback and a busy machine
    // take some of it).
    for (qint64 c : std::as_const(compositionAt)) {
        for (qint64 l : std::as_const(ltvAt)) {
            if (l > c) {
                QVERIFY2(
                    l - c >= PollScheduler::LtvGuardMs / 2,
                    qPrintable(
                        QStringLiteral("a composition request %1 ms before a poll").arg(l - c)));
                break;
            }
        }
    }
    QVERIFY(composition >= 2 * 3);
    QVERIFY(ltvAt.size() >= 5);
    // Each poll follows the previous one's answer by the interval: a generous margin for a
    // loaded machine, far below another interval.
    for (qsizetype i = 1; i < ltvAt.size(); ++i) {
        const qint64 gap = ltvAt.at(i) - ltvAt.at(i - 1);
        QVERIFY2(gap <= PollScheduler::MinLtvIntervalMs + 700,
                 qPrintable(QStringLiteral("gap %1 ms before poll %2").arg(gap).arg(i)));
    }
}

QTEST_MAIN(tst_CompositionDesk)
#include "tst_compositiondesk.moc"
