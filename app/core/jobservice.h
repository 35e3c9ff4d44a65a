// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/lifecycleservice.h"
#include "models/domain/job.h"
#include "models/domain/result.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// The job queue as the console and the CLI see it: queue lifecycle work, list jobs, read their
/// logs, cancel and retry them. Runs on worker threads (each call is a short query).
class JobService final
{
public:
    explicit JobService(std::shared_ptr<store::Database> db);

    /// Queues the issuance of a new certificate; returns the job id.
    Result<qint64> enqueueIssue(const IssueCertificateRequest &request);
    /// Queues many issuances in one transaction (one commit, not one per job); returns the job ids
    /// in the order of `requests`. All or nothing.
    Result<QList<qint64>> enqueueIssue(const QList<IssueCertificateRequest> &requests);
    /// Queues a renewal; a renewal of the same certificate already queued or running is returned
    /// instead of a second one.
    Result<qint64> enqueueRenew(qint64 certificateId, bool reuseKey);
    Result<QList<domain::Job>> recent(int limit);
    Result<domain::Job> find(qint64 id);
    Result<QStringList> logs(qint64 id);
    Status cancel(qint64 id);
    Status retry(qint64 id);

private:
    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
