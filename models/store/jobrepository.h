// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/job.h"
#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace certdesk::store {

/// Options for a new job.
struct NewJob
{
    QString kind;
    QJsonObject payload;
    int maxAttempts = 3;
    QDateTime runAfter; ///< invalid = now
    /// While a job with this key is queued or running, enqueueing another with the same key returns
    /// the existing job's id instead (two schedulers never queue the same renewal twice).
    QString dedupeKey;
};

/// How far a job got: `done` of `total` steps (total 0: unknown).
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

/// The job queue (tables `jobs`, `job_logs`). Enqueue on the caller's connection, so a change and
/// the jobs it causes commit together. Claiming is atomic on both backends: of two runners racing
/// for a job, exactly one gets it.
///
/// The calls that finish a leased job (markSucceeded, markFailed, markCancelled, release) change it
/// only while `owner` still holds its lease; otherwise they change nothing and fail with
/// ErrorCode::NotFound (the job was taken over after the lease ran out, or is gone). Times are
/// stored in whole seconds, so a lease or backoff of n seconds ends between n and n + 1 seconds later.
///
/// The statements a runner issues for every job are prepared once per connection (SQLite), and
/// their autocommit writes queue on the Database's in-process write lock.
class JobRepository final
{
public:
    explicit JobRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> enqueue(const NewJob &job);
    /// Settles the jobs whose runner died for good (their lease ran out): one with a cancel request
    /// becomes cancelled, one that has used all its attempts failed, instead of bringing down one
    /// runner after another. A runner calls it once per round of claims (each poll), not per claim.
    Status settleAbandoned();
    /// Claims the oldest due job of one of `kinds` (all kinds when empty): a queued job whose
    /// runAfter has passed, or a running one whose lease expired (its runner died) and that has
    /// attempts left. Sets status running, the lease owner and lease end, resets the progress, and
    /// counts an attempt. nullopt when none is due. One statement; settleAbandoned() is separate.
    Result<std::optional<domain::Job>> claimNext(const QString &owner, int leaseSeconds,
                                                 const QStringList &kinds = {});
    /// Extends the lease; false when the job is no longer leased by `owner` (stolen after expiry).
    Result<bool> renewLease(qint64 id, const QString &owner, int leaseSeconds);
    /// An empty message keeps the previous one.
    Status setProgress(qint64 id, qint64 done, qint64 total, const QString &message);
    Status appendLog(qint64 id, const QString &line);
    /// The job's log lines, oldest first.
    Result<QStringList> logs(qint64 id);
    /// Merges `result` into the job's result (its keys replace the same keys, the others stay).
    /// Call it on the connection and inside the transaction that makes the change it records, so
    /// that a job run again after a crash knows exactly what was done.
    Status setResult(qint64 id, const QJsonObject &result);
    /// An empty message keeps the latest progress message. With `progress`, the final progress is
    /// written in the same statement (a runner needs no separate progress write at the end). Call it
    /// inside the transaction of the job's work to make the work and the job's end one commit.
    Status markSucceeded(qint64 id, const QString &owner, const QString &message,
                         std::optional<JobProgress> progress = std::nullopt);
    /// Records a failure: queued again with runAfter = now + backoff while attempts < maxAttempts,
    /// failed for good otherwise. `permanent` skips the retries, and so does a cancel request.
    Status markFailed(qint64 id, const QString &owner, const QString &error, int backoffSeconds,
                      bool permanent);
    /// Queued jobs are cancelled at once; a running one gets CancelRequested for its handler to see.
    /// Nothing to do for a job already cancelled or asked to; a job that succeeded or failed is
    /// refused with a message.
    Status requestCancel(qint64 id);
    Status markCancelled(qint64 id, const QString &owner);
    /// Gives a running job back to the queue, due now, without counting the attempt (its runner is
    /// shutting down). A cancel request that came meanwhile is honoured: the job becomes cancelled.
    Status release(qint64 id, const QString &owner);
    /// A failed or cancelled job is queued again with its attempts reset (its result is kept).
    /// Refused while another job with the same dedupe key is queued or running.
    Status retry(qint64 id);
    Result<domain::Job> find(qint64 id);
    /// Newest first.
    Result<QList<domain::Job>> recent(int limit);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
