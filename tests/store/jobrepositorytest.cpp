// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/store/jobrepositorytest.h"

#include "models/store/database.h"
#include "models/store/jobrepository.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

namespace certdesk::store::test {

using domain::Job;
using domain::JobStatus;

namespace {

NewJob newJob(const QString &kind, const QJsonObject &payload = {}, int maxAttempts = 3)
{
    NewJob job;
    job.kind = kind;
    job.payload = payload;
    job.maxAttempts = maxAttempts;
    return job;
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

/// Sets one time column of a job (to make a lease run out or a backoff pass without waiting).
bool setTime(QSqlDatabase db, qint64 id, const QString &column, qint64 secs)
{
    auto q = runQuery(std::move(db), QStringLiteral("UPDATE jobs SET %1 = ? WHERE id = ?").arg(column),
                      {qlonglong(secs), qlonglong(id)}, QStringLiteral("set a job's time"));
    if (!q)
        qWarning("%s", qPrintable(q.error().fullText()));
    return q.ok();
}

/// Claims jobs (lease 60 s) until none is left, once `ready` says every claimer is there. An
/// empty string, or what went wrong.
QString claimAll(QSqlDatabase conn, std::atomic<int> &ready, const QString &owner, QList<qint64> &ids)
{
    if (!conn.isOpen())
        return QStringLiteral("no connection");
    ready.fetch_add(1);
    while (ready.load() < 2)
        QThread::yieldCurrentThread();
    JobRepository repo(conn);
    for (;;) {
        auto claimed = repo.claimNext(owner, 60);
        if (!claimed)
            return claimed.error().fullText();
        if (!claimed->has_value())
            return {};
        const domain::Job &job = **claimed;
        if (job.leaseOwner != owner || job.attempts != 1) {
            return QStringLiteral("job %1 came back with owner %2, attempts %3")
                .arg(job.id)
                .arg(job.leaseOwner)
                .arg(job.attempts);
        }
        ids << job.id;
    }
}

} // namespace

void JobRepositoryTest::migrationAddsJobLogs()
{
    OPEN_OR_FAIL(db, m_spec);
    QVERIFY(latestSchemaVersion() >= 2);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    auto conn = db->connection();
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM job_logs")), qint64(0));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM jobs WHERE dedupe IS NULL")), qint64(0));

    // Log lines go with their job.
    JobRepository repo(conn);
    auto id = repo.enqueue(newJob(QStringLiteral("test.kind")));
    VERIFY_OK(id);
    VERIFY_OK(repo.appendLog(*id, QStringLiteral("one")));
    VERIFY_OK(repo.appendLog(*id, QStringLiteral("two")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM job_logs")), qint64(2));
    VERIFY_OK(runQuery(conn, QStringLiteral("DELETE FROM jobs WHERE id = ?"), {qlonglong(*id)},
                       QStringLiteral("delete the job")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM job_logs")), qint64(0));
    // A log line needs its job.
    QVERIFY(!repo.appendLog(*id, QStringLiteral("orphan")).ok());
}

void JobRepositoryTest::enqueueFindRecent()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    const qint64 before = nowSecs();
    QJsonObject payload{
        {QStringLiteral("certificateId"), 42},
        {QStringLiteral("targets"), QJsonArray{QStringLiteral("web-1"), QStringLiteral("web-2")}},
        {QStringLiteral("note"), QStringLiteral("Grüße — ✓")}};
    NewJob first = newJob(QStringLiteral("certificate.renew"), payload, 5);
    first.dedupeKey = QStringLiteral("renew:42");
    auto a = repo.enqueue(first);
    VERIFY_OK(a);
    NewJob later = newJob(QStringLiteral("certificate.deploy"));
    later.runAfter = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto b = repo.enqueue(later);
    VERIFY_OK(b);
    auto c = repo.enqueue(newJob(QStringLiteral("scan.network")));
    VERIFY_OK(c);
    QVERIFY(*a < *b && *b < *c);

    auto found = repo.find(*a);
    VERIFY_OK(found);
    const Job &job = *found;
    QCOMPARE(job.id, *a);
    QCOMPARE(job.kind, QStringLiteral("certificate.renew"));
    QCOMPARE(job.payload, payload);
    QCOMPARE(job.status, JobStatus::Queued);
    QCOMPARE(job.attempts, 0);
    QCOMPARE(job.maxAttempts, 5);
    QVERIFY(job.runAfter.toSecsSinceEpoch() >= before && job.runAfter.toSecsSinceEpoch() <= nowSecs());
    QCOMPARE(job.runAfter.timeSpec(), Qt::UTC);
    QVERIFY(job.leaseOwner.isEmpty());
    QVERIFY(!job.leaseUntil.isValid());
    QCOMPARE(job.progressDone, qint64(0));
    QCOMPARE(job.progressTotal, qint64(0));
    QVERIFY(job.message.isEmpty());
    QVERIFY(job.error.isEmpty());
    QCOMPARE(job.dedupeKey, QStringLiteral("renew:42"));
    QVERIFY(job.result.isEmpty());
    QVERIFY(job.createdAt.isValid());
    QCOMPARE(job.updatedAt, job.createdAt);

    auto deferred = repo.find(*b);
    VERIFY_OK(deferred);
    QCOMPARE(deferred->runAfter.toSecsSinceEpoch(), later.runAfter.toSecsSinceEpoch());
    QVERIFY(deferred->dedupeKey.isEmpty());
    QVERIFY(deferred->payload.isEmpty());

    auto recent = repo.recent(2);
    VERIFY_OK(recent);
    QCOMPARE(recent->size(), qsizetype(2));
    QCOMPARE(recent->at(0).id, *c);
    QCOMPARE(recent->at(1).id, *b);
    QCOMPARE(repo.recent(10)->size(), qsizetype(3));
    QVERIFY(repo.recent(0)->isEmpty());

    auto missing = repo.find(*c + 100);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(!repo.enqueue(newJob(QString())).ok());
}

void JobRepositoryTest::enqueueJoinsTheCallersTransaction()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    {
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        VERIFY_OK(repo.enqueue(newJob(QStringLiteral("rolled.back"))));
        // no commit: the job goes with the change that caused it
    }
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
    {
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        VERIFY_OK(repo.enqueue(newJob(QStringLiteral("committed"))));
        VERIFY_OK(transaction.commit());
    }
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM jobs")), qint64(1));
}

void JobRepositoryTest::claimOrderAndRunAfter()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    NewJob future = newJob(QStringLiteral("k"));
    future.runAfter = now.addSecs(3600);
    NewJob older = newJob(QStringLiteral("k"));
    older.runAfter = now.addSecs(-100);
    NewJob old = newJob(QStringLiteral("k"));
    old.runAfter = now.addSecs(-50);
    auto f = repo.enqueue(future);
    auto o2 = repo.enqueue(old);
    auto o1 = repo.enqueue(older);
    auto n1 = repo.enqueue(newJob(QStringLiteral("k")));
    auto n2 = repo.enqueue(newJob(QStringLiteral("k")));
    for (const auto *id : {&f, &o2, &o1, &n1, &n2})
        VERIFY_OK(*id);

    const qint64 before = nowSecs();
    QList<qint64> order;
    for (int i = 0; i < 4; ++i) {
        auto claimed = repo.claimNext(QStringLiteral("runner-a"), 30);
        VERIFY_OK(claimed);
        QVERIFY2(claimed->has_value(), "a due job was not claimed");
        const Job &job = **claimed;
        QCOMPARE(job.status, JobStatus::Running);
        QCOMPARE(job.attempts, 1);
        QCOMPARE(job.leaseOwner, QStringLiteral("runner-a"));
        QVERIFY(job.leaseUntil.toSecsSinceEpoch() >= before + 30);
        QVERIFY(job.leaseUntil.toSecsSinceEpoch() <= nowSecs() + 30);
        order << job.id;
    }
    // Earliest runAfter first, then by id.
    QCOMPARE(order, (QList<qint64>{*o1, *o2, *n1, *n2}));
    auto none = repo.claimNext(QStringLiteral("runner-a"), 30);
    VERIFY_OK(none);
    QVERIFY2(!none->has_value(), "a job that is not due yet was claimed");
    auto stored = repo.find(*f);
    VERIFY_OK(stored);
    QCOMPARE(stored->status, JobStatus::Queued);
    QCOMPARE(stored->attempts, 0);

    // Once due, it is claimed.
    QVERIFY(setTime(conn, *f, QStringLiteral("run_after"), nowSecs() - 1));
    auto late = repo.claimNext(QStringLiteral("runner-b"), 30);
    VERIFY_OK(late);
    QVERIFY(late->has_value());
    QCOMPARE(late->value().id, *f);
    QCOMPARE(late->value().leaseOwner, QStringLiteral("runner-b"));
    QVERIFY(!repo.claimNext(QString(), 30).ok());
}

