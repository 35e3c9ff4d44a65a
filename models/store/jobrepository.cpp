// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/jobrepository.h"

#include "models/store/database.h"
#include "models/store/preparedquery.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace certdesk::store {

using namespace detail;

namespace {

/// The jobs columns that make a domain::Job, in readJob() order.
const QString JobColumns = QStringLiteral(
    "id, kind, payload_json, status, attempts, max_attempts, run_after, lease_owner, lease_until, "
    "progress_done, progress_total, message, error, dedupe, result_json, created_at, updated_at");

/// The statuses in which a job still has to run (or is running): its dedupe key binds, and the
/// partial unique index idx_jobs_dedupe_active (migration 0002) covers exactly these.
const QString ActiveStatuses = QStringLiteral("('queued', 'running', 'cancel_requested')");

/// The statuses in which a runner holds the job's lease.
const QString LeasedStatuses = QStringLiteral("('running', 'cancel_requested')");

/// How often enqueue() tries again when the job it deduplicates against finishes in between.
constexpr int EnqueueTries = 5;

/// A job from a row of JobColumns: a QSqlQuery positioned on it, or a PreparedResult.
template <typename Row> domain::Job readJob(const Row &q)
{
    int i = 0;
    auto next = [&]() { return q.value(i++); };
    domain::Job job;
    job.id = next().toLongLong();
    job.kind = next().toString();
    job.payload = QJsonDocument::fromJson(next().toString().toUtf8()).object();
    job.status = domain::jobStatusFromKey(next().toString()).value_or(domain::JobStatus::Queued);
    job.attempts = next().toInt();
    job.maxAttempts = next().toInt();
    job.runAfter = fromDbTime(next());
    job.leaseOwner = next().toString();
    job.leaseUntil = fromDbTime(next());
    job.progressDone = next().toLongLong();
    job.progressTotal = next().toLongLong();
    job.message = next().toString();
    job.error = next().toString();
    job.dedupeKey = next().toString();
    job.result = QJsonDocument::fromJson(next().toString().toUtf8()).object();
    job.createdAt = fromDbTime(next());
    job.updatedAt = fromDbTime(next());
    return job;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

/// A nullable text column: NULL for an empty string.
QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

Error notFound(qint64 id)
{
    return Error{
        QCoreApplication::translate("certdesk", "Job %1 does not exist; it may have been deleted.").arg(id),
        {},
        ErrorCode::NotFound};
}

Error leaseLost(qint64 id, const QString &owner)
{
    return Error{QCoreApplication::translate(
                     "certdesk",
                     "Job %1 is no longer run by this program: its lease ran out and another runner took "
                     "it over, or it was removed. Its result was not recorded.")
                     .arg(id),
                 QStringLiteral("lease owner %1").arg(owner), ErrorCode::NotFound};
}

Error noRowReturned(const QString &what)
{
    return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                 QStringLiteral("the statement returned no row")};
}

/// Runs a statement that returns at most one row and tells whether it returned one. The statement
/// is reset at once (execPrepared): on SQLite an UPDATE ... RETURNING holds the write lock until then.
Result<bool> returnsRow(QSqlDatabase db, const QString &sql, const QVariantList &bindings,
                        const QString &what)
{
    auto q = execPrepared(std::move(db), sql, bindings, what);
    if (!q)
        return q.error();
    return q->hasRow;
}

} // namespace

