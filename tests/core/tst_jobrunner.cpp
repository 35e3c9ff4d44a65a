// SPDX-License-Identifier: GPL-3.0-or-later
// JobRunner on a real SQLite inventory: success with progress, retries with backoff, permanent
// failures, cancelling a running job, a job without handler, two runners sharing a store, lease
// renewal, a runner that stops, handlers that end their job in their own transaction (and what
// happens when that transaction rolls back), the progress throttle, settling abandoned jobs, and a
// runner process killed with SIGKILL whose job another runner takes over once the lease ran out.

#include "app/core/appcontext.h"
#include "app/core/jobrunner.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace certdesk;
using core::JobContext;
using core::JobHandler;
using core::JobRunner;
using domain::JobStatus;

namespace {

/// The columns test_runs gets: one row per handler run.
const QString RunsTable = QStringLiteral(
    "CREATE TABLE test_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id BIGINT NOT NULL, "
    "attempt INTEGER NOT NULL, runner TEXT NOT NULL, outcome TEXT NOT NULL, at_ms BIGINT NOT NULL)");
/// What the idempotent handler of the crash test completes: at most one row per job.
const QString DoneTable =
    QStringLiteral("CREATE TABLE test_done (job_id BIGINT PRIMARY KEY, runner TEXT NOT NULL)");

Status record(JobContext &context, const QString &runner, const QString &outcome)
{
    auto q = store::runQuery(
        context.database(),
        QStringLiteral(
            "INSERT INTO test_runs (job_id, attempt, runner, outcome, at_ms) VALUES (?, ?, ?, ?, ?)"),
        {qlonglong(context.job().id), context.job().attempts, runner, outcome,
         qlonglong(QDateTime::currentMSecsSinceEpoch())},
        QStringLiteral("record the run"));
    if (!q)
        return q.error();
    return {};
}

/// Does what the payload says and records each run in test_runs:
///   steps, sleepMs   progress steps (each sleeping sleepMs) before finishing
///   failTimes        the first failTimes attempts fail ("The test CA is busy.")
///   permanent        those failures are not retryable
///   loop             report progress every 20 ms until cancelled
///   busyMs           sleep that long without looking at the context at all
class RecordingHandler final : public JobHandler
{
public:
    explicit RecordingHandler(QString runner) : m_runner(std::move(runner)) {}

    Status run(JobContext &context) override
    {
        const QJsonObject payload = context.job().payload;
        if (payload.value(QStringLiteral("loop")).toBool()) {
            qint64 step = 0;
            while (!context.isCancelled()) {
                context.setProgress(++step, 0, QStringLiteral("Working"));
                QThread::msleep(20);
            }
            if (auto recorded = record(context, m_runner, QStringLiteral("cancelled")); !recorded)
                return recorded;
            return Error{QStringLiteral("Cancelled."), {}, ErrorCode::Cancelled};
        }
        if (const int busyMs = payload.value(QStringLiteral("busyMs")).toInt(); busyMs > 0)
            QThread::msleep(busyMs);
        const int steps = payload.value(QStringLiteral("steps")).toInt();
        const int sleepMs = payload.value(QStringLiteral("sleepMs")).toInt();
        for (int i = 1; i <= steps; ++i) {
            if (sleepMs > 0)
                QThread::msleep(sleepMs);
            context.setProgress(i, steps, QStringLiteral("Step %1").arg(i));
        }
        if (context.job().attempts <= payload.value(QStringLiteral("failTimes")).toInt()) {
            if (auto recorded = record(context, m_runner, QStringLiteral("failed")); !recorded)
                return recorded;
            return Error{QStringLiteral("The test CA is busy."),
                         payload.value(QStringLiteral("permanent")).toBool() ? QStringLiteral("permanent")
                                                                             : QStringLiteral("transient")};
        }
        return record(context, m_runner, QStringLiteral("succeeded"));
    }