void JobRepositoryTest::claimFiltersKinds()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    auto scan = repo.enqueue(newJob(QStringLiteral("scan.network")));
    auto deploy = repo.enqueue(newJob(QStringLiteral("certificate.deploy")));
    auto renew = repo.enqueue(newJob(QStringLiteral("certificate.renew")));
    VERIFY_OK(scan);
    VERIFY_OK(deploy);
    VERIFY_OK(renew);

    auto none = repo.claimNext(QStringLiteral("r"), 30, {QStringLiteral("notify.email")});
    VERIFY_OK(none);
    QVERIFY(!none->has_value());

    auto one = repo.claimNext(QStringLiteral("r"), 30, {QStringLiteral("certificate.renew")});
    VERIFY_OK(one);
    QVERIFY(one->has_value());
    QCOMPARE(one->value().id, *renew);

    auto two = repo.claimNext(QStringLiteral("r"), 30,
                              {QStringLiteral("certificate.renew"), QStringLiteral("certificate.deploy")});
    VERIFY_OK(two);
    QVERIFY(two->has_value());
    QCOMPARE(two->value().id, *deploy);

    auto any = repo.claimNext(QStringLiteral("r"), 30);
    VERIFY_OK(any);
    QVERIFY(any->has_value());
    QCOMPARE(any->value().id, *scan);
}

