// SPDX-License-Identifier: GPL-3.0-or-later
// The renewal scheduler on a real inventory with a local CA: what is due (profile threshold, or the
// last third of a short lifetime), one job per certificate even with two schedulers on one store,
// and nothing queued again once the renewal ran; and a CA's suggested renewal window (ACME ARI)
// overriding the threshold, asked no more often than the CA allows.
#include "app/core/issuancejobs.h"
#include "app/core/issuerservice.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/renewalscheduler.h"
#include "coretestsupport.h"
#include "models/store/database.h"

#include <QtTest>

using namespace certdesk;

namespace {
/// The real local CA, which also answers renewal-window questions from a script, as an ACME CA
/// with ARI would. It counts the questions, so the test sees when the scheduler asks.
class WindowSuggestingCa final : public issuer::Issuer
{
public:
    explicit WindowSuggestingCa(std::shared_ptr<issuer::Issuer> ca) : m_ca(std::move(ca)) {}
    QString type() const override { return m_ca->type(); }
    Status validateConfig() const override { return m_ca->validateConfig(); }
    Result<issuer::IssuedCertificate> issue(const issuer::IssueRequest &r) override { return m_ca->issue(r); }
    Status revoke(const issuer::RevocationRequest &r) override { return m_ca->revoke(r); }
    Result<issuer::OrderStatus> orderStatus(const QString &id) override { return m_ca->orderStatus(id); }
    Result<QList<QByteArray>> caChain() const override { return m_ca->caChain(); }
    bool offersRenewalWindows() const override { return true; }
    Result<std::optional<issuer::RenewalWindow>> renewalWindow(const QByteArray &) override
    {
        ++questions;
        return answer;
    }

    Result<std::optional<issuer::RenewalWindow>> answer = std::optional<issuer::RenewalWindow>{};
    int questions = 0;

private:
    std::shared_ptr<issuer::Issuer> m_ca;
};
} // namespace

class TestRenewalScheduler final : public QObject
{
    Q_OBJECT

    static int renewJobs(testsupport::TestInventory &inv)
    {
        int n = 0;
        const auto jobs = inv.context->jobs().recent(100);
        for (const auto &job : *jobs)
            n += job.kind == QLatin1String("certificate.renew") ? 1 : 0;
        return n;
    }

    /// A local CA called "Acme-like" in `inv`, wrapped so that it suggests renewal windows.
    static std::shared_ptr<WindowSuggestingCa> windowSuggestingCa(testsupport::TestInventory &inv)
    {
        core::LocalCaSetup setup;
        setup.name = QStringLiteral("Acme-like");
        auto issuerId = inv.context->issuers().addLocalCa(setup);
        if (!issuerId)
            return {};
        auto ca = std::make_shared<WindowSuggestingCa>(*inv.context->issuers().connector(*issuerId));
        inv.context->issuers().useConnector(*issuerId, ca);
        return ca;
    }

private Q_SLOTS:
    void queuesWhatIsDueOnce()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        core::LocalCaSetup ca;
        ca.name = QStringLiteral("Lab");
        QVERIFY(inv.context->issuers().addLocalCa(ca).ok());
        auto &lifecycle = inv.context->lifecycle();
        const auto longLived = lifecycle.issue(
            {QStringLiteral("Lab"), QStringLiteral("long.test"), {}, QStringLiteral("ec256"), 200});
        const auto shortLived = lifecycle.issue(
            {QStringLiteral("Lab"), QStringLiteral("short.test"), {}, QStringLiteral("ec256"), 9});
        QVERIFY(longLived.ok() && shortLived.ok());
        const auto now = QDateTime::currentDateTimeUtc();

        core::RenewalScheduler scheduler(inv.context->database());
        QCOMPARE(*scheduler.scheduleDue(now), 0); // 200 days left; the 9-day one has more than a third left
        QCOMPARE(*scheduler.scheduleDue(now.addDays(7)), 1); // short: under 3 days left now
        QCOMPARE(renewJobs(inv), 1);
        QCOMPARE(*scheduler.scheduleDue(now.addDays(175)), 2); // long: inside the 30-day threshold
        QCOMPARE(renewJobs(inv), 2);                           // the short one was not queued twice

        // A second scheduler (another console, or a daemon) on the same store queues nothing more.
        auto second = store::Database::open(store::ConnectionSpec::sqlite(inv.dbPath));
        QVERIFY(second.ok());
        QCOMPARE(*core::RenewalScheduler(*second).scheduleDue(now.addDays(175)), 2);
        QCOMPARE(renewJobs(inv), 2);