Result<qint64> JobRepository::enqueue(const NewJob &job)
{
    const QString what = QCoreApplication::translate("certdesk", "add the job to the queue");
    if (job.kind.trimmed().isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     QStringLiteral("the job has no kind")};
    const qint64 at = now();
    const qint64 runAfter = job.runAfter.isValid() ? job.runAfter.toSecsSinceEpoch() : at;
    const QString payload = QString::fromUtf8(QJsonDocument(job.payload).toJson(QJsonDocument::Compact));
    static const QString insert =
        QStringLiteral("INSERT INTO jobs (kind, payload_json, status, attempts, max_attempts, run_after, "
                       "progress_done, progress_total, message, error, dedupe, created_at, updated_at) "
                       "VALUES (?, ?, 'queued', 0, ?, ?, 0, 0, '', '', ?, ?, ?) "
                       "ON CONFLICT (dedupe) WHERE status IN ") +
        ActiveStatuses + QStringLiteral(" DO NOTHING RETURNING id");
    static const QString findActive =
        QStringLiteral("SELECT id FROM jobs WHERE dedupe = ? AND status IN ") + ActiveStatuses;
    for (int attempt = 0; attempt < EnqueueTries; ++attempt) {
        // A job with the same key that is still to run wins: no row comes back.
        auto inserted = execPrepared(m_db, insert,
                                     {job.kind, payload, qMax(1, job.maxAttempts), qlonglong(runAfter),
                                      nullableText(job.dedupeKey), qlonglong(at), qlonglong(at)},
                                     what);
        if (!inserted)
            return inserted.error();
        if (inserted->hasRow)
            return inserted->value(0).toLongLong();
        if (job.dedupeKey.isEmpty())
            return noRowReturned(what);
        auto existing = execPrepared(m_db, findActive, {job.dedupeKey}, what);
        if (!existing)
            return existing.error();
        if (existing->hasRow)
            return existing->value(0).toLongLong();
        // The other job finished between the two statements: insert again.
    }
    return Error{
        QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
        QStringLiteral("jobs with dedupe key %1 kept finishing while this one was added").arg(job.dedupeKey)};
}

Status JobRepository::settleAbandoned()
{
    // Jobs whose runner died for good: a cancel request is honoured, a job that has used up its
    // attempts fails instead of bringing down one runner after another.
    static const QString settle =
        QStringLiteral("UPDATE jobs SET "
                       "status = CASE WHEN status = 'cancel_requested' THEN 'cancelled' ELSE 'failed' END, "
                       "error = CASE WHEN status = 'cancel_requested' THEN error ELSE ? END, "
                       "lease_until = NULL, updated_at = ? "
                       "WHERE status IN ") +
        LeasedStatuses +
        QStringLiteral(" AND lease_until < ? AND (status = 'cancel_requested' OR attempts >= max_attempts)");
    const QString stopped = QCoreApplication::translate(
        "certdesk", "The job never finished: every program that ran it stopped before the end. Look "
                    "at its log, then retry it.");
    const qint64 at = now();
    auto settled =
        execPrepared(m_db, settle, {stopped, qlonglong(at), qlonglong(at)},
                     QCoreApplication::translate("certdesk", "close the jobs whose runner stopped for good"));
    if (!settled)
        return settled.error();
    return {};
}