void JobRepositoryTest::racingClaimersTakeEachJobOnce()
{
    constexpr int Jobs = 120;
    OPEN_OR_FAIL(db, m_spec);
    {
        auto conn = db->connection();
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        JobRepository repo(conn);
        for (int i = 0; i < Jobs; ++i)
            VERIFY_OK(repo.enqueue(newJob(QStringLiteral("race"), {{QStringLiteral("n"), i}})));
        VERIFY_OK(transaction.commit());
    }

    // Two threads, each with its own connection, claim as fast as they can.
    struct Claimer
    {
        QString owner;
        QList<qint64> ids;
        QString error;
    };
    Claimer claimers[2] = {{QStringLiteral("racer-1"), {}, {}}, {QStringLiteral("racer-2"), {}, {}}};
    std::atomic<int> ready{0};
    QList<QThread *> threads;
    for (auto &claimer : claimers) {
        threads << QThread::create([&db, &ready, &claimer] {
            claimer.error = claimAll(db->connection(), ready, claimer.owner, claimer.ids);
            db->releaseThreadConnection(); // after the last handle to the connection is gone
        });
    }
    for (auto *thread : std::as_const(threads))
        thread->start();
    for (auto *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    for (const auto &claimer : claimers)
        QVERIFY2(claimer.error.isEmpty(), qPrintable(claimer.error));

    QSet<qint64> all;
    for (const auto &claimer : claimers) {
        for (const qint64 id : claimer.ids)
            QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("job %1 was claimed twice").arg(id)));
        all.unite(QSet<qint64>(claimer.ids.cbegin(), claimer.ids.cend()));
    }
    QCOMPARE(all.size(), qsizetype(Jobs));
    qInfo("claims: %lld by racer-1, %lld by racer-2", qlonglong(claimers[0].ids.size()),
          qlonglong(claimers[1].ids.size()));
    auto conn = db->connection();
    QCOMPARE(
        scalar(conn, QStringLiteral("SELECT count(*) FROM jobs WHERE status = 'running' AND attempts = 1")),
        qint64(Jobs));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM jobs WHERE lease_owner = 'racer-1'")),
             qint64(claimers[0].ids.size()));
}

