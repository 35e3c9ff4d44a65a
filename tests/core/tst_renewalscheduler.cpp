// SPDX-License-Identifier: GPL-3.0-or-later
// The renewal scheduler on a real inventory with a local CA: what is due (profile threshold, or the
// last third of a short lifetime), one job per certificate even with two schedulers on one store,
// and nothing queued again once the renewal ran.
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

class TestRenewalScheduler final : public QObject
{
    Q_OBJECT

    static int renewJobs(testsupport::TestInventory &inv)
    {
        int n = 0;
        for (const auto &job : *inv.context->jobs().recent(100))
            n += job.kind == QLatin1String("certificate.renew") ? 1 : 0;
        return n;
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
        const auto longLived = lifecycle.issue({QStringLiteral("Lab"), QStringLiteral("long.test"), {}, QStringLiteral("ec256"), 200});
        const auto shortLived = lifecycle.issue({QStringLiteral("Lab"), QStringLiteral("short.test"), {}, QStringLiteral("ec256"), 9});
        QVERIFY(longLived.ok() && shortLived.ok());
        const auto now = QDateTime::currentDateTimeUtc();

        core::RenewalScheduler scheduler(inv.context->database());
        QCOMPARE(*scheduler.scheduleDue(now), 0); // 200 days left; the 9-day one has more than a third left
        QCOMPARE(*scheduler.scheduleDue(now.addDays(7)), 1); // short: under 3 days left now
        QCOMPARE(renewJobs(inv), 1);
        QCOMPARE(*scheduler.scheduleDue(now.addDays(175)), 2); // long: inside the 30-day threshold
        QCOMPARE(renewJobs(inv), 2);                              // the short one was not queued twice

        // A second scheduler (another console, or a daemon) on the same store queues nothing more.
        auto second = store::Database::open(store::ConnectionSpec::sqlite(inv.dbPath));
        QVERIFY(second.ok());
        QCOMPARE(*core::RenewalScheduler(*second).scheduleDue(now.addDays(175)), 2);
        QCOMPARE(renewJobs(inv), 2);

        core::JobRunner runner(inv.context->database());
        core::registerLifecycleHandlers(runner, lifecycle);
        runner.runUntilIdle();
        for (const auto &job : *inv.context->jobs().recent(100))
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
        auto id = inv.context->lifecycle().issue({QStringLiteral("Lab"), QStringLiteral("gone.test"), {}, QStringLiteral("ec256"), 30});
        QVERIFY(id.ok());
        QVERIFY(inv.context->lifecycle().revoke(*id, pki::RevocationReason::Superseded).ok());
        core::RenewalScheduler scheduler(inv.context->database());
        QCOMPARE(*scheduler.scheduleDue(QDateTime::currentDateTimeUtc().addDays(29)), 0);
    }
};

QTEST_GUILESS_MAIN(TestRenewalScheduler)
#include "tst_renewalscheduler.moc"