        core::JobRunner runner(inv.context->database());
        core::registerLifecycleHandlers(runner, lifecycle);
        runner.runUntilIdle();
        const auto jobs = inv.context->jobs().recent(100);
        for (const auto &job : *jobs)
            QCOMPARE(job.status, domain::JobStatus::Succeeded);
        // Renewed: the new versions are fresh, so nothing is due tomorrow (before, the short one
        // would have been due within a week).
        QCOMPARE(*scheduler.scheduleDue(now.addDays(1)), 0);
        QCOMPARE(renewJobs(inv), 2);
    }

    void revokedAndImportedCertificatesAreNotRenewed()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        core::LocalCaSetup ca;
        ca.name = QStringLiteral("Lab");
        QVERIFY(inv.context->issuers().addLocalCa(ca).ok());
        auto id = inv.context->lifecycle().issue(
            {QStringLiteral("Lab"), QStringLiteral("gone.test"), {}, QStringLiteral("ec256"), 30});
        QVERIFY(id.ok());
        QVERIFY(inv.context->lifecycle().revoke(*id, pki::RevocationReason::Superseded).ok());
        core::RenewalScheduler scheduler(inv.context->database());
        QCOMPARE(*scheduler.scheduleDue(QDateTime::currentDateTimeUtc().addDays(29)), 0);
    }

    void caWindowOverridesTheThreshold()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto ca = windowSuggestingCa(inv);
        QVERIFY(ca);
        auto id = inv.context->lifecycle().issue(
            {QStringLiteral("Acme-like"), QStringLiteral("ari.test"), {}, QStringLiteral("ec256"), 90});
        QVERIFY(id.ok());
        const auto now = QDateTime::currentDateTimeUtc();
        core::RenewalScheduler scheduler(inv.context->database(), inv.context->sharedIssuers());

        // No window offered (no ARI, or a 404): the threshold rule decides, and the CA is not asked
        // again within a day.
        QCOMPARE(*scheduler.scheduleDue(now), 0);
        QCOMPARE(ca->questions, 1);
        QCOMPARE(*scheduler.scheduleDue(now.addSecs(3600)), 0);
        QCOMPARE(ca->questions, 1);

        // A window far ahead of the threshold (the CA plans a mass revocation): due inside it,
        // although 80 days are left; asked again only after the CA's Retry-After.
        issuer::RenewalWindow early{now.addDays(10), now.addDays(10).addSecs(60), {}, now.addDays(20)};
        ca->answer = std::optional<issuer::RenewalWindow>(early);
        QCOMPARE(*scheduler.scheduleDue(now.addDays(2)),
                 0); // record expired (24 h): asked, not yet in window
        QCOMPARE(ca->questions, 2);
        QCOMPARE(*scheduler.scheduleDue(now.addDays(9)), 0);
        QCOMPARE(ca->questions, 2); // kept until its Retry-After
        QCOMPARE(*scheduler.scheduleDue(now.addDays(10).addSecs(61)), 1);
        QCOMPARE(renewJobs(inv), 1);
    }

    void caWindowLaterThanTheThresholdIsFollowed()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto ca = windowSuggestingCa(inv);
        QVERIFY(ca);
        QVERIFY(inv.context->lifecycle()
                    .issue({QStringLiteral("Acme-like"),
                            QStringLiteral("late.test"),
                            {},
                            QStringLiteral("ec256"),
                            90})
                    .ok());
        const auto now = QDateTime::currentDateTimeUtc();
        core::RenewalScheduler scheduler(inv.context->database(), inv.context->sharedIssuers());
        // The threshold (30 days) is reached at day 60; the CA suggests days 70-71: not due at 65.
        ca->answer = std::optional<issuer::RenewalWindow>(issuer::RenewalWindow{
            now.addDays(70), now.addDays(71), QStringLiteral("https://ca.test/why"), {}});
        QCOMPARE(*scheduler.scheduleDue(now.addDays(65)), 0);
        QCOMPARE(*scheduler.scheduleDue(now.addDays(71).addSecs(1)), 1);

        // A CA that cannot be reached leaves the threshold rule in charge.
        testsupport::TestInventory other;
        QVERIFY(other.open());
        auto down = windowSuggestingCa(other);
        QVERIFY(down);
        down->answer = Error{QStringLiteral("The CA could not be reached.")};
        QVERIFY(other.context->lifecycle()
                    .issue({QStringLiteral("Acme-like"),
                            QStringLiteral("down.test"),
                            {},
                            QStringLiteral("ec256"),
                            90})
                    .ok());
        core::RenewalScheduler otherScheduler(other.context->database(), other.context->sharedIssuers());
        QCOMPARE(*otherScheduler.scheduleDue(now.addDays(65)), 1);
    }
};

QTEST_GUILESS_MAIN(TestRenewalScheduler)
#include "tst_renewalscheduler.moc"