void JobRepositoryTest::expiredLeaseIsClaimedAgain()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    auto id = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(id);
    auto first = repo.claimNext(QStringLiteral("dead"), 1);
    VERIFY_OK(first);
    QVERIFY(first->has_value());

    // Still leased: nobody else gets it.
    auto none = repo.claimNext(QStringLiteral("alive"), 30);
    VERIFY_OK(none);
    QVERIFY(!none->has_value());
    auto renewed = repo.renewLease(*id, QStringLiteral("dead"), 1);
    VERIFY_OK(renewed);
    QVERIFY(*renewed);

    // The lease runs out.
    QTRY_VERIFY_WITH_TIMEOUT(repo.find(*id)->leaseUntil.toSecsSinceEpoch() < nowSecs(), 5000);
    auto second = repo.claimNext(QStringLiteral("alive"), 30);
    VERIFY_OK(second);
    QVERIFY(second->has_value());
    QCOMPARE(second->value().id, *id);
    QCOMPARE(second->value().attempts, 2);
    QCOMPARE(second->value().leaseOwner, QStringLiteral("alive"));

    // The old owner lost it: it can neither renew nor finish the job.
    auto stolen = repo.renewLease(*id, QStringLiteral("dead"), 30);
    VERIFY_OK(stolen);
    QVERIFY(!*stolen);
    auto mine = repo.renewLease(*id, QStringLiteral("alive"), 30);
    VERIFY_OK(mine);
    QVERIFY(*mine);
    VERIFY_OK(repo.markSucceeded(*id, QStringLiteral("alive"), QStringLiteral("done")));
    auto done = repo.find(*id);
    VERIFY_OK(done);
    QCOMPARE(done->status, JobStatus::Succeeded);
    QCOMPARE(done->message, QStringLiteral("done"));
    QVERIFY(!done->leaseUntil.isValid());
    // A finished job is not leased any more.
    auto after = repo.renewLease(*id, QStringLiteral("alive"), 30);
    VERIFY_OK(after);
    QVERIFY(!*after);
}

void JobRepositoryTest::ownerMismatchChangesNothing()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    auto id = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(id);
    VERIFY_OK(repo.claimNext(QStringLiteral("old"), 30));
    QVERIFY(setTime(conn, *id, QStringLiteral("lease_until"), nowSecs() - 5));
    auto taken = repo.claimNext(QStringLiteral("new"), 30);
    VERIFY_OK(taken);
    QVERIFY(taken->has_value());
    VERIFY_OK(repo.setProgress(*id, 1, 4, QStringLiteral("new owner working")));
    auto before = repo.find(*id);
    VERIFY_OK(before);

    // The old runner comes back and reports: nothing it says sticks.
    const QString old = QStringLiteral("old");
    const std::initializer_list<Status> attempts = {
        repo.markSucceeded(*id, old, QStringLiteral("old result")),
        repo.markFailed(*id, old, QStringLiteral("old failure"), 0, false),
        repo.markFailed(*id, old, QStringLiteral("old failure"), 0, true),
        repo.markCancelled(*id, old),
        repo.release(*id, old),
    };
    for (const auto &status : attempts) {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::NotFound);
        QVERIFY(status.error().message.contains(QLatin1String("another runner took it over")));
    }
    auto after = repo.find(*id);
    VERIFY_OK(after);
    QCOMPARE(after->status, JobStatus::Running);
    QCOMPARE(after->leaseOwner, QStringLiteral("new"));
    QCOMPARE(after->leaseUntil, before->leaseUntil);
    QCOMPARE(after->attempts, 2);
    QCOMPARE(after->message, QStringLiteral("new owner working"));
    QVERIFY(after->error.isEmpty());
    QCOMPARE(after->progressDone, qint64(1));

    VERIFY_OK(repo.markSucceeded(*id, QStringLiteral("new"), {}));
    auto done = repo.find(*id);
    VERIFY_OK(done);
    QCOMPARE(done->status, JobStatus::Succeeded);
    QCOMPARE(done->message, QStringLiteral("new owner working"));      // an empty message keeps the last one
    QVERIFY(!repo.markSucceeded(*id, QStringLiteral("new"), {}).ok()); // only once
}