Result<std::optional<domain::Job>> JobRepository::claimNext(const QString &owner, int leaseSeconds,
                                                            const QStringList &kinds)
{
    const QString what = QCoreApplication::translate("certdesk", "take the next job from the queue");
    if (owner.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     QStringLiteral("no lease owner given")};
    const qint64 at = now();

    // The condition is repeated outside the subquery: of two claimers that picked the same row,
    // the second finds it no longer due and gets no row. PostgreSQL skips rows another claimer
    // has locked; SQLite runs one writer at a time.
    const QString due = QStringLiteral("((status = 'queued' AND run_after <= ?) OR (status = 'running' AND "
                                       "lease_until < ? AND attempts < max_attempts))");
    QString kindFilter;
    QVariantList kindValues;
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (const auto &kind : kinds) {
            marks << QStringLiteral("?");
            kindValues << kind;
        }
        kindFilter = QStringLiteral(" AND kind IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    QString pick;
    QVariantList pickValues;
    if (postgres) {
        pick = QStringLiteral("SELECT id FROM jobs WHERE ") + due + kindFilter +
               QStringLiteral(" ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED");
        pickValues << qlonglong(at) << qlonglong(at) << kindValues;
    } else {
        // The first row of each kind of due job, read in order from idx_jobs_status_run_after, and
        // the earlier of the two: a single condition with OR made SQLite collect and sort every due
        // job on every claim (n log n per claim, for the n jobs of a bulk issuance).
        const auto first = [&kindFilter](const QString &condition) -> QString {
            return QStringLiteral("SELECT * FROM (SELECT id, run_after FROM jobs WHERE ") + condition +
                   kindFilter + QStringLiteral(" ORDER BY run_after, id LIMIT 1)");
        };
        pick = QStringLiteral("SELECT id FROM (") +
               first(QStringLiteral("status = 'queued' AND run_after <= ?")) + QStringLiteral(" UNION ALL ") +
               first(QStringLiteral("status = 'running' AND lease_until < ? AND attempts < max_attempts")) +
               QStringLiteral(") ORDER BY run_after, id LIMIT 1");
        pickValues << qlonglong(at) << kindValues << qlonglong(at) << kindValues;
    }
    const QString sql =
        QStringLiteral("UPDATE jobs SET status = 'running', lease_owner = ?, lease_until = ?, "
                       "attempts = attempts + 1, progress_done = 0, progress_total = 0, "
                       "updated_at = ? WHERE id = (") +
        pick + QStringLiteral(") AND ") + due + QStringLiteral(" RETURNING ") + JobColumns;
    QVariantList bindings{owner, qlonglong(at + qMax(1, leaseSeconds)), qlonglong(at)};
    bindings << pickValues << qlonglong(at) << qlonglong(at);
    auto claimed = execPrepared(m_db, sql, bindings, what);
    if (!claimed)
        return claimed.error();
    std::optional<domain::Job> job;
    if (claimed->hasRow)
        job = readJob(*claimed);
    return job;
}

Result<bool> JobRepository::renewLease(qint64 id, const QString &owner, int leaseSeconds)
{
    static const QString renew =
        QStringLiteral("UPDATE jobs SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status IN ") +
        LeasedStatuses + QStringLiteral(" RETURNING id");
    return returnsRow(m_db, renew, {qlonglong(now() + qMax(1, leaseSeconds)), qlonglong(id), owner},
                      QCoreApplication::translate("certdesk", "extend the lease of a running job"));
}

Status JobRepository::setProgress(qint64 id, qint64 done, qint64 total, const QString &message)
{
    auto updated = returnsRow(
        m_db,
        QStringLiteral("UPDATE jobs SET progress_done = ?, progress_total = ?, "
                       "message = CASE WHEN ? = '' THEN message ELSE ? END, updated_at = ? "
                       "WHERE id = ? RETURNING id"),
        {qlonglong(done), qlonglong(total), text(message), text(message), qlonglong(now()), qlonglong(id)},
        QCoreApplication::translate("certdesk", "save the progress of a job"));
    if (!updated)
        return updated.error();
    if (!*updated)
        return notFound(id);
    return {};
}

Status JobRepository::appendLog(qint64 id, const QString &line)
{
    auto inserted =
        execPrepared(m_db, QStringLiteral("INSERT INTO job_logs (job_id, at, line) VALUES (?, ?, ?)"),
                     {qlonglong(id), qlonglong(now()), text(line)},
                     QCoreApplication::translate("certdesk", "write to the log of a job"));
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QStringList> JobRepository::logs(qint64 id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT line FROM job_logs WHERE job_id = ? ORDER BY id"),
                      {qlonglong(id)}, QCoreApplication::translate("certdesk", "read the log of a job"));
    if (!q)
        return q.error();
    QStringList lines;
    while (q.value().next())
        lines << q.value().value(0).toString();
    return lines;
}

Status JobRepository::setResult(qint64 id, const QJsonObject &result)
{
    const QString what = QCoreApplication::translate("certdesk", "save what a job has done");
    auto q = execPrepared(m_db, QStringLiteral("SELECT result_json FROM jobs WHERE id = ?"), {qlonglong(id)},
                          what);
    if (!q)
        return q.error();
    if (!q->hasRow)
        return notFound(id);
    QJsonObject merged = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    for (auto it = result.constBegin(); it != result.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    auto updated = returnsRow(
        m_db, QStringLiteral("UPDATE jobs SET result_json = ?, updated_at = ? WHERE id = ? RETURNING id"),
        {QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)), qlonglong(now()),
         qlonglong(id)},
        what);
    if (!updated)
        return updated.error();
    if (!*updated)
        return notFound(id);
    return {};
}

