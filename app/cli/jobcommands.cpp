// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl jobs ...` and `certdeskctl daemon`: the job queue from the command line, and the
// headless service that runs jobs and schedules renewals (for a systemd unit).
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"

#include "app/core/alertscheduler.h"
#include "app/core/alertservice.h"
#include "app/core/digestservice.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/networkscanscheduler.h"
#include "app/core/renewalscheduler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk::cli {

namespace {
QJsonObject jobJson(const domain::Job &job)
{
    return QJsonObject{{QStringLiteral("id"), job.id},
                       {QStringLiteral("kind"), job.kind},
                       {QStringLiteral("status"), domain::jobStatusKey(job.status)},
                       {QStringLiteral("attempts"), job.attempts},
                       {QStringLiteral("max_attempts"), job.maxAttempts},
                       {QStringLiteral("progress_done"), job.progressDone},
                       {QStringLiteral("progress_total"), job.progressTotal},
                       {QStringLiteral("message"), job.message},
                       {QStringLiteral("error"), job.error},
                       {QStringLiteral("result"), job.result},
                       {QStringLiteral("run_after"), isoUtc(job.runAfter)},
                       {QStringLiteral("created_at"), isoUtc(job.createdAt)},
                       {QStringLiteral("updated_at"), isoUtc(job.updatedAt)}};
}

int jobsList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the job queue, newest first."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N jobs (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    p.addOptions({jsonOption(), limit});
    int count = 100;
    return listCommand(
        ctx, p, [&] { return p.positiveNumber(limit, count); },
        [&](core::AppContext &app) { return app.jobs().recent(count); }, QStringLiteral("jobs"), jobJson,
        [](QTextStream &out, const domain::Job &job) {
            out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(QString::number(job.id).rightJustified(6), job.kind.leftJustified(20),
                            domain::jobStatusKey(job.status).leftJustified(16),
                            job.error.isEmpty() ? job.message : job.error);
        });
}

/// `jobs cancel ID` and `jobs retry ID`.
int jobAction(CommandContext &ctx, bool cancel)
{
    CommandParser p(ctx, QStringLiteral("ID"),
                    cancel ? tr("Cancels a queued or running job.")
                           : tr("Queues a failed or cancelled job again."));
    p.addOptions({});
    qint64 id = 0;
    const auto started = start(ctx, p, [&] {
        return readId(ctx, p, tr("Name one job id; 'certdeskctl jobs list' shows them."), id);
    });
    if (started.exitCode)
        return *started.exitCode;
    const Status done = cancel ? started.app->jobs().cancel(id) : started.app->jobs().retry(id);
    if (!done)
        return ctx.fail(done.error());
    ctx.out << (cancel ? tr("Cancel requested for job %1") : tr("Job %1 queued again")).arg(id) << u'\n';
    return Ok;
}

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop, which stops the daemon cleanly.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int daemonCommand(CommandContext &ctx)
{
    CommandParser p(
        ctx, {},
        tr("Runs jobs, schedules due renewals, scans due network scan targets, evaluates the alert "
           "rules and sends the scheduled digest until stopped (SIGTERM or SIGINT); for a systemd "
           "service. Several daemons and consoles may share one inventory."));
    const QCommandLineOption interval(QStringLiteral("renewal-check-minutes"),
                                      tr("How often to look for due renewals (default 60)."),
                                      QStringLiteral("M"), QStringLiteral("60"));
    p.addOptions({interval});
    int minutes = 60;
    const auto started = start(ctx, p, [&] { return p.positiveNumber(interval, minutes); });
    if (started.exitCode)
        return *started.exitCode;
    const auto &app = started.app;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return ctx.fail(Error{tr("The daemon could not set up its signal handling.")});
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);

    core::JobRunner runner(app->database());
    app->registerJobHandlers(runner);
    const auto report = [&ctx](const QString &summary) {
        ctx.out << summary << u'\n';
        ctx.out.flush();
    };
    const auto complain = [&ctx](const QString &message) {
        ctx.err << QStringLiteral("certdeskctl: ") << message << u'\n';
        ctx.err.flush();
    };
    QObject::connect(&runner, &core::JobRunner::jobFinished, [&report](qint64 id, domain::JobStatus status) {
        report(tr("job %1: %2").arg(id).arg(domain::jobStatusKey(status)));
    });
    core::RenewalScheduler scheduler(app->database(), app->sharedIssuers());
    const auto scheduleRenewals = [&] {
        if (auto due = scheduler.scheduleDue(); !due)
            complain(due.error().fullText());
    };
    QTimer renewals;
    renewals.setInterval(minutes * 60 * 1000);
    QObject::connect(&renewals, &QTimer::timeout, scheduleRenewals);
    scheduleRenewals();
    renewals.start();
    // Network scan targets are scanned on their own interval; due ones are looked for every 10 minutes.
    core::NetworkScanScheduler networkScans(app->networkScans());
    QObject::connect(&networkScans, &core::NetworkScanScheduler::scanned, report);
    QObject::connect(&networkScans, &core::NetworkScanScheduler::failed, complain);
    networkScans.start(std::chrono::minutes(10));
    // The alert rules run every 15 minutes; the digest goes out when its schedule says so.
    core::AlertScheduler alerts(app->alerts(), app->digest());
    QObject::connect(&alerts, &core::AlertScheduler::evaluated, report);
    QObject::connect(&alerts, &core::AlertScheduler::failed, complain);
    alerts.start(std::chrono::minutes(15));
    runner.start();
    ctx.out << tr("certdeskctl daemon running as %1; stop with SIGTERM.").arg(runner.owner()) << u'\n';
    ctx.out.flush();
    QCoreApplication::exec();
    alerts.stop();
    networkScans.stop();
    runner.stop();
    ctx.out << tr("certdeskctl daemon stopped.") << u'\n';
    return Ok;
}
} // namespace

QList<Command> jobCommands()
{
    return {
        {QStringLiteral("jobs list"), tr("list the job queue"), jobsList},
        {QStringLiteral("jobs cancel"), tr("cancel a job"),
         [](CommandContext &ctx) { return jobAction(ctx, true); }},
        {QStringLiteral("jobs retry"), tr("queue a failed job again"),
         [](CommandContext &ctx) { return jobAction(ctx, false); }},
        {QStringLiteral("daemon"), tr("run jobs and renewals until stopped"), daemonCommand},
    };
}

} // namespace certdesk::cli
