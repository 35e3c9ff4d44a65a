// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/jobrunner.h"

#include "models/store/database.h"
#include "models/store/jobrepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>
#include <utility>

namespace certdesk::core {

namespace {

/// A running job writes its progress at most this often (the last value is always written).
constexpr int ProgressIntervalMs = 200;
/// A running job looks for a cancel request in the store at most this often.
constexpr int CancelCheckIntervalMs = 500;
/// The longest wait a handler may ask for before a retry (JobContext::setRetryAfter): a day.
constexpr std::chrono::seconds::rep MaxRetryAfterSeconds = 24 * 60 * 60;

QString defaultOwner()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

/// Releases a pool thread's database connection on the thread itself when it ends (QThreadPool ends
/// threads that idled for a while, and all of them when it is destroyed). Each JobRunner has its own
/// pool, so a pool thread only ever uses one Database.
class ThreadConnectionRelease final
{
public:
    ThreadConnectionRelease() = default;
    ThreadConnectionRelease(const ThreadConnectionRelease &) = delete;
    ThreadConnectionRelease &operator=(const ThreadConnectionRelease &) = delete;
    ~ThreadConnectionRelease()
    {
        if (auto db = m_db.lock())
            db->releaseThreadConnection();
    }
    void watch(const std::shared_ptr<store::Database> &db) { m_db = db; }

private:
    std::weak_ptr<store::Database> m_db;
};

thread_local ThreadConnectionRelease threadConnection;

void warn(const QString &text)
{
    qWarning("certdesk.jobs: %s", qPrintable(text));
}

} // namespace

bool isPermanentError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Denied:
    case ErrorCode::WrongPassword:
    case ErrorCode::PasswordRequired:
        return true;
    case ErrorCode::Generic:
    case ErrorCode::Cancelled:
        break;
    }
    return false;
}

struct JobRunner::Private
{
    class Context;

    Private(JobRunner *runner, std::shared_ptr<store::Database> database, Options opts)
        : q(runner), db(std::move(database)), options(std::move(opts)), pollTimer(new QTimer(runner))
    {
        if (options.owner.isEmpty())
            options.owner = defaultOwner();
        options.maxConcurrent = std::max(1, options.maxConcurrent);
        options.leaseSeconds = std::max(1, options.leaseSeconds);
        options.pollIntervalMs = std::max(10, options.pollIntervalMs);
        options.baseBackoffSeconds = std::max(0, options.baseBackoffSeconds);
        options.maxBackoffSeconds = std::max(options.baseBackoffSeconds, options.maxBackoffSeconds);
        pool.setMaxThreadCount(options.maxConcurrent);
        pool.setObjectName(QStringLiteral("JobRunner"));
        QObject::connect(pollTimer, &QTimer::timeout, runner, [this] { poll(); });
    }

    /// Takes a free slot for a worker; false when all maxConcurrent are taken.
    bool reserveSlot()
    {
        int used = busy.load();
        while (used < options.maxConcurrent) {
            if (busy.compare_exchange_weak(used, used + 1))
                return true;
        }
        return false;
    }

    /// One claimer per poll: it settles abandoned jobs, then spawns further workers while it finds
    /// jobs and slots are free.
    void poll()
    {
        if (!stopping.load() && reserveSlot())
            startWorker(true);
    }

    void startWorker(bool settleFirst)
    {
        pool.start([this, settleFirst] { work(settleFirst); });
    }

    /// A pool thread's loop: claim, run, again, until nothing is due or the runner stops. Holds one
    /// reserved slot. The first worker of a poll settles the jobs whose runner died for good first.
    void work(bool settleFirst);
    /// The kinds this runner has handlers for: a console of another version on the same store may
    /// know kinds this one does not, and must get to run them.
    QStringList kinds()
    {
        QMutexLocker lock(&mutex);
        return handlers.keys();
    }
    /// Claims the next due job on the calling thread's connection; nullopt when none is due or the
    /// store cannot be used (said in a warning).
    std::optional<domain::Job> claim();
    /// Runs a claimed job. Returns the job claimed in the same transaction as its end, if any
    /// (JobContext::succeedWithin), for the worker to run next without a commit of its own.
    std::optional<domain::Job> run(domain::Job job);
    std::optional<domain::Job> finish(Context &context, const domain::Job &job, JobHandler *handler,
                                      const Status &result, bool permanent);
    int backoffSeconds(int attempts) const;

