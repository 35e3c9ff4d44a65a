// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl notify types|add|list|test|remove`, `alerts run|list|windows`, `digest
// preview|send|schedule`: the alert channels, the alert rules and the digest.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"
#include "app/cli/settingoptions.h"

#include "app/core/alertdelivery.h"
#include "app/core/alertservice.h"
#include "app/core/digestservice.h"
#include "app/core/jobrunner.h"
#include "app/core/notificationservice.h"
#include "connectors/sysio/atomicfile.h"

#include <QJsonArray>

namespace certdesk::cli {

namespace {

/// How long `alerts run` and `digest send` wait for the deliveries by default, in seconds.
constexpr int DefaultWaitSeconds = 120;

const QCommandLineOption &waitOption()
{
    static const QCommandLineOption option(
        QStringLiteral("wait"),
        tr("Wait at most S seconds for the deliveries and their retries (default 120); what is still to be "
           "retried then is sent by a running console or 'certdeskctl daemon'."),
        QStringLiteral("S"), QString::number(DefaultWaitSeconds));
    return option;
}

QJsonObject channelJson(const core::ChannelRecord &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("enabled"), c.enabled},
            {QStringLiteral("receives_alerts"), c.receivesAlerts},
            {QStringLiteral("receives_digest"), c.receivesDigest},
            {QStringLiteral("config"), c.config},
            {QStringLiteral("secrets"), QJsonArray::fromStringList(c.secretKeys)},
            {QStringLiteral("created_at"), isoUtc(c.createdAt)},
            {QStringLiteral("updated_at"), isoUtc(c.updatedAt)},
            {QStringLiteral("last_sent_at"), isoUtc(c.lastSentAt)},
            {QStringLiteral("last_status"), c.lastStatus},
            {QStringLiteral("last_error"), c.lastError}};
}

QJsonObject deliveryJson(const store::AlertDelivery &d)
{
    return {{QStringLiteral("alert_id"), d.alertId},
            {QStringLiteral("channel"), d.channelName},
            {QStringLiteral("channel_type"), d.channelType},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("attempts"), d.attempts},
            {QStringLiteral("response"), d.response},
            {QStringLiteral("reference"), d.reference},
            {QStringLiteral("error"), d.error},
            {QStringLiteral("job_id"), d.jobId ? QJsonValue(*d.jobId) : QJsonValue()},
            {QStringLiteral("job_status"), d.jobStatus},
            {QStringLiteral("sent_at"), isoUtc(d.sentAt)}};
}

QJsonObject alertJson(const store::AlertRecord &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("severity"), a.severity},
            {QStringLiteral("subject"), a.subject},
            {QStringLiteral("object_type"), a.objectType},
            {QStringLiteral("object_id"), a.objectId},
            {QStringLiteral("dedup_key"), a.dedupKey},
            {QStringLiteral("window_days"), a.windowDays},
            {QStringLiteral("raised_at"), isoUtc(a.raisedAt)},
            {QStringLiteral("notified_at"), isoUtc(a.notifiedAt)},
            {QStringLiteral("resolved_at"), isoUtc(a.resolvedAt)},
            {QStringLiteral("sent"), a.sent},
            {QStringLiteral("failed"), a.failed},
            {QStringLiteral("queued"), a.queued}};
}

/// Starts a command that takes exactly one channel name.
Started startWithChannelName(CommandContext &ctx, CommandParser &p)
{
    return start(ctx, p, [&] {
        return oneArgument(ctx, p, tr("Name one channel; 'certdeskctl notify list' shows them."));
    });
}

int notifyTypes(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the alert channel types and their settings."));
    return typesCommand(ctx, p, notifier::channelTypes(),
                        [](const notifier::ChannelType &type) { return type.defaults(); });
}

