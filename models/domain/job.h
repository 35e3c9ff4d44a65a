// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdesk::domain {

/// Where a job stands. Cancelling is a request the running handler honours between steps.
enum class JobStatus { Queued, Running, Succeeded, Failed, Cancelled, CancelRequested };

/// Lowercase machine name ("queued", "running", "succeeded", "failed", "cancelled", "cancel_requested").
QString jobStatusKey(JobStatus status);
std::optional<JobStatus> jobStatusFromKey(const QString &key);
/// True for the end states (succeeded, failed, cancelled): nothing runs the job any more.
bool isFinished(JobStatus status);

/// One unit of background work as stored in the `jobs` table (an outbox row): issuance, renewal,
/// deployment, scans. The payload holds ids and options, never a secret.
struct Job
{
    qint64 id = 0;
    QString kind; ///< handler name, e.g. "certificate.issue"
    QJsonObject payload;
    JobStatus status = JobStatus::Queued;
    int attempts = 0;
    int maxAttempts = 3;
    QDateTime runAfter;
    QString leaseOwner;
    QDateTime leaseUntil;
    qint64 progressDone = 0;
    qint64 progressTotal = 0;
    QString message; ///< the latest progress message
    QString error;   ///< the last failure, a user sentence
    QString dedupeKey;
    /// What the handler recorded as done (JobRepository::setResult), e.g. {"certificate_id": 42}.
    /// Kept across attempts and retries: a job run again after a crash sees it and skips that part.
    QJsonObject result;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace certdesk::domain