    void notifyChanged(qint64 id)
    {
        QMetaObject::invokeMethod(
            q, [runner = q, id] { Q_EMIT runner->jobChanged(id); }, Qt::QueuedConnection);
    }

    void notifyFinished(qint64 id, domain::JobStatus status)
    {
        QMetaObject::invokeMethod(
            q, [runner = q, id, status] { Q_EMIT runner->jobFinished(id, status); }, Qt::QueuedConnection);
    }

    // The lease keeper: a thread of its own renews the leases of the running jobs every
    // leaseSeconds / 3, whatever their handlers are doing.
    void startKeeper();
    void stopKeeper();
    void keepLeases();
    void renewLeases();

    JobRunner *q;
    std::shared_ptr<store::Database> db; // declared before the pool: outlives its threads
    Options options;
    QTimer *pollTimer; // a child of the runner, so it lives in the runner's thread

    QMutex mutex; // guards handlers and running
    QHash<QString, std::shared_ptr<JobHandler>> handlers;
    QHash<qint64, Context *> running;

    std::atomic<bool> stopping{false};
    std::atomic<int> busy{0}; // reserved worker slots

    QMutex keeperMutex; // guards keeperStop
    QWaitCondition keeperWake;
    bool keeperStop = false;
    std::unique_ptr<QThread> keeper;

    QThreadPool pool; // declared last: destroyed (its threads joined) first
};

/// The JobContext of one run, used by the handler on its worker thread only (the lease keeper just
/// sets leaseLost).
class JobRunner::Private::Context final : public JobContext
{
public:
    Context(Private &runner, domain::Job job) : m_runner(runner), m_job(std::move(job))
    {
        // The claim just wrote the progress (reset) and read the status: both clocks start there.
        m_written.start();
        m_checked.start();
    }

    const domain::Job &job() const override { return m_job; }
    QSqlDatabase database() const override { return m_runner.db->connection(); }

    void setProgress(qint64 done, qint64 total, const QString &message) override
    {
        m_job.progressDone = done;
        m_job.progressTotal = total;
        if (!message.isEmpty()) {
            m_job.message = message;
            m_pendingMessage = message;
        }
        m_dirty = true;
        if (!m_written.isValid() || m_written.elapsed() >= ProgressIntervalMs)
            flushProgress();
    }

    void log(const QString &line) override
    {
        if (auto logged = store::JobRepository(m_runner.db->connection()).appendLog(m_job.id, line); !logged)
            warn(logged.error().fullText());
    }

    bool isCancelled() const override
    {
        if (m_runner.stopping.load() || leaseLost.load() || m_cancelRequested)
            return true;
        if (m_checked.isValid() && m_checked.elapsed() < CancelCheckIntervalMs)
            return false;
        m_checked.start();
        auto stored = store::JobRepository(m_runner.db->connection()).find(m_job.id);
        if (!stored) {
            // Deleted: nobody wants the result any more. Other errors: go on, the lease decides.
            if (stored.error().code == ErrorCode::NotFound)
                leaseLost = true;
            return leaseLost.load();
        }
        if (stored->leaseOwner != m_runner.options.owner ||
            (stored->status != domain::JobStatus::Running &&
             stored->status != domain::JobStatus::CancelRequested))
            leaseLost = true;
        else if (stored->status == domain::JobStatus::CancelRequested)
            m_cancelRequested = true;
        return leaseLost.load() || m_cancelRequested;
    }

    Status succeedWithin(QSqlDatabase db, qint64 done, qint64 total, const QString &message,
                         const QString &logLine) override
    {
        store::JobRepository repo(db);
        if (!logLine.isEmpty()) {
            if (auto logged = repo.appendLog(m_job.id, logLine); !logged)
                return logged;
        }
        if (auto ended = repo.markSucceeded(m_job.id, m_runner.options.owner, message,
                                            store::JobProgress{done, total});
            !ended)
            return ended;
        m_job.progressDone = done;
        m_job.progressTotal = total;
        if (!message.isEmpty())
            m_job.message = message;
        m_dirty = false;
        m_pendingMessage.clear();
        endedWithin = true;
        claimNextWithin(db);
        return {};
    }

