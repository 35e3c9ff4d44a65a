// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardService on a crafted inventory whose every count is known: certificates at chosen expiries
// (exact boundaries included), revoked ones, a renewed one whose old version must not count,
// discovered certificates, and jobs that failed recently, long ago, or succeeded. Checks the totals,
// the week buckets of the timeline by urgency, the next to expire, the recent job results and the
// alert lists (what entered a warning window or failed since a given time); then checks the SQL
// aggregates against the inventory's own status rules (domain::statusAt) on a random inventory.
// Runs on SQLite, and on PostgreSQL when CERTDESK_TEST_PGURL names a server (skipped otherwise),
// with the store suite's backends.
#include "app/core/dashboardservice.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/discoveryrepository.h"
#include "models/store/jobrepository.h"
#include "tests/store/storebackends.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

namespace certdesk::store::test {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 Hour = 3600;

domain::CertificateDetails details(const QString &cn, const QDateTime &notAfter)
{
    domain::CertificateDetails d;
    d.der = QByteArray("\x30\x82\x01\x00", 4) + cn.toUtf8() + QByteArray::number(notAfter.toSecsSinceEpoch());
    d.commonName = cn;
    d.subject = QStringLiteral("CN=") + cn;
    d.issuer = QStringLiteral("CN=Dashboard Test CA");
    d.issuerCommonName = QStringLiteral("Dashboard Test CA");
    d.serialHex = QString::fromLatin1(QCryptographicHash::hash(d.der, QCryptographicHash::Md5).toHex());
    d.notBefore = notAfter.addDays(-400);
    d.notAfter = notAfter;
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(d.der, QCryptographicHash::Sha256).toHex());
    d.sha1 = QString::fromLatin1(QCryptographicHash::hash(d.der, QCryptographicHash::Sha1).toHex());
    return d;
}

} // namespace

/// The test body, the same for every backend.
class DashboardServiceTest : public BackendTest
{
    Q_OBJECT

protected:
    std::shared_ptr<Database> m_db;
    QDateTime m_now;
    QHash<QString, qint64> m_ids; ///< certificate ids by common name
    qint64 m_recentFailure = 0, m_oldFailure = 0, m_success = 0;

    qint64 addCertificate(const QString &cn, qint64 secondsFromNow, bool revoked = false)
    {
        CertificateRepository repo(m_db->connection());
        NewManagedCertificate c;
        c.details = details(cn, m_now.addSecs(secondsFromNow));
        c.metadata.owner = QStringLiteral("owner of ") + cn;
        auto id = repo.create(c);
        if (!id) {
            qWarning("create %s: %s", qPrintable(cn), qPrintable(id.error().fullText()));
            return 0;
        }
        if (revoked && !repo.setRevoked(*id, true))
            return 0;
        m_ids.insert(cn, *id);
        return *id;
    }

    /// A job that ends in `status`, last changed `secondsAgo` seconds before m_now.
    qint64 addJob(const QString &kind, domain::JobStatus status, qint64 secondsAgo, const QString &text)
    {
        auto conn = m_db->connection();
        JobRepository jobs(conn);
        auto id = jobs.enqueue(NewJob{kind, {}, 1, {}, {}});
        if (!id)
            return 0;
        if (status != domain::JobStatus::Queued) {
            auto claimed = jobs.claimNext(QStringLiteral("test-runner"), 60, {kind});
            if (!claimed || !*claimed || (*claimed)->id != *id)
                return 0;
            const bool ok = status == domain::JobStatus::Failed
                                ? bool(jobs.markFailed(*id, QStringLiteral("test-runner"), text, 0, true))
                                : bool(jobs.markSucceeded(*id, QStringLiteral("test-runner"), text));
            if (!ok)
                return 0;
        }
        if (!runQuery(conn, QStringLiteral("UPDATE jobs SET updated_at = ? WHERE id = ?"),
                      {qlonglong(m_now.toSecsSinceEpoch() - secondsAgo), qlonglong(*id)},
                      QStringLiteral("age job")))
            return 0;
        return *id;
    }