    bool isRetryable(const Error &error) const override { return error.detail != QLatin1String("permanent"); }

private:
    QString m_runner;
};

/// The crash test's handler: idempotent, its completion is one row in test_done whatever the runs.
class CompletingHandler final : public JobHandler
{
public:
    Status run(JobContext &context) override
    {
        context.log(QStringLiteral("completing"));
        auto done = store::runQuery(context.database(),
                                    QStringLiteral("INSERT INTO test_done (job_id, runner) VALUES (?, "
                                                   "'rescuer') ON CONFLICT (job_id) DO NOTHING"),
                                    {qlonglong(context.job().id)}, QStringLiteral("complete the job"));
        if (!done)
            return done.error();
        return record(context, QStringLiteral("rescuer"), QStringLiteral("succeeded"));
    }
};

/// Does its work (a row in test_runs) and ends the job in the same transaction (succeedWithin).
/// The payload says how it goes wrong:
///   rollback      ends the job, then rolls the transaction back and fails ("The test CA is busy.")
///   failAfterEnd  commits, then fails anyway (a handler that breaks the contract)
class EndingHandler final : public JobHandler
{
public:
    Status run(JobContext &context) override
    {
        const QJsonObject payload = context.job().payload;
        QSqlDatabase db = context.database();
        store::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (auto recorded = record(context, QStringLiteral("ending"), QStringLiteral("succeeded")); !recorded)
            return recorded;
        if (auto ended = context.succeedWithin(db, 3, 3, QStringLiteral("Done"), QStringLiteral("done line"));
            !ended)
            return ended;
        if (payload.value(QStringLiteral("rollback")).toBool())
            return Error{QStringLiteral("The test CA is busy."), QStringLiteral("transient")};
        if (auto committed = transaction.commit(); !committed)
            return committed;
        if (payload.value(QStringLiteral("failAfterEnd")).toBool())
            return Error{QStringLiteral("Failed after the end."), {}};
        return {};
    }
};

JobRunner::Options fastOptions(const QString &owner)
{
    JobRunner::Options options;
    options.owner = owner;
    options.maxConcurrent = 2;
    options.leaseSeconds = 5;
    options.pollIntervalMs = 20;
    options.baseBackoffSeconds = 1;
    options.maxBackoffSeconds = 4;
    return options;
}

store::NewJob job(const QString &kind, const QJsonObject &payload = {}, int maxAttempts = 3)
{
    store::NewJob j;
    j.kind = kind;
    j.payload = payload;
    j.maxAttempts = maxAttempts;
    return j;
}

} // namespace