void JobRepositoryTest::expiredJobOutOfAttemptsFails()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    auto poison = repo.enqueue(newJob(QStringLiteral("k"), {}, 1));
    VERIFY_OK(poison);
    auto cancelled = repo.enqueue(newJob(QStringLiteral("k"), {}, 3));
    VERIFY_OK(cancelled);
    VERIFY_OK(repo.claimNext(QStringLiteral("a"), 30));
    VERIFY_OK(repo.claimNext(QStringLiteral("a"), 30));
    VERIFY_OK(repo.requestCancel(*cancelled));
    QCOMPARE(repo.find(*cancelled)->status, JobStatus::CancelRequested);
    // Both runners die.
    QVERIFY(setTime(conn, *poison, QStringLiteral("lease_until"), nowSecs() - 5));
    QVERIFY(setTime(conn, *cancelled, QStringLiteral("lease_until"), nowSecs() - 5));

    auto claimed = repo.claimNext(QStringLiteral("b"), 30);
    VERIFY_OK(claimed);
    QVERIFY2(!claimed->has_value(), "a job without attempts left or with a cancel request was run again");
    // A claim leaves them as they are; a runner settles them once per round of claims.
    QCOMPARE(repo.find(*poison)->status, JobStatus::Running);
    VERIFY_OK(repo.settleAbandoned());
    auto failed = repo.find(*poison);
    VERIFY_OK(failed);
    QCOMPARE(failed->status, JobStatus::Failed);
    QCOMPARE(failed->attempts, 1);
    QVERIFY2(failed->error.contains(QLatin1String("never finished")), qPrintable(failed->error));
    QVERIFY(!failed->leaseUntil.isValid());
    auto gone = repo.find(*cancelled);
    VERIFY_OK(gone);
    QCOMPARE(gone->status, JobStatus::Cancelled);
    QVERIFY(gone->error.isEmpty());
}

