// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl jobs ...` and `certdeskctl daemon`: the job queue from the command line, and the
// headless service that runs jobs and schedules renewals (for a systemd unit).
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
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
QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::cli", text);
}

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
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N jobs (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    p.addOptions({json, limit});
    if (auto code = p.parse(); code)
        return *code;
    int count = 100;
    if (auto code = p.positiveNumber(limit, count))
        return *code;
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    auto jobs = (*app)->jobs().recent(count);
    if (!jobs)
        return ctx.fail(jobs.error());
    QJsonArray list;
    for (const auto &job : *jobs) {
        list.append(jobJson(job));
        if (!p.isSet(json))
            ctx.out << QStringLiteral("%1  %2  %3  %4\n")
                           .arg(QString::number(job.id).rightJustified(6), job.kind.leftJustified(20),
                                domain::jobStatusKey(job.status).leftJustified(16),
                                job.error.isEmpty() ? job.message : job.error);
    }
    if (p.isSet(json))
        printJson(ctx.out, QJsonObject{{QStringLiteral("jobs"), list}});
    return Ok;
}

/// `jobs cancel ID` and `jobs retry ID`.
int jobAction(CommandContext &ctx, bool cancel)
{
    CommandParser p(ctx, QStringLiteral("ID"),
                    cancel ? tr("Cancels a queued or running job.")
                           : tr("Queues a failed or cancelled job again."));
    p.addOptions({});
    if (auto code = p.parse(); code)
        return *code;
    bool ok = false;
    const qint64 id = p.positional().value(0).toLongLong(&ok);
    if (p.positional().size() != 1 || !ok || id <= 0)
        return ctx.usage(tr("Name one job id; 'certdeskctl jobs list' shows them."));
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    const Status done = cancel ? (*app)->jobs().cancel(id) : (*app)->jobs().retry(id);
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
    if (auto code = p.parse(); code)
        return *code;
    int minutes = 60;
    if (auto code = p.positiveNumber(interval, minutes))
        return *code;
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return ctx.fail(Error{tr("The daemon could not set up its signal handling.")});
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);

    core::JobRunner runner((*app)->database());
    (*app)->registerJobHandlers(runner);
    QObject::connect(&runner, &core::JobRunner::jobFinished, [&ctx](qint64 id, domain::JobStatus status) {
        ctx.out << tr("job %1: %2").arg(id).arg(domain::jobStatusKey(status)) << u'\n';
        ctx.out.flush();
    });
    core::RenewalScheduler scheduler((*app)->database(), (*app)->sharedIssuers());
    const auto scheduleRenewals = [&] {
        if (auto due = scheduler.scheduleDue(); !due)
            ctx.err << QStringLiteral("certdeskctl: ") << due.error().fullText() << u'\n';
        ctx.err.flush();
    };
    QTimer renewals;
    renewals.setInterval(minutes * 60 * 1000);
    QObject::connect(&renewals, &QTimer::timeout, scheduleRenewals);
    scheduleRenewals();
    renewals.start();
    // Network scan targets are scanned on their own interval; due ones are looked for every 10 minutes.
    core::NetworkScanScheduler networkScans((*app)->networkScans());
    QObject::connect(&networkScans, &core::NetworkScanScheduler::scanned, [&ctx](const QString &summary) {
        ctx.out << summary << u'\n';
        ctx.out.flush();
    });
    QObject::connect(&networkScans, &core::NetworkScanScheduler::failed, [&ctx](const QString &message) {
        ctx.err << QStringLiteral("certdeskctl: ") << message << u'\n';
        ctx.err.flush();
    });
    networkScans.start(std::chrono::minutes(10));
    // The alert rules run every 15 minutes; the digest goes out when its schedule says so.
    core::AlertScheduler alerts((*app)->alerts(), (*app)->digest());
    QObject::connect(&alerts, &core::AlertScheduler::evaluated, [&ctx](const QString &summary) {
        ctx.out << summary << u'\n';
        ctx.out.flush();
    });
    QObject::connect(&alerts, &core::AlertScheduler::failed, [&ctx](const QString &message) {
        ctx.err << QStringLiteral("certdeskctl: ") << message << u'\n';
        ctx.err.flush();
    });
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