Status JobRepository::markSucceeded(qint64 id, const QString &owner, const QString &message,
                                    std::optional<JobProgress> progress)
{
    const auto statement = [](const QString &progressColumns) -> QString {
        return QStringLiteral("UPDATE jobs SET status = 'succeeded', ") + progressColumns +
               QStringLiteral(
                   "message = CASE WHEN ? = '' THEN message ELSE ? END, error = '', "
                   "lease_until = NULL, updated_at = ? WHERE id = ? AND lease_owner = ? AND status IN ") +
               LeasedStatuses + QStringLiteral(" RETURNING id");
    };
    static const QString withProgress = statement(QStringLiteral("progress_done = ?, progress_total = ?, "));
    static const QString withoutProgress = statement(QString());
    QVariantList bindings;
    if (progress)
        bindings << qlonglong(progress->done) << qlonglong(progress->total);
    bindings << text(message) << text(message) << qlonglong(now()) << qlonglong(id) << owner;
    auto updated = returnsRow(m_db, progress ? withProgress : withoutProgress, bindings,
                              QCoreApplication::translate("certdesk", "record the result of a job"));
    if (!updated)
        return updated.error();
    if (!*updated)
        return leaseLost(id, owner);
    return {};
}

Status JobRepository::markFailed(qint64 id, const QString &owner, const QString &error, int backoffSeconds,
                                 bool permanent)
{
    // Retried only when it may be, its runner was not asked to cancel it, and attempts remain.
    const QString retried = QStringLiteral("(? = 1 AND status = 'running' AND attempts < max_attempts)");
    const int retryable = permanent ? 0 : 1;
    const qint64 at = now();
    auto updated = returnsRow(
        m_db,
        QStringLiteral("UPDATE jobs SET status = CASE WHEN ") + retried +
            QStringLiteral(" THEN 'queued' ELSE 'failed' END, run_after = CASE WHEN ") + retried +
            QStringLiteral(" THEN ? ELSE run_after END, lease_owner = CASE WHEN ") + retried +
            QStringLiteral(" THEN NULL ELSE lease_owner END, lease_until = NULL, error = ?, updated_at = ? "
                           "WHERE id = ? AND lease_owner = ? AND status IN ") +
            LeasedStatuses + QStringLiteral(" RETURNING id"),
        {retryable, retryable, qlonglong(at + qMax(0, backoffSeconds)), retryable, text(error), qlonglong(at),
         qlonglong(id), owner},
        QCoreApplication::translate("certdesk", "record the failure of a job"));
    if (!updated)
        return updated.error();
    if (!*updated)
        return leaseLost(id, owner);
    return {};
}

Status JobRepository::requestCancel(qint64 id)
{
    auto updated = returnsRow(
        m_db,
        QStringLiteral(
            "UPDATE jobs SET status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE "
            "'cancel_requested' END, updated_at = ? WHERE id = ? AND status IN ('queued', 'running') "
            "RETURNING id"),
        {qlonglong(now()), qlonglong(id)}, QCoreApplication::translate("certdesk", "cancel the job"));
    if (!updated)
        return updated.error();
    if (*updated)
        return {};
    auto job = find(id);
    if (!job)
        return job.error();
    switch (job->status) {
    case domain::JobStatus::Cancelled:
    case domain::JobStatus::CancelRequested:
        return {};
    case domain::JobStatus::Succeeded:
    case domain::JobStatus::Failed:
        return Error{QCoreApplication::translate("certdesk",
                                                 "Job %1 has already finished: there is nothing to cancel.")
                         .arg(id),
                     {}};
    case domain::JobStatus::Queued:
    case domain::JobStatus::Running:
        break;
    }
    // Claimed or requeued between the two statements: try once more.
    auto again = returnsRow(
        m_db,
        QStringLiteral("UPDATE jobs SET status = CASE WHEN status = 'queued' THEN 'cancelled' "
                       "ELSE 'cancel_requested' END, updated_at = ? WHERE id = ? AND "
                       "status IN ('queued', 'running') RETURNING id"),
        {qlonglong(now()), qlonglong(id)}, QCoreApplication::translate("certdesk", "cancel the job"));
    if (!again)
        return again.error();
    return {};
}