    void setRetryAfter(std::chrono::seconds delay) override
    {
        m_retryAfter = int(std::clamp<std::chrono::seconds::rep>(delay.count(), 0, MaxRetryAfterSeconds));
    }

    /// What the handler asked to wait before a retry (setRetryAfter); 0 when it did not.
    int retryAfterSeconds() const { return m_retryAfter; }

    /// The job claimed in the transaction that ended this one (see claimNextWithin).
    std::optional<domain::Job> takeNext() { return std::exchange(m_next, std::nullopt); }

    /// The job's final progress, to be written with its end; the message is empty when the latest
    /// one was written already (an empty message keeps the stored one).
    store::JobProgress progress() const { return {m_job.progressDone, m_job.progressTotal}; }
    const QString &unwrittenMessage() const { return m_pendingMessage; }

    /// Claims this worker's next job in the transaction that ends this one, so that ending one job
    /// and claiming the next are a single commit. In a savepoint: a claim that fails (on PostgreSQL
    /// a failed statement spoils the whole transaction) leaves the work and the job's end alone, and
    /// the worker claims on its own afterwards.
    void claimNextWithin(const QSqlDatabase &db)
    {
        if (m_runner.stopping.load())
            return;
        store::Transaction savepoint(db);
        if (!savepoint.isActive())
            return;
        auto next = store::JobRepository(db).claimNext(m_runner.options.owner, m_runner.options.leaseSeconds,
                                                       m_runner.kinds());
        if (next && next->has_value() && savepoint.commit())
            m_next = std::move(*next);
    }

    /// Writes the progress not written yet (the throttle holds back values between writes).
    void flushProgress()
    {
        if (!m_dirty)
            return;
        m_dirty = false;
        m_written.start();
        auto saved = store::JobRepository(m_runner.db->connection())
                         .setProgress(m_job.id, m_job.progressDone, m_job.progressTotal, m_pendingMessage);
        m_pendingMessage.clear();
        if (!saved)
            warn(saved.error().fullText());
        m_runner.notifyChanged(m_job.id);
    }

    /// Set when the job is no longer this runner's (its lease was taken over, or it was deleted):
    /// the handler is told to stop, and its result is not recorded.
    mutable std::atomic<bool> leaseLost{false};
    /// Set once the handler recorded the job's success in its own transaction (succeedWithin);
    /// when run() returns success, that transaction committed and the job is over.
    std::atomic<bool> endedWithin{false};

private:
    Private &m_runner;
    domain::Job m_job;
    QString m_pendingMessage;
    bool m_dirty = false;
    QElapsedTimer m_written;
    mutable QElapsedTimer m_checked;
    mutable bool m_cancelRequested = false;
    std::optional<domain::Job> m_next;
    int m_retryAfter = 0;
};

void JobRunner::Private::work(bool settleFirst)
{
    threadConnection.watch(db);
    if (settleFirst && !stopping.load()) {
        QSqlDatabase connection = db->connection();
        if (connection.isOpen()) {
            if (auto settled = store::JobRepository(connection).settleAbandoned(); !settled)
                warn(settled.error().fullText());
        }
    }
    std::optional<domain::Job> next;
    while (!stopping.load()) {
        if (!next)
            next = claim();
        if (!next)
            break;
        // More may be due: let another worker look while this one runs.
        if (reserveSlot())
            startWorker(false);
        next = run(std::move(*next));
    }
    if (next) {
        // Claimed with the end of the previous job, but the runner is stopping: back to the queue.
        if (auto released = store::JobRepository(db->connection()).release(next->id, options.owner);
            !released)
            warn(released.error().fullText());
        notifyChanged(next->id);
    }
    busy.fetch_sub(1);
}