    /// The crafted inventory; see the expected figures in the test functions.
    bool craft()
    {
        m_db = openOrFail(m_spec);
        if (!m_db)
            return false;
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        m_ids.clear();
        bool ok = true;
        ok &= addCertificate(QStringLiteral("a.in3days"), 3 * Day) != 0;
        ok &= addCertificate(QStringLiteral("o.in6days"), 6 * Day) != 0;
        ok &= addCertificate(QStringLiteral("m.in7daysExactly"), 7 * Day) != 0;
        ok &= addCertificate(QStringLiteral("b.in10days"), 10 * Day) != 0;
        ok &= addCertificate(QStringLiteral("c.in20days"), 20 * Day) != 0;
        ok &= addCertificate(QStringLiteral("d.in29.5days"), 29 * Day + 12 * Hour) != 0;
        ok &= addCertificate(QStringLiteral("e.in33days"), 33 * Day) != 0;
        ok &= addCertificate(QStringLiteral("f.in100days"), 100 * Day) != 0;
        ok &= addCertificate(QStringLiteral("g.in200days"), 200 * Day) != 0;
        ok &= addCertificate(QStringLiteral("n.expiresNow"), 0) != 0;
        ok &= addCertificate(QStringLiteral("p.expired1day"), -1 * Day) != 0;
        ok &= addCertificate(QStringLiteral("h.expired5days"), -5 * Day) != 0;
        ok &= addCertificate(QStringLiteral("i.expired400days"), -400 * Day) != 0;
        ok &= addCertificate(QStringLiteral("j.revokedIn5days"), 5 * Day + Hour, true) != 0;
        ok &= addCertificate(QStringLiteral("k.revokedExpired"), -10 * Day, true) != 0;
        // Renewed: version 1 expired yesterday (it would count as expired and as entering window 0),
        // version 2, the current one, expires in 60 days.
        const qint64 renewed = addCertificate(QStringLiteral("l.renewed"), -1 * Day + Hour);
        ok &= renewed != 0;
        if (renewed) {
            CertificateRepository repo(m_db->connection());
            ok &= bool(repo.addVersion(renewed, details(QStringLiteral("l.renewed"), m_now.addSecs(60 * Day)),
                                       {}, {}));
        }

        DiscoveryRepository discoveries(m_db->connection());
        auto found = discoveries.insert({details(QStringLiteral("found1"), m_now.addDays(90)),
                                         details(QStringLiteral("found2"), m_now.addDays(91)),
                                         details(QStringLiteral("found3"), m_now.addDays(92))},
                                        QStringLiteral("filesystem"), m_now);
        ok &= found.ok() && found->size() == 3;
        if (found.ok() && !found->isEmpty())
            ok &= bool(discoveries.setTriage(found->begin().value(), domain::TriageStatus::Dismissed,
                                             QStringLiteral("test"), std::nullopt));

        m_recentFailure = addJob(QStringLiteral("certificate.renew"), domain::JobStatus::Failed, Day,
                                 QStringLiteral("The CA refused the request."));
        m_oldFailure = addJob(QStringLiteral("certificate.issue"), domain::JobStatus::Failed, 10 * Day,
                              QStringLiteral("Old failure."));
        m_success = addJob(QStringLiteral("certificate.issue"), domain::JobStatus::Succeeded, Hour,
                           QStringLiteral("Issued."));
        ok &= m_recentFailure && m_oldFailure && m_success;
        ok &= addJob(QStringLiteral("certificate.issue"), domain::JobStatus::Queued, 0, {}) != 0;
        return ok;
    }

    domain::DashboardRequest request() const
    {
        domain::DashboardRequest r;
        r.now = m_now;
        r.expiringDays = 30;
        r.nextToExpire = 3;
        return r;
    }

private Q_SLOTS:
    void totals()
    {
        QVERIFY(craft());
        auto snapshot = core::DashboardService(m_db).snapshot(request());
        VERIFY_OK(snapshot);
        const auto &t = snapshot->totals;
        QCOMPARE(t.managed, 16LL);
        QCOMPARE(t.revoked, 2LL);
        QCOMPARE(t.expired, 4LL);      // n (notAfter == now), p, h, i; not l (renewed), not k (revoked)
        QCOMPARE(t.expiringIn7, 3LL);  // a, o, m (exactly 7 days counts); not j (revoked)
        QCOMPARE(t.expiringIn14, 4LL); // + b
        QCOMPARE(t.expiringIn30, 6LL); // + c, d
        QCOMPARE(t.expiringInWindow, 6LL);
        QCOMPARE(t.valid, 4LL); // e, f, g, l
        QCOMPARE(t.discoveredAwaitingTriage, 2LL);
        QCOMPARE(t.failedJobs, 1LL); // the one of ten days ago is outside the 7 days
        QCOMPARE(snapshot->computedAt, m_now);

        // Another warning window moves certificates between expiring and valid, nothing else.
        auto r = request();
        r.expiringDays = 14;
        r.failedJobsDays = 11;
        auto narrower = core::DashboardService(m_db).snapshot(r);
        VERIFY_OK(narrower);
        QCOMPARE(narrower->totals.expiringInWindow, 4LL);
        QCOMPARE(narrower->totals.valid, 6LL);
        QCOMPARE(narrower->totals.expiringIn30, 6LL);
        QCOMPARE(narrower->totals.failedJobs, 2LL);
    }