class TestJobRunner final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestInventory> m_inventory;
    std::shared_ptr<store::Database> m_db;

    store::JobRepository repo() { return store::JobRepository(m_db->connection()); }

    qint64 enqueue(const store::NewJob &newJob)
    {
        auto id = repo().enqueue(newJob);
        if (!id)
            qWarning("enqueue: %s", qPrintable(id.error().fullText()));
        return id ? *id : -1;
    }

    domain::Job find(qint64 id)
    {
        auto found = repo().find(id);
        if (!found)
            qWarning("find: %s", qPrintable(found.error().fullText()));
        return found ? *found : domain::Job{};
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s failed", qPrintable(sql));
            return -1;
        }
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<testsupport::TestInventory>();
        QVERIFY(m_inventory->open());
        m_db = m_inventory->context->database();
        for (const auto &sql : {RunsTable, DoneTable})
            QVERIFY(store::runQuery(m_db->connection(), sql, {}, QStringLiteral("create a test table")).ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_inventory.reset();
    }

    void succeedsWithProgress()
    {
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        QSignalSpy changed(&runner, &JobRunner::jobChanged);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QThread *emittedOn = nullptr;
        connect(&runner, &JobRunner::jobFinished, this,
                [&emittedOn] { emittedOn = QThread::currentThread(); });

        const qint64 id = enqueue(job(QStringLiteral("test.record"),
                                      {{QStringLiteral("steps"), 20}, {QStringLiteral("sleepMs"), 25}}));
        QVERIFY(id > 0);
        QElapsedTimer timer;
        timer.start();
        runner.runUntilIdle();
        const qint64 elapsedMs = timer.elapsed();

        const auto done = find(id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.attempts, 1);
        QCOMPARE(done.progressTotal, qint64(20));
        QCOMPARE(done.progressDone, qint64(20));
        QCOMPARE(done.message, QStringLiteral("Step 20"));
        QVERIFY(done.error.isEmpty());
        QVERIFY(!done.leaseUntil.isValid());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs WHERE outcome = 'succeeded'")),
                 qint64(1));
        auto logs = repo().logs(id);
        QVERIFY(logs.ok());
        QVERIFY2(logs->isEmpty(), qPrintable(logs->join(u'|'))); // only retries log their attempt

        // Signals arrive on the runner's thread; progress reports are throttled (~200 ms apart).
        QTRY_COMPARE(finished.size(), qsizetype(1));
        QCOMPARE(finished.at(0).at(0).toLongLong(), id);
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Succeeded);
        QCOMPARE(emittedOn, QThread::currentThread());
        QVERIFY(changed.size() >= 3); // claimed, progress, finished
        const qint64 maxProgressWrites = elapsedMs / 200 + 2;
        QVERIFY2(changed.size() <= maxProgressWrites + 2,
                 qPrintable(QStringLiteral("%1 changes in %2 ms").arg(changed.size()).arg(elapsedMs)));
    }

    void retriesWithBackoffThenSucceeds()
    {
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const qint64 id = enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("failTimes"), 1}}));
        runner.runUntilIdle();

        // The first attempt failed and waits out its backoff (1 s, the jitter rounds away).
        auto waiting = find(id);
        QCOMPARE(waiting.status, JobStatus::Queued);
        QCOMPARE(waiting.attempts, 1);
        QCOMPARE(waiting.error, QStringLiteral("The test CA is busy."));
        QCOMPARE(waiting.runAfter.toSecsSinceEpoch() - waiting.updatedAt.toSecsSinceEpoch(), qint64(1));
        auto logs = repo().logs(id);
        QVERIFY(logs->contains(QStringLiteral("Attempt 1 failed: The test CA is busy. (transient)")));

        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(find(id).status, JobStatus::Succeeded, 5000);
        const auto done = find(id);
        QCOMPARE(done.attempts, 2);
        QVERIFY(done.error.isEmpty());
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM test_runs WHERE outcome = 'failed' AND attempt = 1")),
            qint64(1));
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM test_runs WHERE outcome = 'succeeded' AND attempt = 2")),
                 qint64(1));
        // The second run came after the backoff.
        QVERIFY(count(QStringLiteral("SELECT at_ms FROM test_runs WHERE attempt = 2")) >=
                waiting.runAfter.toMSecsSinceEpoch());
        QTRY_COMPARE(finished.size(), qsizetype(1)); // only the final outcome finishes the job
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Succeeded);
    }

    void backoffGrowsAndIsCapped()
    {
        JobRunner::Options options = fastOptions(QStringLiteral("runner-1"));
        options.baseBackoffSeconds = 10;
        options.maxBackoffSeconds = 15;
        JobRunner runner(m_db, options);
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        const qint64 id = enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("failTimes"), 9}}, 5));
        auto backoff = [&] {
            const auto waiting = find(id);
            return waiting.runAfter.toSecsSinceEpoch() - waiting.updatedAt.toSecsSinceEpoch();
        };
        auto makeDue = [&] {
            return store::runQuery(m_db->connection(),
                                   QStringLiteral("UPDATE jobs SET run_after = 0 WHERE id = ?"), {id},
                                   QStringLiteral("make the job due"))
                .ok();
        };
        runner.runUntilIdle();
        QCOMPARE(find(id).attempts, 1);
        QVERIFY2(backoff() >= 8 && backoff() <= 12, qPrintable(QString::number(backoff()))); // 10 s +-20%
        QVERIFY(makeDue());
        runner.runUntilIdle();
        QCOMPARE(find(id).attempts, 2);
        QVERIFY2(backoff() >= 12 && backoff() <= 18,
                 qPrintable(QString::number(backoff()))); // 20 s, capped to 15
    }

    void permanentFailure()
    {
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const qint64 refused =
            enqueue(job(QStringLiteral("test.record"),
                        {{QStringLiteral("failTimes"), 9}, {QStringLiteral("permanent"), true}}));
        const qint64 exhausted =
            enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("failTimes"), 9}}, 1));
        runner.runUntilIdle();
        for (const qint64 id : {refused, exhausted}) {
            const auto failed = find(id);
            QCOMPARE(failed.status, JobStatus::Failed);
            QCOMPARE(failed.attempts, 1);
            QCOMPARE(failed.error, QStringLiteral("The test CA is busy."));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(2));
        QTRY_COMPARE(finished.size(), qsizetype(2));
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Failed);
        QCOMPARE(finished.at(1).at(1).value<JobStatus>(), JobStatus::Failed);
    }

    void cancelsRunningJob()
    {
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const qint64 id = enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("loop"), true}}));
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(find(id).status == JobStatus::Running && find(id).progressDone > 0, 5000);

        QVERIFY(repo().requestCancel(id).ok());
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(find(id).status, JobStatus::Cancelled, 5000);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs WHERE outcome = 'cancelled'")),
                 qint64(1));
        QTRY_COMPARE(finished.size(), qsizetype(1));
        QCOMPARE(finished.at(0).at(1).value<JobStatus>(), JobStatus::Cancelled);
        QCOMPARE(find(id).attempts, 1);
    }

    void jobOfAnUnknownKindIsLeftForAnotherRunner()
    {
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        const qint64 id = enqueue(job(QStringLiteral("no.such.kind")));
        runner.runUntilIdle();
        // Another CertDesk (a newer version) on the same store may know this kind: leave it queued.
        const auto untouched = find(id);
        QCOMPARE(untouched.status, JobStatus::Queued);
        QCOMPARE(untouched.attempts, 0);
        QVERIFY(untouched.leaseOwner.isEmpty());
    }

    void stopGivesRunningJobBack()
    {
        const qint64 id = enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("loop"), true}}));
        {
            JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
            runner.registerHandler(QStringLiteral("test.record"),
                                   std::make_shared<RecordingHandler>(runner.owner()));
            runner.start();
            QTRY_VERIFY_WITH_TIMEOUT(find(id).status == JobStatus::Running, 5000);
        } // destroyed: cancels and waits
        const auto released = find(id);
        QCOMPARE(released.status, JobStatus::Queued);
        QCOMPARE(released.attempts, 0);
        QVERIFY(released.leaseOwner.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs WHERE outcome = 'cancelled'")),
                 qint64(1));

        // The next runner takes it up (here as a job that just finishes).
        QVERIFY(store::runQuery(m_db->connection(),
                                QStringLiteral("UPDATE jobs SET payload_json = '{}' WHERE id = ?"), {id},
                                QStringLiteral("change the payload"))
                    .ok());
        JobRunner next(m_db, fastOptions(QStringLiteral("runner-2")));
        next.registerHandler(QStringLiteral("test.record"), std::make_shared<RecordingHandler>(next.owner()));
        next.runUntilIdle();
        QCOMPARE(find(id).status, JobStatus::Succeeded);
        QCOMPARE(find(id).attempts, 1);
    }

    void twoRunnersRunEachJobOnce()
    {
        constexpr int Jobs = 50;
        // A second Database on the same file: as a second console on the same inventory would.
        auto other = store::Database::open(store::ConnectionSpec::sqlite(m_inventory->dbPath));
        QVERIFY(other.ok());
        JobRunner a(m_db, fastOptions(QStringLiteral("runner-a")));
        JobRunner b(*other, fastOptions(QStringLiteral("runner-b")));
        for (auto *runner : {&a, &b})
            runner->registerHandler(QStringLiteral("test.record"),
                                    std::make_shared<RecordingHandler>(runner->owner()));
        QList<qint64> ids;
        for (int i = 0; i < Jobs; ++i)
            ids << enqueue(job(QStringLiteral("test.record"),
                               {{QStringLiteral("steps"), 1}, {QStringLiteral("sleepMs"), 5}}));
        a.start();
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM jobs WHERE status = 'succeeded'")), qint64(Jobs),
            30000);
        a.stop();
        b.stop();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(Jobs));
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT job_id) FROM test_runs")), qint64(Jobs));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE attempts <> 1")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs r JOIN jobs j ON j.id = r.job_id "
                                      "WHERE j.lease_owner <> r.runner")),
                 qint64(0));
        qInfo("runner-a ran %lld jobs, runner-b %lld",
              count(QStringLiteral("SELECT count(*) FROM test_runs WHERE runner = 'runner-a'")),
              count(QStringLiteral("SELECT count(*) FROM test_runs WHERE runner = 'runner-b'")));
    }

    void leaseIsRenewedWhileRunning()
    {
        // A job that runs three times as long as its lease, without ever looking at its context.
        JobRunner::Options options = fastOptions(QStringLiteral("slow"));
        options.leaseSeconds = 1;
        JobRunner slow(m_db, options);
        JobRunner eager(m_db, fastOptions(QStringLiteral("eager")));
        slow.registerHandler(QStringLiteral("test.record"), std::make_shared<RecordingHandler>(slow.owner()));
        const qint64 id = enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("busyMs"), 3000}}));
        slow.start();
        QTRY_VERIFY_WITH_TIMEOUT(find(id).status == JobStatus::Running, 5000);
        eager.registerHandler(QStringLiteral("test.record"),
                              std::make_shared<RecordingHandler>(eager.owner()));
        eager.start(); // polls every 20 ms: would take the job the moment its lease ran out
        QTRY_COMPARE_WITH_TIMEOUT(find(id).status, JobStatus::Succeeded, 10000);
        QCOMPARE(find(id).attempts, 1);
        QCOMPARE(find(id).leaseOwner, QStringLiteral("slow"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(1));
    }

    void handlerEndsTheJobInItsTransaction()
    {
        // One commit per job: the work, the job's end and the claim of the next job.
        JobRunner::Options options = fastOptions(QStringLiteral("runner-1"));
        options.maxConcurrent = 1;
        JobRunner runner(m_db, options);
        runner.registerHandler(QStringLiteral("test.end"), std::make_shared<EndingHandler>());
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << enqueue(job(QStringLiteral("test.end")));
        runner.runUntilIdle();
        for (const qint64 id : std::as_const(ids)) {
            const auto done = find(id);
            QCOMPARE(done.status, JobStatus::Succeeded);
            QCOMPARE(done.attempts, 1);
            QCOMPARE(done.progressDone, qint64(3));
            QCOMPARE(done.progressTotal, qint64(3));
            QCOMPARE(done.message, QStringLiteral("Done"));
            QVERIFY(!done.leaseUntil.isValid());
            QCOMPARE(*repo().logs(id), QStringList{QStringLiteral("done line")});
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(5));
        QTRY_COMPARE(finished.size(), qsizetype(5));
        for (const auto &signal : std::as_const(finished))
            QCOMPARE(signal.at(1).value<JobStatus>(), JobStatus::Succeeded);
    }

    void rolledBackEndIsNotRecorded()
    {
        // The handler ended its job, then its transaction rolled back: the work, the end and the
        // claim of the next job are undone together; the job is retried and the next one still runs.
        // The backoff is long so that a slow machine cannot make the retry due within this run.
        JobRunner::Options options = fastOptions(QStringLiteral("runner-1"));
        options.maxConcurrent = 1;
        options.baseBackoffSeconds = 60;
        options.maxBackoffSeconds = 120;
        JobRunner runner(m_db, options);
        runner.registerHandler(QStringLiteral("test.end"), std::make_shared<EndingHandler>());
        const qint64 failing = enqueue(job(QStringLiteral("test.end"), {{QStringLiteral("rollback"), true}}));
        const qint64 next = enqueue(job(QStringLiteral("test.end")));
        runner.runUntilIdle();
        const auto retried = find(failing);
        QCOMPARE(retried.status, JobStatus::Queued);
        QCOMPARE(retried.attempts, 1);
        QCOMPARE(retried.error, QStringLiteral("The test CA is busy."));
        QCOMPARE(retried.progressDone, qint64(0));
        QVERIFY(!repo().logs(failing)->contains(QStringLiteral("done line")));
        QCOMPARE(find(next).status, JobStatus::Succeeded);
        QCOMPARE(find(next).attempts, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(1)); // the next job's
    }

    void failureAfterTheEndGivesTheNextJobBack()
    {
        // A handler that commits the end and then fails: its job stays succeeded, and the job that
        // was claimed with the end goes back to the queue (its attempt not counted) instead of
        // waiting out its lease, so the same round of claims runs it.
        JobRunner::Options options = fastOptions(QStringLiteral("runner-1"));
        options.maxConcurrent = 1;
        JobRunner runner(m_db, options);
        runner.registerHandler(QStringLiteral("test.end"), std::make_shared<EndingHandler>());
        const qint64 first =
            enqueue(job(QStringLiteral("test.end"), {{QStringLiteral("failAfterEnd"), true}}));
        const qint64 second = enqueue(job(QStringLiteral("test.end")));
        // Recording the failure of a job that has ended is refused.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("job %1 .*no longer run").arg(first)));
        runner.runUntilIdle();
        QCOMPARE(find(first).status, JobStatus::Succeeded);
        const auto ran = find(second);
        QCOMPARE(ran.status, JobStatus::Succeeded);
        QCOMPARE(ran.attempts, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(2));
    }

    void quickJobWritesNoProgressOfItsOwn()
    {
        // The progress throttle starts at the claim: a job that ends within 200 ms writes its
        // progress only with its end.
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        QSignalSpy changed(&runner, &JobRunner::jobChanged);
        const qint64 id = enqueue(job(QStringLiteral("test.record"), {{QStringLiteral("steps"), 3}}));
        runner.runUntilIdle();
        const auto done = find(id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.progressDone, qint64(3));
        QCOMPARE(done.progressTotal, qint64(3));
        QCOMPARE(done.message, QStringLiteral("Step 3"));
        QTRY_COMPARE(changed.size(), qsizetype(2)); // claimed, finished
    }

    void abandonedJobsAreSettledBeforeClaiming()
    {
        // A job whose runner died with its last attempt, and a cancel request nobody honoured: a
        // runner closes both (once per round of claims) instead of running them.
        JobRunner runner(m_db, fastOptions(QStringLiteral("runner-1")));
        runner.registerHandler(QStringLiteral("test.record"),
                               std::make_shared<RecordingHandler>(runner.owner()));
        const qint64 exhausted = enqueue(job(QStringLiteral("test.record"), {}, 1));
        const qint64 cancelled = enqueue(job(QStringLiteral("test.record")));
        for (const qint64 id : {exhausted, cancelled}) {
            const auto claimed = repo().claimNext(QStringLiteral("dead"), 30);
            QVERIFY(claimed.ok() && claimed->has_value());
            QCOMPARE(claimed->value().id, id);
        }
        QVERIFY(repo().requestCancel(cancelled).ok());
        QVERIFY(store::runQuery(m_db->connection(), QStringLiteral("UPDATE jobs SET lease_until = 0"), {},
                                QStringLiteral("let the leases run out"))
                    .ok());
        runner.runUntilIdle();
        QCOMPARE(find(exhausted).status, JobStatus::Failed);
        QVERIFY(find(exhausted).error.contains(QLatin1String("never finished")));
        QCOMPARE(find(cancelled).status, JobStatus::Cancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs")), qint64(0));
    }

    void killedRunnersJobIsTakenOver()
    {
        const qint64 id = enqueue(job(QStringLiteral("test.crash")));
        QProcess child;
        child.setProgram(QStringLiteral(JOBRUNNER_CHILD));
        child.setArguments({m_inventory->dbPath, QStringLiteral("child")});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(repo().logs(id).ok() && repo().logs(id)->contains(QStringLiteral("started")),
                                 15000);
        auto running = find(id);
        QCOMPARE(running.status, JobStatus::Running);
        QCOMPARE(running.leaseOwner, QStringLiteral("child"));
        QCOMPARE(running.attempts, 1);

        child.kill(); // SIGKILL: no cleanup, the lease stays until it runs out
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const auto orphaned = find(id);
        QCOMPARE(orphaned.status, JobStatus::Running);
        QCOMPARE(orphaned.leaseOwner, QStringLiteral("child"));

        JobRunner::Options options = fastOptions(QStringLiteral("rescuer"));
        options.leaseSeconds = 2;
        options.pollIntervalMs = 50;
        JobRunner rescuer(m_db, options);
        rescuer.registerHandler(QStringLiteral("test.crash"), std::make_shared<CompletingHandler>());
        rescuer.start();
        QTRY_COMPARE_WITH_TIMEOUT(find(id).status, JobStatus::Succeeded, 15000);

        const auto done = find(id);
        QCOMPARE(done.attempts, 2);
        QCOMPARE(done.leaseOwner, QStringLiteral("rescuer"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_done")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_runs WHERE runner = 'rescuer'")), qint64(1));
        // Taken over only once the killed runner's lease had run out.
        QVERIFY(count(QStringLiteral("SELECT at_ms FROM test_runs")) / 1000 >
                orphaned.leaseUntil.toSecsSinceEpoch());
        auto logs = repo().logs(id);
        QVERIFY(logs.ok());
        QCOMPARE(logs->count(QStringLiteral("started")), qsizetype(1));
        QCOMPARE(logs->count(QStringLiteral("completing")), qsizetype(1));
        QVERIFY(logs->contains(QStringLiteral("Attempt 2 of 3 started by rescuer")));
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
