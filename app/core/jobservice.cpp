// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/jobservice.h"

#include "app/core/issuancejobs.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"

namespace certdesk::core {

JobService::JobService(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

namespace {
store::NewJob issueJob(const IssueCertificateRequest &request)
{
    store::NewJob job;
    job.kind = QString::fromLatin1(JobKind::Issue);
    job.payload = request.toJson();
    return job;
}
} // namespace

Result<qint64> JobService::enqueueIssue(const IssueCertificateRequest &request)
{
    return store::JobRepository(m_db->connection()).enqueue(issueJob(request));
}

Result<QList<qint64>> JobService::enqueueIssue(const QList<IssueCertificateRequest> &requests)
{
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::JobRepository repo(db);
    QList<qint64> ids;
    ids.reserve(requests.size());
    for (const auto &request : requests) {
        auto id = repo.enqueue(issueJob(request));
        if (!id)
            return id.error();
        ids << *id;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Result<qint64> JobService::enqueueRenew(qint64 certificateId, bool reuseKey)
{
    store::NewJob job;
    job.kind = QString::fromLatin1(JobKind::Renew);
    job.payload = QJsonObject{{QStringLiteral("certificate_id"), certificateId}, {QStringLiteral("reuse_key"), reuseKey}};
    job.dedupeKey = QStringLiteral("renew:%1").arg(certificateId);
    return store::JobRepository(m_db->connection()).enqueue(job);
}

Result<QList<domain::Job>> JobService::recent(int limit)
{
    return store::JobRepository(m_db->connection()).recent(limit);
}

Result<domain::Job> JobService::find(qint64 id)
{
    return store::JobRepository(m_db->connection()).find(id);
}

Result<QStringList> JobService::logs(qint64 id)
{
    return store::JobRepository(m_db->connection()).logs(id);
}

Status JobService::cancel(qint64 id)
{
    return store::JobRepository(m_db->connection()).requestCancel(id);
}

Status JobService::retry(qint64 id)
{
    return store::JobRepository(m_db->connection()).retry(id);
}

} // namespace certdesk::core