int notifyAdd(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("TYPE"),
        tr("Adds an alert channel of TYPE: email, webhook, slack, teams, pagerduty or opsgenie ('notify "
           "types' lists their settings). The settings are checked before anything is saved; secrets "
           "are sealed in the inventory and only read from files (--set <field>_file=PATH)."));
    const NamedSettingsOptions settingsOptions(tr("The channel's name."));
    const QCommandLineOption &name = settingsOptions.name;
    const QCommandLineOption digest(QStringLiteral("digest"),
                                    tr("The channel receives the digest (e-mail only)."));
    const QCommandLineOption noAlerts(QStringLiteral("no-alerts"), tr("The channel receives no alerts."));
    const QCommandLineOption disabled(QStringLiteral("disabled"), tr("Add the channel disabled."));
    p.addOptions({name, settingsOptions.set, digest, noAlerts, disabled, jsonOption()});
    target::TargetSettings settings;
    const auto started = start(ctx, p, [&] {
        return settingsOptions.read(
            ctx, p, tr("Give one channel type, e.g. 'notify add webhook'."),
            [](const QString &type) {
                const auto *channelType = notifier::findChannelType(type);
                return channelType ? channelType->fields : QList<target::FieldSpec>{};
            },
            settings);
    });
    if (started.exitCode)
        return *started.exitCode;
    const QString type = p.positional().constFirst();
    core::ChannelOptions options;
    options.enabled = !p.isSet(disabled);
    options.receivesAlerts = !p.isSet(noAlerts);
    options.receivesDigest = p.isSet(digest);
    auto id = started.app->notifications().add(p.value(name), type, settings, options);
    if (!id)
        return ctx.fail(id.error());
    if (p.isSet(jsonOption()))
        printJson(ctx.out, QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), p.value(name)}});
    else
        ctx.out << tr("Alert channel %1 (%2) added. Try it with 'certdeskctl notify test %1'.")
                       .arg(p.value(name), type)
                << u'\n';
    return Ok;
}

int notifyList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the alert channels and how their last delivery went."));
    p.addOptions({jsonOption()});
    return listCommand(
        ctx, p, {}, [](core::AppContext &app) { return app.notifications().list(); },
        QStringLiteral("channels"), channelJson,
        [](QTextStream &out, const core::ChannelRecord &c) {
            QStringList receives;
            if (c.receivesAlerts)
                receives << tr("alerts");
            if (c.receivesDigest)
                receives << tr("digest");
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(c.name.leftJustified(20), c.type.leftJustified(10),
                            (c.enabled ? tr("enabled") : tr("disabled")).leftJustified(8),
                            receives.join(u'+').leftJustified(12),
                            c.lastStatus.isEmpty()
                                ? tr("nothing sent yet")
                                : QStringLiteral("%1 %2").arg(c.lastStatus, isoUtc(c.lastSentAt)));
        });
}

int notifyTest(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("NAME"),
        tr("Sends a test alert through a saved channel and waits for the answer. Exit code 1 when it "
           "was not delivered."));
    p.addOptions({jsonOption()});
    const auto started = startWithChannelName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    const QString name = p.positional().constFirst();
    auto result = started.app->notifications().test(name);
    if (!result)
        return ctx.fail(result.error());
    if (p.isSet(jsonOption()))
        printJson(ctx.out, QJsonObject{{QStringLiteral("channel"), name},
                                       {QStringLiteral("delivered"), result->ok()},
                                       {QStringLiteral("status"), result->status},
                                       {QStringLiteral("response"), result->response},
                                       {QStringLiteral("reference"), result->reference},
                                       {QStringLiteral("retryable"), result->retryable},
                                       {QStringLiteral("error"),
                                        result->ok() ? QString() : result->error.fullText()}});
    if (!result->ok())
        return p.isSet(jsonOption()) ? int(Failed) : ctx.fail(result->error);
    if (!p.isSet(jsonOption()))
        ctx.out << tr("Test alert delivered through %1 (%2 %3).")
                       .arg(name, QString::number(result->status), result->response.trimmed())
                << u'\n';
    return Ok;
}