void JobRepositoryTest::progressAndLogs()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    auto id = repo.enqueue(newJob(QStringLiteral("k")));
    auto other = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(id);
    VERIFY_OK(other);
    VERIFY_OK(repo.setProgress(*id, 3, 10, QStringLiteral("Deploying to web-3")));
    auto job = repo.find(*id);
    VERIFY_OK(job);
    QCOMPARE(job->progressDone, qint64(3));
    QCOMPARE(job->progressTotal, qint64(10));
    QCOMPARE(job->message, QStringLiteral("Deploying to web-3"));
    VERIFY_OK(repo.setProgress(*id, 4, 10, {}));
    job = repo.find(*id);
    QCOMPARE(job->progressDone, qint64(4));
    QCOMPARE(job->message, QStringLiteral("Deploying to web-3"));
    VERIFY_OK(repo.setProgress(*id, 10, 10, QStringLiteral("Done")));
    QCOMPARE(repo.find(*id)->message, QStringLiteral("Done"));
    auto missing = repo.setProgress(*other + 100, 1, 1, {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    const QStringList lines = {QStringLiteral("Connecting to web-1:443"),
                               QStringLiteral("Grüße, 'quoted' ?; ✓"), QString(),
                               QStringLiteral("line\nwith a newline")};
    for (const auto &line : lines)
        VERIFY_OK(repo.appendLog(*id, line));
    VERIFY_OK(repo.appendLog(*other, QStringLiteral("other job")));
    auto logs = repo.logs(*id);
    VERIFY_OK(logs);
    QCOMPARE(*logs, lines);
    QCOMPARE(*repo.logs(*other), QStringList{QStringLiteral("other job")});
    QVERIFY(repo.logs(*other + 100)->isEmpty());
}

void JobRepositoryTest::resultsMergeAndSurviveRetries()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    auto id = repo.enqueue(newJob(QStringLiteral("certificate.issue"), {}, 3));
    VERIFY_OK(id);
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    {
        // Written with the change it records: rolled back with it.
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        VERIFY_OK(repo.setResult(*id, {{QStringLiteral("certificate_id"), 99}}));
    }
    QVERIFY(repo.find(*id)->result.isEmpty());
    {
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        VERIFY_OK(repo.setResult(*id, {{QStringLiteral("certificate_id"), 42}}));
        VERIFY_OK(transaction.commit());
    }
    VERIFY_OK(repo.setResult(*id, {{QStringLiteral("deployed"), QJsonArray{QStringLiteral("web-1")}}}));
    const QJsonObject expected{{QStringLiteral("certificate_id"), 42},
                               {QStringLiteral("deployed"), QJsonArray{QStringLiteral("web-1")}}};
    QCOMPARE(repo.find(*id)->result, expected);

    // The next attempt sees what the last one did, and so does a retry by the user.
    VERIFY_OK(repo.markFailed(*id, QStringLiteral("r"), QStringLiteral("Deploying failed."), 0, false));
    auto again = repo.claimNext(QStringLiteral("r2"), 30);
    VERIFY_OK(again);
    QVERIFY(again->has_value());
    QCOMPARE(again->value().result, expected);
    VERIFY_OK(repo.markFailed(*id, QStringLiteral("r2"), QStringLiteral("Deploying failed."), 0, true));
    VERIFY_OK(repo.retry(*id));
    QCOMPARE(repo.find(*id)->result, expected);

    auto missing = repo.setResult(*id + 100, expected);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void JobRepositoryTest::markFailedRetriesThenFails()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    auto id = repo.enqueue(newJob(QStringLiteral("k"), {}, 2));
    VERIFY_OK(id);
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    const qint64 failedAt = nowSecs();
    VERIFY_OK(repo.markFailed(*id, QStringLiteral("r"), QStringLiteral("The CA is busy: try again later."),
                              60, false));
    auto queued = repo.find(*id);
    VERIFY_OK(queued);
    QCOMPARE(queued->status, JobStatus::Queued);
    QCOMPARE(queued->attempts, 1);
    QCOMPARE(queued->error, QStringLiteral("The CA is busy: try again later."));
    QVERIFY(queued->leaseOwner.isEmpty());
    QVERIFY(!queued->leaseUntil.isValid());
    QVERIFY(queued->runAfter.toSecsSinceEpoch() >= failedAt + 60);
    QVERIFY(queued->runAfter.toSecsSinceEpoch() <= nowSecs() + 60);
    QCOMPARE(queued->runAfter.toSecsSinceEpoch() - queued->updatedAt.toSecsSinceEpoch(), qint64(60));

    // Not due during the backoff.
    auto early = repo.claimNext(QStringLiteral("r"), 30);
    VERIFY_OK(early);
    QVERIFY(!early->has_value());

    QVERIFY(setTime(conn, *id, QStringLiteral("run_after"), nowSecs() - 1));
    auto again = repo.claimNext(QStringLiteral("r2"), 30);
    VERIFY_OK(again);
    QVERIFY(again->has_value());
    QCOMPARE(again->value().attempts, 2);
    QCOMPARE(again->value().error, QStringLiteral("The CA is busy: try again later.")); // the last failure
    VERIFY_OK(repo.markFailed(*id, QStringLiteral("r2"), QStringLiteral("Still busy."), 60, false));
    auto failed = repo.find(*id);
    VERIFY_OK(failed);
    QCOMPARE(failed->status, JobStatus::Failed);
    QCOMPARE(failed->attempts, 2);
    QCOMPARE(failed->error, QStringLiteral("Still busy."));
    QCOMPARE(failed->leaseOwner, QStringLiteral("r2")); // who ran it last
    QVERIFY(!failed->leaseUntil.isValid());
    QVERIFY(failed->runAfter.toSecsSinceEpoch() < nowSecs());
    QVERIFY(!repo.claimNext(QStringLiteral("r"), 30)->has_value());
}

void JobRepositoryTest::permanentFailure()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    auto id = repo.enqueue(newJob(QStringLiteral("k"), {}, 5));
    VERIFY_OK(id);
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    VERIFY_OK(
        repo.markFailed(*id, QStringLiteral("r"), QStringLiteral("The CA refused the request."), 60, true));
    auto failed = repo.find(*id);
    VERIFY_OK(failed);
    QCOMPARE(failed->status, JobStatus::Failed);
    QCOMPARE(failed->attempts, 1);
    QCOMPARE(failed->error, QStringLiteral("The CA refused the request."));

    // A failure after a cancel request is not retried either.
    auto other = repo.enqueue(newJob(QStringLiteral("k"), {}, 5));
    VERIFY_OK(other);
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    VERIFY_OK(repo.requestCancel(*other));
    VERIFY_OK(repo.markFailed(*other, QStringLiteral("r"), QStringLiteral("Interrupted."), 0, false));
    QCOMPARE(repo.find(*other)->status, JobStatus::Failed);
}