    void weekBuckets()
    {
        QVERIFY(craft());
        auto snapshot = core::DashboardService(m_db).snapshot(request());
        VERIFY_OK(snapshot);
        QCOMPARE(snapshot->weeks.size(), 26);
        QHash<int, std::array<qint64, 4>> expected{
            {0, {3, 0, 0, 0}}, // a, o, m
            {1, {0, 1, 0, 0}}, // b
            {2, {0, 0, 1, 0}}, // c
            {4, {0, 0, 1, 1}}, // d within 30 days, e after
            {8, {0, 0, 0, 1}}, // l's current version
            {14, {0, 0, 0, 1}} // f; g (200 days) is beyond 26 weeks
        };
        for (const auto &week : snapshot->weeks) {
            const auto want = expected.value(week.week, {0, 0, 0, 0});
            for (int u = 0; u < 4; ++u) {
                if (week.byUrgency[size_t(u)] != want[size_t(u)])
                    QFAIL(qPrintable(QStringLiteral("week %1 urgency %2: %3, expected %4")
                                         .arg(week.week)
                                         .arg(u)
                                         .arg(week.byUrgency[size_t(u)])
                                         .arg(want[size_t(u)])));
            }
        }
        auto r = request();
        r.weeks = 30;
        auto longer = core::DashboardService(m_db).snapshot(r);
        VERIFY_OK(longer);
        QCOMPARE(longer->weeks.size(), 30);
        QCOMPARE(longer->weeks[28].total(), 1LL); // g: (200 days - 1 s) / 7 days = week 28
    }

    void nextToExpireAndRecentJobs()
    {
        QVERIFY(craft());
        auto snapshot = core::DashboardService(m_db).snapshot(request());
        VERIFY_OK(snapshot);
        QStringList names;
        for (const auto &c : snapshot->nextToExpire)
            names << c.commonName;
        QCOMPARE(names, (QStringList{QStringLiteral("a.in3days"), QStringLiteral("o.in6days"),
                                     QStringLiteral("m.in7daysExactly")}));
        const auto &first = snapshot->nextToExpire.first();
        QCOMPARE(first.id, m_ids.value(QStringLiteral("a.in3days")));
        QCOMPARE(first.notAfter, m_now.addDays(3));
        QCOMPARE(first.issuer, QStringLiteral("Dashboard Test CA"));
        QCOMPARE(first.owner, QStringLiteral("owner of a.in3days"));

        QCOMPARE(snapshot->recentJobs.size(), 3); // the queued job is no result
        QCOMPARE(snapshot->recentJobs[0].id, m_success);
        QCOMPARE(snapshot->recentJobs[0].status, domain::JobStatus::Succeeded);
        QCOMPARE(snapshot->recentJobs[1].id, m_recentFailure);
        QCOMPARE(snapshot->recentJobs[1].status, domain::JobStatus::Failed);
        QCOMPARE(snapshot->recentJobs[1].message, QStringLiteral("The CA refused the request."));
        QCOMPARE(snapshot->recentJobs[1].finishedAt, m_now.addDays(-1));
        QCOMPARE(snapshot->recentJobs[2].id, m_oldFailure);
        QVERIFY(!snapshot->alertsSince);
        QVERIFY(snapshot->enteredWindows.isEmpty());
    }

    void alertsSinceAGivenTime()
    {
        QVERIFY(craft());
        auto r = request();
        r.alertsSince = m_now.addDays(-2);
        auto snapshot = core::DashboardService(m_db).snapshot(r);
        VERIFY_OK(snapshot);
        QCOMPARE(snapshot->alertsSince, m_now.addDays(-2));
        // In the last two days: p expired (window 0), o entered the 7-day window, d the 30-day one.
        // Not j (revoked), not l (its expired version is not current), not n (expires exactly now:
        // the next evaluation sees it), not a (entered the 7-day window four days ago).
        QStringList entered;
        for (const auto &c : snapshot->enteredWindows)
            entered << QStringLiteral("%1@%2").arg(c.commonName).arg(c.windowDays);
        QCOMPARE(entered, (QStringList{QStringLiteral("p.expired1day@0"), QStringLiteral("o.in6days@7"),
                                       QStringLiteral("d.in29.5days@30")}));
        QCOMPARE(snapshot->enteredWindowsTotal, 3LL);
        QCOMPARE(snapshot->failedSince.size(), 1);
        QCOMPARE(snapshot->failedSince.first().id, m_recentFailure);
        QCOMPARE(snapshot->failedSinceTotal, 1LL);

        // From exactly now on, nothing has happened yet; a long absence reports the smallest window.
        r.alertsSince = m_now;
        auto none = core::DashboardService(m_db).snapshot(r);
        VERIFY_OK(none);
        QVERIFY(none->enteredWindows.isEmpty());
        QVERIFY(none->failedSince.isEmpty());
        r.alertsSince = m_now.addDays(-30);
        r.warningWindows = {30, 7};
        auto away = core::DashboardService(m_db).snapshot(r);
        VERIFY_OK(away);
        QHash<QString, int> windows;
        for (const auto &c : away->enteredWindows)
            windows.insert(c.commonName, c.windowDays);
        QCOMPARE(windows.value(QStringLiteral("a.in3days"), -2), 7);
        QCOMPARE(windows.value(QStringLiteral("c.in20days"), -2), 30);
        QCOMPARE(windows.value(QStringLiteral("p.expired1day"), -2), 7); // no window 0 asked for
        QCOMPARE(away->failedSinceTotal, 2LL);
    }

