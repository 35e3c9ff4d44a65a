// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/job.h"
#include "models/domain/result.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// What a running job's handler can do: read its payload, report progress, write log lines, see a
/// cancel request, and use the worker thread's database connection.
class JobContext
{
public:
    virtual ~JobContext() = default;
    /// The job as claimed (its attempts already count this run; result holds what earlier runs did).
    virtual const domain::Job &job() const = 0;
    /// The worker thread's own connection (JobRepository::setResult belongs in its transactions).
    virtual QSqlDatabase database() const = 0;
    /// Written to the store at most every 200 ms, counted from the claim (the last values always,
    /// with the job's end, so a job that ends within 200 ms writes no progress of its own); an
    /// empty message keeps the previous one.
    virtual void setProgress(qint64 done, qint64 total, const QString &message = {}) = 0;
    /// Appends a line to the job's log at once.
    virtual void log(const QString &line) = 0;
    /// True once the user asked to cancel (the store is looked at at most every 500 ms), the runner
    /// is stopping, or another runner took the job over; check between steps.
    virtual bool isCancelled() const = 0;
    /// Ends the job as succeeded inside the caller's open transaction on `db` (the worker thread's
    /// connection), so that the work, its result (JobRepository::setResult) and the job's end are
    /// one commit: writes the final progress `done` of `total` with `message` (empty keeps the
    /// previous one), `logLine` when not empty, and the status, and claims the worker's next job in
    /// the same transaction (in a savepoint). Call it last before the commit. When run() then
    /// returns success, the runner writes nothing more for this run; when the transaction rolls back
    /// instead, return its error: the failure is recorded as usual, and the claim was undone with it.
    /// Fails with ErrorCode::NotFound when the job is no longer this runner's: roll back then.
    virtual Status succeedWithin(QSqlDatabase db, qint64 done, qint64 total, const QString &message,
                                 const QString &logLine = {}) = 0;
    /// Should this run fail and be retried, waits at least `delay` before the next attempt (a
    /// service's Retry-After) instead of the backoff when that is shorter; at most a day.
    virtual void setRetryAfter(std::chrono::seconds delay) = 0;
};

/// Whether an error comes from the request itself (bad input, a missing object, a wrong or missing
/// password, a sandbox denial), so that retrying cannot help: what a handler's isRetryable() refuses.
bool isPermanentError(const Error &error);

/// Does one kind of job. run() is called on a worker thread; it must be idempotent, because a job
/// whose runner died is run again. Return ErrorCode::Cancelled when it stopped for a cancel.
class JobHandler
{
public:
    virtual ~JobHandler() = default;
    virtual Status run(JobContext &context) = 0;
    /// True for errors worth retrying (network, CA busy); false makes the failure final at once.
    virtual bool isRetryable(const Error &) const { return true; }
};

/// Claims jobs from the store with a lease and runs them on its own QThreadPool (never the global
/// one, so long jobs do not starve the UI's short tasks). Polls for due jobs with a timer, renews
/// leases while a job runs, retries failures with exponential backoff, and lets a job whose lease
/// ran out (a killed process) be claimed again. Several runners, in one process or many, may share
/// one store: a job runs once at a time.
///
/// Store writes per job: the claim and the end, one statement and one commit each (the end carries
/// the final progress; the runner does not read the job back). A handler that ends its job in its
/// own transaction (JobContext::succeedWithin) makes a job one commit: the runner claims the
/// worker's next job in that transaction too. Jobs whose runner died for good are settled once per
/// poll or runUntilIdle(), not before every claim.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    struct Options
    {
        QString owner; ///< lease owner; default "<host>:<pid>:<random>"
        int maxConcurrent = 2;
        int leaseSeconds = 60;
        int pollIntervalMs = 1000;
        int baseBackoffSeconds = 5; ///< 5 s, 10 s, 20 s ... capped at maxBackoffSeconds, +-20% jitter
        int maxBackoffSeconds = 300;
    };

    JobRunner(std::shared_ptr<store::Database> db, Options options, QObject *parent = nullptr);
    explicit JobRunner(std::shared_ptr<store::Database> db, QObject *parent = nullptr);
    ~JobRunner() override; ///< stops: asks running jobs to cancel and waits for them

    /// The runner claims only jobs of the kinds it has handlers for.
    void registerHandler(const QString &kind, std::shared_ptr<JobHandler> handler);
    /// Starts polling (from the thread that owns the runner, which needs an event loop).
    void start();
    /// Stops claiming; running jobs are asked to cancel and awaited. A job whose handler returns
    /// ErrorCode::Cancelled for that goes back to the queue (the user did not cancel it).
    void stop();
    /// Claims and runs due jobs until none is left, then returns (CLI and tests; blocks the caller,
    /// so never on the GUI thread). A job waiting out its retry backoff is not due.
    void runUntilIdle();
    const QString &owner() const;

Q_SIGNALS:
    /// A job changed (claimed, progress, requeued, finished); emitted on the runner's thread.
    void jobChanged(qint64 id);
    /// A job reached an end state (succeeded, failed for good, cancelled); on the runner's thread.
    void jobFinished(qint64 id, certdesk::domain::JobStatus status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace certdesk::core
