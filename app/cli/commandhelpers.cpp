// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandhelpers.h"

#include "app/cli/certificatejson.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"

#include <QCoreApplication>

namespace certdesk::cli {

void runQueue(core::AppContext &app, int parallel)
{
    core::JobRunner::Options options;
    options.maxConcurrent = parallel;
    core::JobRunner runner(app.database(), options);
    app.registerJobHandlers(runner);
    runner.runUntilIdle();
}

Result<qint64> jobResult(core::AppContext &app, qint64 jobId, const QString &resultKey)
{
    auto job = app.jobs().find(jobId);
    if (!job)
        return job.error();
    if (job->status == domain::JobStatus::Succeeded && job->result.contains(resultKey))
        return job->result.value(resultKey).toInteger();
    if (job->status == domain::JobStatus::Queued)
        return Error{
            QCoreApplication::translate(
                "certdesk::cli",
                "Job %1 failed and will be retried at %2 by a running console or 'certdeskctl daemon': %3")
                .arg(jobId)
                .arg(isoUtc(job->runAfter), job->error)};
    return Error{
        QCoreApplication::translate("certdesk::cli", "Job %1 failed: %2").arg(jobId).arg(job->error)};
}

Result<qint64> certificateId(const CommandParser &p)
{
    bool ok = false;
    const qint64 id = p.positional().value(0).toLongLong(&ok);
    if (p.positional().size() != 1 || !ok || id <= 0)
        return Error{QCoreApplication::translate(
            "certdesk::cli", "Name one certificate id; 'certdeskctl inventory list' shows the ids.")};
    return id;
}

} // namespace certdesk::cli