void JobRepositoryTest::requestCancel()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    auto queued = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(queued);
    VERIFY_OK(repo.requestCancel(*queued));
    auto cancelled = repo.find(*queued);
    VERIFY_OK(cancelled);
    QCOMPARE(cancelled->status, JobStatus::Cancelled);
    QVERIFY(!repo.claimNext(QStringLiteral("r"), 30)->has_value());
    VERIFY_OK(repo.requestCancel(*queued)); // again: nothing to do

    auto running = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(running);
    auto claimed = repo.claimNext(QStringLiteral("r"), 30);
    VERIFY_OK(claimed);
    QCOMPARE(claimed->value().id, *running);
    VERIFY_OK(repo.requestCancel(*running));
    auto requested = repo.find(*running);
    VERIFY_OK(requested);
    QCOMPARE(requested->status, JobStatus::CancelRequested);
    QCOMPARE(requested->leaseOwner, QStringLiteral("r"));
    VERIFY_OK(repo.requestCancel(*running));
    // The runner keeps its lease until its handler stops.
    auto renewed = repo.renewLease(*running, QStringLiteral("r"), 30);
    VERIFY_OK(renewed);
    QVERIFY(*renewed);
    QVERIFY(!repo.claimNext(QStringLiteral("r2"), 30)->has_value());
    VERIFY_OK(repo.markCancelled(*running, QStringLiteral("r")));
    QCOMPARE(repo.find(*running)->status, JobStatus::Cancelled);

    auto finished = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(finished);
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    VERIFY_OK(repo.markSucceeded(*finished, QStringLiteral("r"), {}));
    auto refused = repo.requestCancel(*finished);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("already finished")),
             qPrintable(refused.error().message));
    QCOMPARE(repo.find(*finished)->status, JobStatus::Succeeded);
    auto missing = repo.requestCancel(*finished + 100);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void JobRepositoryTest::releaseRequeues()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    auto id = repo.enqueue(newJob(QStringLiteral("k")));
    VERIFY_OK(id);
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    VERIFY_OK(repo.release(*id, QStringLiteral("r")));
    auto released = repo.find(*id);
    VERIFY_OK(released);
    QCOMPARE(released->status, JobStatus::Queued);
    QCOMPARE(released->attempts, 0);
    QVERIFY(released->leaseOwner.isEmpty());
    QVERIFY(!released->leaseUntil.isValid());
    QVERIFY(released->runAfter.toSecsSinceEpoch() <= nowSecs());
    auto again = repo.claimNext(QStringLiteral("r2"), 30);
    VERIFY_OK(again);
    QVERIFY(again->has_value());
    QCOMPARE(again->value().attempts, 1);

    // A cancel request that came while the runner stopped wins.
    VERIFY_OK(repo.requestCancel(*id));
    VERIFY_OK(repo.release(*id, QStringLiteral("r2")));
    QCOMPARE(repo.find(*id)->status, JobStatus::Cancelled);
}