    void emptyInventoryAndBadRequests()
    {
        OPEN_OR_FAIL(db, m_spec);
        core::DashboardService service(db);
        auto empty = service.snapshot({});
        VERIFY_OK(empty);
        QCOMPARE(empty->totals.managed, 0LL);
        QCOMPARE(empty->totals.valid, 0LL);
        QCOMPARE(empty->weeks.size(), 26);
        QVERIFY(empty->nextToExpire.isEmpty());
        QVERIFY(qAbs(empty->computedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        domain::DashboardRequest bad;
        bad.weeks = 0;
        auto refused = service.snapshot(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("1 to 104 weeks")),
                 qPrintable(refused.error().message));
        bad = {};
        bad.warningWindows = {30, -1};
        QVERIFY(!service.snapshot(bad));
        bad = {};
        bad.nextToExpire = -1;
        QVERIFY(!service.snapshot(bad));
    }

    void aggregatesMatchTheInventoryStatus()
    {
        // A random inventory: the SQL counts must equal what the inventory table computes row by row
        // from summaries() with the same rules (domain::statusAt).
        m_db = openOrFail(m_spec);
        QVERIFY(m_db);
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        auto *rng = QRandomGenerator::global();
        {
            Transaction tx(m_db->connection());
            QVERIFY(tx.isActive());
            for (int i = 0; i < 400; ++i) {
                const qint64 offset = qint64(rng->bounded(-100 * 24, 250 * 24)) * Hour + rng->bounded(3600);
                QVERIFY(addCertificate(QStringLiteral("r%1.example").arg(i), offset, rng->bounded(20) == 0));
            }
            VERIFY_OK(tx.commit());
        }
        const int window = 1 + int(rng->bounded(60));
        auto r = request();
        r.expiringDays = window;
        auto snapshot = core::DashboardService(m_db).snapshot(r);
        VERIFY_OK(snapshot);
        auto rows = CertificateRepository(m_db->connection()).summaries();
        VERIFY_OK(rows);
        QHash<int, qint64> byStatus;
        qint64 in7 = 0, in14 = 0, in30 = 0, inTimeline = 0;
        for (const auto &row : *rows) {
            const auto status = domain::statusAt(row.notAfter, row.revoked, m_now, window);
            ++byStatus[int(status)];
            const qint64 left = m_now.secsTo(row.notAfter);
            if (row.revoked || left <= 0)
                continue;
            in7 += left <= 7 * Day;
            in14 += left <= 14 * Day;
            in30 += left <= 30 * Day;
            inTimeline += left <= 26 * 7 * Day;
        }
        const auto &t = snapshot->totals;
        QCOMPARE(t.managed, qint64(rows->size()));
        QCOMPARE(t.valid, byStatus.value(int(domain::CertificateStatus::Valid)));
        QCOMPARE(t.expiringInWindow, byStatus.value(int(domain::CertificateStatus::Expiring)));
        QCOMPARE(t.expired, byStatus.value(int(domain::CertificateStatus::Expired)));
        QCOMPARE(t.revoked, byStatus.value(int(domain::CertificateStatus::Revoked)));
        QCOMPARE(t.expiringIn7, in7);
        QCOMPARE(t.expiringIn14, in14);
        QCOMPARE(t.expiringIn30, in30);
        qint64 timeline = 0, timeline7 = 0;
        for (const auto &week : snapshot->weeks) {
            timeline += week.total();
            timeline7 += week.byUrgency[0];
        }
        QCOMPARE(timeline, inTimeline);
        QCOMPARE(timeline7, in7);
    }
};

/// The body on a fresh SQLite file per test function.
class SqliteDashboardServiceTest final : public SqliteBackend<DashboardServiceTest>
{
    Q_OBJECT
};

/// The body on a fresh PostgreSQL database per test function (skipped without CERTDESK_TEST_PGURL).
class PostgresDashboardServiceTest final : public PostgresBackend<DashboardServiceTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    certdesk::store::test::SqliteDashboardServiceTest sqlite;
    certdesk::store::test::PostgresDashboardServiceTest postgres;
    int failed = QTest::qExec(&sqlite, argc, argv);
    failed += QTest::qExec(&postgres, argc, argv);
    return failed;
}

#include "tst_dashboardservice.moc"