int notifyRemove(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("NAME"),
        tr("Removes an alert channel with its sealed secrets and its delivery history; its deliveries "
           "still queued are cancelled."));
    const auto started = startWithChannelName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    const QString name = p.positional().constFirst();
    if (auto s = started.app->notifications().remove(name); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Alert channel %1 removed.").arg(name) << u'\n';
    return Ok;
}

/// Works the "notify" jobs `jobIds` until they ended or `waitSeconds` passed, and prints each
/// delivery. Returns the exit code: Failed when a delivery was given up on.
int deliverAndReport(CommandContext &ctx, core::AppContext &app, const QList<qint64> &jobIds, int waitSeconds,
                     QJsonObject *json)
{
    core::JobRunner::Options options;
    // Interactive: retries come sooner than the daemon's (5 s doubling up to 5 min).
    options.baseBackoffSeconds = 2;
    options.maxBackoffSeconds = 30;
    auto outcome = core::deliverQueued(app.database(), app.sharedSecrets(), jobIds,
                                       QDeadlineTimer(waitSeconds * 1000LL), options);
    if (!outcome)
        return ctx.fail(outcome.error());
    QJsonArray deliveries;
    for (const auto &d : std::as_const(outcome->deliveries)) {
        deliveries.append(deliveryJson(d));
        if (json)
            continue;
        QString line =
            QStringLiteral("%1  alert %2  %3 (%4)")
                .arg(d.status.leftJustified(6), QString::number(d.alertId), d.channelName, d.channelType);
        if (d.attempts > 1)
            line += tr(", %1 attempts").arg(d.attempts);
        if (d.status == QLatin1String("sent") && !d.response.isEmpty())
            line += QStringLiteral(": ") + d.response;
        else if (!d.error.isEmpty())
            line += QStringLiteral(": ") + d.error;
        ctx.out << line << u'\n';
    }
    if (json) {
        json->insert(QStringLiteral("deliveries"), deliveries);
        json->insert(QStringLiteral("sent"), outcome->sent);
        json->insert(QStringLiteral("failed"), outcome->failed);
        json->insert(QStringLiteral("pending"), outcome->pending);
    } else if (outcome->pending > 0) {
        ctx.out << tr("%1 deliveries wait for a retry; a running console or 'certdeskctl daemon' sends them.")
                       .arg(outcome->pending)
                << u'\n';
    }
    if (outcome->failed > 0) {
        ctx.err << tr("certdeskctl: %1 deliveries failed; 'certdeskctl jobs list' shows the errors.")
                       .arg(outcome->failed)
                << u'\n';
        return Failed;
    }
    return Ok;
}

/// `alerts run` and `digest send`: adds --wait and --json and start()s (reading --wait) before anything
/// is queued; then `queue` queues the deliveries, printing what it did to its text stream (null with
/// --json) or putting it into its JSON object, and returns their job ids; then the deliveries are
/// worked and reported. Returns the exit code.
int queueAndDeliver(
    CommandContext &ctx, CommandParser &p,
    const std::function<Result<QList<qint64>>(core::AppContext &, QTextStream *, QJsonObject &)> &queue)
{
    p.addOptions({waitOption(), jsonOption()});
    int wait = DefaultWaitSeconds;
    const auto started = start(ctx, p, [&] {
        bool ok = false;
        const int seconds = p.value(waitOption()).toInt(&ok);
        if (ok && seconds > 0)
            wait = seconds;
        return usageUnless(ctx, ok && seconds > 0, tr("--wait takes a positive number of seconds."));
    });
    if (started.exitCode)
        return *started.exitCode;
    const bool json = p.isSet(jsonOption());
    QJsonObject out;
    auto jobIds = queue(*started.app, json ? nullptr : &ctx.out, out);
    if (!jobIds)
        return ctx.fail(jobIds.error());
    const int result = deliverAndReport(ctx, *started.app, *jobIds, wait, json ? &out : nullptr);
    if (json)
        printJson(ctx.out, out);
    return result;
}

