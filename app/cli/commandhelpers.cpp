// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandhelpers.h"

#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"

namespace certdesk::cli {

namespace {
/// The one positional argument as a positive id; an Error with `message` (what to give) otherwise.
Result<qint64> idArgument(const CommandParser &p, const QString &message)
{
    bool ok = false;
    const qint64 id = p.positional().value(0).toLongLong(&ok);
    if (p.positional().size() != 1 || !ok || id <= 0)
        return Error{message};
    return id;
}

QString certificateIdMessage()
{
    return tr("Name one certificate id; 'certdeskctl inventory list' shows the ids.");
}
} // namespace

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), tr("Print one JSON document."));
    return option;
}

Started start(CommandContext &ctx, CommandParser &p, const ArgumentCheck &check)
{
    if (auto code = p.parse(); code)
        return {code, nullptr};
    if (check) {
        if (auto code = check(); code)
            return {code, nullptr};
    }
    auto app = ctx.openInventory();
    if (!app)
        return {ctx.fail(app.error()), nullptr};
    return {std::nullopt, *app};
}

std::optional<int> usageUnless(CommandContext &ctx, bool ok, const QString &message)
{
    if (!ok)
        return ctx.usage(message);
    return std::nullopt;
}

std::optional<int> oneArgument(CommandContext &ctx, const CommandParser &p, const QString &message)
{
    return usageUnless(ctx, p.positional().size() == 1, message);
}

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
            tr("Job %1 failed and will be retried at %2 by a running console or 'certdeskctl daemon': %3")
                .arg(jobId)
                .arg(isoUtc(job->runAfter), job->error)};
    return Error{tr("Job %1 failed: %2").arg(jobId).arg(job->error)};
}

Result<qint64> certificateId(const CommandParser &p)
{
    return idArgument(p, certificateIdMessage());
}

std::optional<int> readId(CommandContext &ctx, const CommandParser &p, const QString &message, qint64 &id)
{
    const auto read = idArgument(p, message);
    if (!read)
        return ctx.usage(read.error().message);
    id = *read;
    return std::nullopt;
}

std::optional<int> readCertificateId(CommandContext &ctx, const CommandParser &p, qint64 &id)
{
    return readId(ctx, p, certificateIdMessage(), id);
}

} // namespace certdesk::cli