void JobRepositoryTest::retryRequeues()
{
    OPEN_OR_FAIL(db, m_spec);
    JobRepository repo(db->connection());
    auto id = repo.enqueue(newJob(QStringLiteral("k"), {}, 1));
    VERIFY_OK(id);
    auto refused = repo.retry(*id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("only a failed or cancelled job")),
             qPrintable(refused.error().message));
    VERIFY_OK(repo.claimNext(QStringLiteral("r"), 30));
    VERIFY_OK(repo.setProgress(*id, 2, 5, QStringLiteral("half way")));
    VERIFY_OK(repo.markFailed(*id, QStringLiteral("r"), QStringLiteral("Broken."), 0, false));
    QCOMPARE(repo.find(*id)->status, JobStatus::Failed);

    VERIFY_OK(repo.retry(*id));
    auto queued = repo.find(*id);
    VERIFY_OK(queued);
    QCOMPARE(queued->status, JobStatus::Queued);
    QCOMPARE(queued->attempts, 0);
    QVERIFY(queued->error.isEmpty());
    QVERIFY(queued->leaseOwner.isEmpty());
    QCOMPARE(queued->progressDone, qint64(0));
    auto claimed = repo.claimNext(QStringLiteral("r"), 30);
    VERIFY_OK(claimed);
    QVERIFY(claimed->has_value());
    QCOMPARE(claimed->value().attempts, 1);

    // A cancelled job can be retried too; a missing one cannot.
    VERIFY_OK(repo.requestCancel(*id));
    VERIFY_OK(repo.markCancelled(*id, QStringLiteral("r")));
    VERIFY_OK(repo.retry(*id));
    QCOMPARE(repo.find(*id)->status, JobStatus::Queued);
    auto missing = repo.retry(*id + 100);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void JobRepositoryTest::dedupeKeyBindsWhileActive()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    JobRepository repo(conn);
    NewJob renew = newJob(QStringLiteral("certificate.renew"), {{QStringLiteral("certificateId"), 7}});
    renew.dedupeKey = QStringLiteral("renew:7");

    auto first = repo.enqueue(renew);
    VERIFY_OK(first);
    auto same = repo.enqueue(renew);
    VERIFY_OK(same);
    QCOMPARE(*same, *first); // queued: the existing job
    NewJob otherKey = renew;
    otherKey.dedupeKey = QStringLiteral("renew:8");
    auto other = repo.enqueue(otherKey);
    VERIFY_OK(other);
    QVERIFY(*other != *first);
    auto noKey1 = repo.enqueue(newJob(QStringLiteral("certificate.renew")));
    auto noKey2 = repo.enqueue(newJob(QStringLiteral("certificate.renew")));
    VERIFY_OK(noKey1);
    VERIFY_OK(noKey2);
    QVERIFY(*noKey1 != *noKey2); // no key, no dedupe

    auto claimed = repo.claimNext(QStringLiteral("r"), 30);
    VERIFY_OK(claimed);
    QCOMPARE(claimed->value().id, *first);
    auto whileRunning = repo.enqueue(renew);
    VERIFY_OK(whileRunning);
    QCOMPARE(*whileRunning, *first); // running: still the existing job

    // Once finished, the key is free for the next one, and the finished job keeps it for display.
    VERIFY_OK(repo.markFailed(*first, QStringLiteral("r"), QStringLiteral("Broken."), 0, true));
    auto second = repo.enqueue(renew);
    VERIFY_OK(second);
    QVERIFY(*second != *first);
    QCOMPARE(repo.find(*first)->dedupeKey, QStringLiteral("renew:7"));
    QCOMPARE(repo.find(*second)->dedupeKey, QStringLiteral("renew:7"));

    // Retrying the failed one while the second is queued would make two: refused, and the
    // caller's transaction survives the refusal (PostgreSQL aborts a transaction on an error).
    {
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        auto refused = repo.retry(*first);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("renew:7")),
                 qPrintable(refused.error().message));
        VERIFY_OK(repo.appendLog(*second, QStringLiteral("still usable")));
        VERIFY_OK(transaction.commit());
    }
    QCOMPARE(*repo.logs(*second), QStringList{QStringLiteral("still usable")});
    QCOMPARE(repo.find(*first)->status, JobStatus::Failed);

    // Enqueueing an existing key inside a transaction does not abort it either.
    {
        Transaction transaction(conn);
        QVERIFY(transaction.isActive());
        auto dup = repo.enqueue(renew);
        VERIFY_OK(dup);
        QCOMPARE(*dup, *second);
        VERIFY_OK(repo.enqueue(newJob(QStringLiteral("after"))));
        VERIFY_OK(transaction.commit());
    }
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'after'")), qint64(1));

    VERIFY_OK(repo.requestCancel(*second));
    VERIFY_OK(repo.retry(*first));
    QCOMPARE(repo.find(*first)->status, JobStatus::Queued);
    auto back = repo.enqueue(renew);
    VERIFY_OK(back);
    QCOMPARE(*back, *first);
}

} // namespace certdesk::store::test