int alertsRun(CommandContext &ctx)
{
    CommandParser p(
        ctx, {},
        tr("Evaluates the alert rules now (warning windows, expired certificates, failed jobs, new "
           "discoveries, renewed certificates) and sends what is due through the alert channels, "
           "retrying transient failures. Each alert is sent once per channel. Exit code 1 when a "
           "delivery failed."));
    return queueAndDeliver(
        ctx, p, [](core::AppContext &app, QTextStream *text, QJsonObject &json) -> Result<QList<qint64>> {
            auto run = app.alerts().evaluate();
            if (!run)
                return run.error();
            QJsonArray alerts;
            for (const qint64 id : std::as_const(run->alertIds)) {
                auto alert = app.alerts().find(id);
                if (!alert)
                    return alert.error();
                alerts.append(alertJson(*alert));
                if (text)
                    *text << tr("alert %1  %2  %3")
                                 .arg(QString::number(id), alert->kind.leftJustified(20), alert->subject)
                          << u'\n';
            }
            if (text)
                *text << tr("%1 alerts raised, %2 resolved, %3 deliveries queued.")
                             .arg(QString::number(run->raised), QString::number(run->resolved),
                                  QString::number(run->jobIds.size()))
                      << u'\n';
            json = QJsonObject{{QStringLiteral("raised"), run->raised},
                               {QStringLiteral("resolved"), run->resolved},
                               {QStringLiteral("alerts"), alerts}};
            return run->jobIds;
        });
}

int alertsList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the alerts raised, newest first, with how their deliveries went."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N alerts (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    p.addOptions({limit, jsonOption()});
    int count = 50;
    return listCommand(
        ctx, p, [&] { return p.positiveNumber(limit, count); },
        [&](core::AppContext &app) { return app.alerts().recent(count); }, QStringLiteral("alerts"),
        alertJson,
        [](QTextStream &out, const store::AlertRecord &a) {
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QString::number(a.id).rightJustified(6), isoUtc(a.raisedAt),
                            a.kind.leftJustified(20),
                            tr("sent %1, failed %2, queued %3").arg(a.sent).arg(a.failed).arg(a.queued),
                            a.subject);
        });
}

int alertsWindows(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("[DAYS]"),
        tr("Shows the warning windows, or sets them: days before the expiry, comma-separated, e.g. "
           "30,14,7,0 (0 is the expiry itself)."));
    const auto started = start(ctx, p, [&] {
        return usageUnless(ctx, p.positional().size() <= 1,
                           tr("Give the windows as one list, e.g. 30,14,7,0."));
    });
    if (started.exitCode)
        return *started.exitCode;
    auto &app = *started.app;
    if (!p.positional().isEmpty()) {
        auto days = core::AlertService::parseWindows(p.positional().constFirst());
        if (!days)
            return ctx.usage(days.error().message);
        if (auto s = app.alerts().setWindows(*days); !s)
            return ctx.fail(s.error());
    }
    auto windows = app.alerts().windows();
    if (!windows)
        return ctx.fail(windows.error());
    ctx.out << tr("Warning windows: %1 days").arg(core::AlertService::formatWindows(*windows)) << u'\n';
    return Ok;
}