Status JobRepository::markCancelled(qint64 id, const QString &owner)
{
    auto updated =
        returnsRow(m_db,
                   QStringLiteral("UPDATE jobs SET status = 'cancelled', lease_until = NULL, "
                                  "updated_at = ? WHERE id = ? AND lease_owner = ? AND status IN ") +
                       LeasedStatuses + QStringLiteral(" RETURNING id"),
                   {qlonglong(now()), qlonglong(id), owner},
                   QCoreApplication::translate("certdesk", "record the cancellation of a job"));
    if (!updated)
        return updated.error();
    if (!*updated)
        return leaseLost(id, owner);
    return {};
}

Status JobRepository::release(qint64 id, const QString &owner)
{
    const qint64 at = now();
    auto updated = returnsRow(
        m_db,
        QStringLiteral("UPDATE jobs SET "
                       "status = CASE WHEN status = 'running' THEN 'queued' ELSE 'cancelled' END, "
                       "attempts = CASE WHEN status = 'running' AND attempts > 0 THEN attempts - 1 "
                       "ELSE attempts END, "
                       "run_after = CASE WHEN status = 'running' THEN ? ELSE run_after END, "
                       "lease_owner = CASE WHEN status = 'running' THEN NULL ELSE lease_owner END, "
                       "lease_until = NULL, updated_at = ? "
                       "WHERE id = ? AND lease_owner = ? AND status IN ") +
            LeasedStatuses + QStringLiteral(" RETURNING id"),
        {qlonglong(at), qlonglong(at), qlonglong(id), owner},
        QCoreApplication::translate("certdesk", "give a job back to the queue"));
    if (!updated)
        return updated.error();
    if (!*updated)
        return leaseLost(id, owner);
    return {};
}

Status JobRepository::retry(qint64 id)
{
    const QString what = QCoreApplication::translate("certdesk", "queue the job again");
    bool duplicate = false;
    {
        // A savepoint when the caller has a transaction open: on PostgreSQL a failed statement would
        // otherwise abort the caller's whole transaction.
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.error();
        const qint64 at = now();
        auto updated = returnsRow(
            m_db,
            QStringLiteral("UPDATE jobs SET status = 'queued', attempts = 0, run_after = ?, error = '', "
                           "lease_owner = NULL, lease_until = NULL, progress_done = 0, progress_total = 0, "
                           "updated_at = ? WHERE id = ? AND status IN ('failed', 'cancelled') RETURNING id"),
            {qlonglong(at), qlonglong(at), qlonglong(id)}, what);
        if (!updated) {
            if (!isUniqueViolation(updated.error().detail))
                return updated.error();
            duplicate = true;
        } else if (*updated) {
            return transaction.commit();
        }
    }
    auto job = find(id);
    if (!job)
        return job.error();
    if (duplicate) {
        return Error{QCoreApplication::translate(
                         "certdesk",
                         "Another job for the same purpose (%1) is already queued or running: wait for it "
                         "to finish, or cancel it first.")
                         .arg(job->dedupeKey),
                     {}};
    }
    if (job->status == domain::JobStatus::Succeeded)
        return Error{QCoreApplication::translate("certdesk",
                                                 "Job %1 has already succeeded: only a failed or cancelled job can "
                                                 "be retried.")
                         .arg(id),
                     {},
                     ErrorCode::InvalidInput};
    return Error{
        QCoreApplication::translate(
            "certdesk", "Job %1 is still queued or running: only a failed or cancelled job can be retried.")
            .arg(id),
        {}};
}

Result<domain::Job> JobRepository::find(qint64 id)
{
    static const QString select =
        QStringLiteral("SELECT ") + JobColumns + QStringLiteral(" FROM jobs WHERE id = ?");
    auto q =
        execPrepared(m_db, select, {qlonglong(id)}, QCoreApplication::translate("certdesk", "read the job"));
    if (!q)
        return q.error();
    if (!q->hasRow)
        return notFound(id);
    return readJob(*q);
}

Result<QList<domain::Job>> JobRepository::recent(int limit)
{
    QList<domain::Job> jobs;
    if (limit <= 0)
        return jobs;
    auto q = runQuery(
        m_db, QStringLiteral("SELECT ") + JobColumns + QStringLiteral(" FROM jobs ORDER BY id DESC LIMIT ?"),
        {limit}, QCoreApplication::translate("certdesk", "list the jobs"));
    if (!q)
        return q.error();
    while (q.value().next())
        jobs << readJob(q.value());
    return jobs;
}

} // namespace certdesk::store