std::optional<domain::Job> JobRunner::Private::claim()
{
    QSqlDatabase connection = db->connection();
    if (!connection.isOpen())
        return std::nullopt; // Database::connection() said why
    const QStringList handled = kinds();
    if (handled.isEmpty())
        return std::nullopt;
    auto claimed = store::JobRepository(connection).claimNext(options.owner, options.leaseSeconds, handled);
    if (!claimed) {
        warn(claimed.error().fullText());
        return std::nullopt;
    }
    return std::move(claimed).value();
}

std::optional<domain::Job> JobRunner::Private::run(domain::Job job)
{
    notifyChanged(job.id);
    std::shared_ptr<JobHandler> handler;
    {
        QMutexLocker lock(&mutex);
        handler = handlers.value(job.kind);
    }
    Context context(*this, job);
    {
        QMutexLocker lock(&mutex);
        running.insert(job.id, &context);
    }
    // A first attempt needs no log line (the job row says who runs it); a retry does, so that the
    // log tells the attempts apart. One commit less per job matters for bulk issuance.
    if (job.attempts > 1)
        context.log(QCoreApplication::translate("certdesk", "Attempt %1 of %2 started by %3")
                        .arg(job.attempts)
                        .arg(job.maxAttempts)
                        .arg(options.owner));
    Status result;
    bool permanent = false;
    if (!handler) {
        result = Error{QCoreApplication::translate(
                           "certdesk",
                           "CertDesk has no handler for job kind %1: update CertDesk on the computer that "
                           "runs the jobs, or cancel the job.")
                           .arg(job.kind),
                       {}};
        permanent = true;
    } else {
        try {
            result = handler->run(context);
        } catch (const std::exception &e) {
            result = Error{QCoreApplication::translate(
                               "certdesk", "The job stopped on an internal error: report it to the CertDesk "
                                           "developers with the job's log."),
                           QString::fromLocal8Bit(e.what())};
        } catch (...) {
            result = Error{QCoreApplication::translate(
                               "certdesk", "The job stopped on an internal error: report it to the CertDesk "
                                           "developers with the job's log."),
                           QStringLiteral("unknown exception")};
        }
    }
    {
        QMutexLocker lock(&mutex);
        running.remove(job.id);
    }
    return finish(context, job, handler.get(), result, permanent);
}

std::optional<domain::Job> JobRunner::Private::finish(Context &context, const domain::Job &job,
                                                      JobHandler *handler, const Status &result,
                                                      bool permanent)
{
    const qint64 id = job.id;
    if (context.endedWithin.load()) {
        if (result.ok()) {
            // The handler's transaction recorded the end with its work (and claimed the next job):
            // nothing more to write.
            notifyChanged(id);
            notifyFinished(id, domain::JobStatus::Succeeded);
            return context.takeNext();
        }
        // The handler ended the job in its transaction but then failed: whether that transaction
        // committed is not known, so a job it claimed goes back to the queue (nothing happens when
        // the claim was rolled back with it).
        if (auto next = context.takeNext())
            (void)store::JobRepository(db->connection()).release(next->id, options.owner);
    }
    if (context.leaseLost.load()) {
        warn(QStringLiteral("job %1 (%2): the lease was lost, the result is not recorded")
                 .arg(id)
                 .arg(job.kind));
        notifyChanged(id);
        return std::nullopt;
    }
    store::JobRepository repo(db->connection());
    Status recorded;
    if (result.ok()) {
        // The final progress goes with the success: one statement, one commit.
        recorded = repo.markSucceeded(id, options.owner, context.unwrittenMessage(), context.progress());
    } else {
        context.flushProgress();
        const Error &error = result.error();
        if (error.code == ErrorCode::Cancelled) {
            // Stopping the runner is no reason to drop the job: it goes back to the queue (unless
            // the user asked to cancel it meanwhile).
            recorded =
                stopping.load() ? repo.release(id, options.owner) : repo.markCancelled(id, options.owner);
        } else {
            if (!permanent && handler)
                permanent = !handler->isRetryable(error);
            context.log(QCoreApplication::translate("certdesk", "Attempt %1 failed: %2")
                            .arg(job.attempts)
                            .arg(error.fullText()));
            recorded = repo.markFailed(
                id, options.owner, error.message,
                permanent ? 0 : std::max(backoffSeconds(job.attempts), context.retryAfterSeconds()),
                permanent);
        }
    }
    notifyChanged(id);
    if (!recorded) {
        warn(QStringLiteral("job %1 (%2): %3").arg(id).arg(job.kind, recorded.error().fullText()));
        return std::nullopt;
    }
    if (result.ok()) // the status is known: no need to read the job back
        notifyFinished(id, domain::JobStatus::Succeeded);
    else if (auto stored = repo.find(id); stored && domain::isFinished(stored->status))
        notifyFinished(id, stored->status);
    return std::nullopt;
}