int digestPreview(CommandContext &ctx)
{
    CommandParser p(ctx, {},
                    tr("Writes the digest as it would be sent now: HTML to --out, or to standard output."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The HTML file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("Print the plain text part instead of the HTML."));
    p.addOptions({out, text});
    const auto started = start(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    auto digest = started.app->digest().compose();
    if (!digest)
        return ctx.fail(digest.error());
    const QString body = p.isSet(text) ? digest->text : digest->html;
    if (!p.isSet(out)) {
        ctx.out << body;
        return Ok;
    }
    if (auto s = sysio::writeFileAtomically(p.value(out), body.toUtf8(), sysio::FileMode::Public); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Digest written to %1: %2").arg(p.value(out), digest->subject) << u'\n';
    return Ok;
}

int digestSend(CommandContext &ctx)
{
    CommandParser p(
        ctx, {},
        tr("Sends the digest now to the channels that receive it, outside the schedule, and waits for "
           "the deliveries. Exit code 1 when one failed."));
    return queueAndDeliver(
        ctx, p, [](core::AppContext &app, QTextStream *text, QJsonObject &json) -> Result<QList<qint64>> {
            auto queued = app.digest().sendNow();
            if (!queued)
                return queued.error();
            if (text)
                *text << tr("Digest queued to %1.").arg(queued->channels.join(QStringLiteral(", "))) << u'\n';
            json = QJsonObject{{QStringLiteral("alert_id"), queued->alertId},
                               {QStringLiteral("channels"), QJsonArray::fromStringList(queued->channels)}};
            return queued->jobIds;
        });
}

int digestSchedule(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("[SCHEDULE]"),
        tr("Shows the digest's schedule, or sets it: daily, weekly, off, or a number of hours or days "
           "such as 12h or 2d. 'certdeskctl daemon' and the console send it when due."));
    const auto started = start(ctx, p, [&] {
        return usageUnless(ctx, p.positional().size() <= 1, tr("Give one schedule, e.g. daily."));
    });
    if (started.exitCode)
        return *started.exitCode;
    auto &digest = started.app->digest();
    if (!p.positional().isEmpty()) {
        if (auto parsed = core::DigestService::parseSchedule(p.positional().constFirst()); !parsed)
            return ctx.usage(parsed.error().message);
        if (auto s = digest.setSchedule(p.positional().constFirst()); !s)
            return ctx.fail(s.error());
    }
    auto schedule = digest.schedule();
    if (!schedule)
        return ctx.fail(schedule.error());
    auto next = digest.nextDue();
    if (!next)
        return ctx.fail(next.error());
    auto recipients = digest.recipients();
    if (!recipients)
        return ctx.fail(recipients.error());
    QStringList names;
    for (const auto &c : std::as_const(*recipients))
        names << c.name;
    ctx.out << tr("Digest schedule: %1").arg(schedule->text) << u'\n';
    if (next->isValid())
        ctx.out << tr("Next scheduled digest: %1").arg(isoUtc(*next)) << u'\n';
    ctx.out << tr("Recipients: %1")
                   .arg(names.isEmpty() ? tr("none (add an e-mail channel with --digest)")
                                        : names.join(QStringLiteral(", ")))
            << u'\n';
    return Ok;
}

} // namespace

QList<Command> notifyCommands()
{
    return {
        {QStringLiteral("notify types"), tr("list the alert channel types and their settings"), notifyTypes},
        {QStringLiteral("notify add"), tr("add an alert channel"), notifyAdd},
        {QStringLiteral("notify list"), tr("list the alert channels"), notifyList},
        {QStringLiteral("notify test"), tr("send a test alert through a channel"), notifyTest},
        {QStringLiteral("notify remove"), tr("remove an alert channel"), notifyRemove},
        {QStringLiteral("alerts run"), tr("evaluate the alert rules and send what is due"), alertsRun},
        {QStringLiteral("alerts list"), tr("list the alerts raised"), alertsList},
        {QStringLiteral("alerts windows"), tr("show or set the warning windows"), alertsWindows},
        {QStringLiteral("digest preview"), tr("write the digest as HTML"), digestPreview},
        {QStringLiteral("digest send"), tr("send the digest now"), digestSend},
        {QStringLiteral("digest schedule"), tr("show or set the digest's schedule"), digestSchedule},
    };
}

} // namespace certdesk::cli
