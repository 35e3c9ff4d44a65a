// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/job.h"

namespace certdesk::domain {

QString jobStatusKey(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued:
        return QStringLiteral("queued");
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Succeeded:
        return QStringLiteral("succeeded");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    case JobStatus::CancelRequested:
        return QStringLiteral("cancel_requested");
    }
    return {};
}

std::optional<JobStatus> jobStatusFromKey(const QString &key)
{
    for (auto s : {JobStatus::Queued, JobStatus::Running, JobStatus::Succeeded, JobStatus::Failed,
                   JobStatus::Cancelled, JobStatus::CancelRequested}) {
        if (jobStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool isFinished(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed || status == JobStatus::Cancelled;
}

} // namespace certdesk::domain