int JobRunner::Private::backoffSeconds(int attempts) const
{
    if (options.baseBackoffSeconds <= 0)
        return 0;
    const double exponent = std::clamp(attempts - 1, 0, 30);
    const double capped = std::min(double(options.baseBackoffSeconds) * std::pow(2.0, exponent),
                                   double(options.maxBackoffSeconds));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::max(1, int(std::lround(capped * jitter)));
}

void JobRunner::Private::startKeeper()
{
    if (keeper)
        return;
    {
        QMutexLocker lock(&keeperMutex);
        keeperStop = false;
    }
    keeper.reset(QThread::create([this] { keepLeases(); }));
    keeper->setObjectName(QStringLiteral("JobRunner lease keeper"));
    keeper->start();
}

void JobRunner::Private::stopKeeper()
{
    if (!keeper)
        return;
    {
        QMutexLocker lock(&keeperMutex);
        keeperStop = true;
        keeperWake.wakeAll();
    }
    keeper->wait();
    keeper.reset();
}

void JobRunner::Private::keepLeases()
{
    const int intervalMs = std::max(100, options.leaseSeconds * 1000 / 3);
    QMutexLocker lock(&keeperMutex);
    while (!keeperStop) {
        keeperWake.wait(&keeperMutex, QDeadlineTimer(intervalMs));
        if (keeperStop)
            break;
        lock.unlock();
        renewLeases();
        lock.relock();
    }
    lock.unlock();
    db->releaseThreadConnection();
}

void JobRunner::Private::renewLeases()
{
    QList<qint64> ids;
    {
        QMutexLocker lock(&mutex);
        ids = running.keys();
    }
    if (ids.isEmpty())
        return;
    store::JobRepository repo(db->connection());
    for (const qint64 id : std::as_const(ids)) {
        auto renewed = repo.renewLease(id, options.owner, options.leaseSeconds);
        if (!renewed) {
            warn(renewed.error().fullText());
            continue;
        }
        if (!*renewed) {
            QMutexLocker lock(&mutex);
            if (auto *context = running.value(id); context && !context->endedWithin.load()) {
                warn(QStringLiteral("job %1: the lease was taken over by another runner").arg(id));
                context->leaseLost = true;
            }
        }
    }
}

JobRunner::JobRunner(std::shared_ptr<store::Database> db, Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(db), std::move(options)))
{}

JobRunner::JobRunner(std::shared_ptr<store::Database> db, QObject *parent)
    : JobRunner(std::move(db), Options{}, parent)
{}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::registerHandler(const QString &kind, std::shared_ptr<JobHandler> handler)
{
    QMutexLocker lock(&d->mutex);
    d->handlers.insert(kind, std::move(handler));
}

void JobRunner::start()
{
    d->stopping = false;
    d->startKeeper();
    d->pollTimer->start(d->options.pollIntervalMs);
    d->poll();
}

void JobRunner::stop()
{
    d->stopping = true;
    d->pollTimer->stop();
    d->pool.waitForDone();
    d->stopKeeper();
}

void JobRunner::runUntilIdle()
{
    d->stopping = false;
    d->startKeeper();
    if (d->reserveSlot())
        d->startWorker(true);
    d->pool.waitForDone();
    if (!d->pollTimer->isActive())
        d->stopKeeper();
}

const QString &JobRunner::owner() const
{
    return d->options.owner;
}

} // namespace certdesk::core
