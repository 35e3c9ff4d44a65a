// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl target add|list|test|remove|types`, `deploy`, `deployments list`, `bind`, `unbind`:
// deployment targets, deploying certificates to them, and the history.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"
#include "app/cli/settingoptions.h"

#include "app/core/deploymentservice.h"
#include "app/core/jobservice.h"
#include "app/core/targetservice.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/ssh/sshhostkey.h"

#include <QJsonArray>

namespace certdesk::cli {

namespace {

const QCommandLineOption &targetOption()
{
    static const QCommandLineOption option(QStringLiteral("target"), tr("A target's name (repeatable)."),
                                           QStringLiteral("N"));
    return option;
}

/// The settings of a target of type `typeName` (none for an unknown type, which the service refuses).
QList<target::FieldSpec> targetFields(const QString &typeName)
{
    const auto *type = target::findTargetType(typeName);
    return type ? type->fields : QList<target::FieldSpec>{};
}

QJsonObject targetJson(const core::TargetRecord &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("type"), t.type},
            {QStringLiteral("enabled"), t.enabled},
            {QStringLiteral("config"), t.config},
            {QStringLiteral("secrets"), QJsonArray::fromStringList(t.secretKeys)},
            {QStringLiteral("created_at"), isoUtc(t.createdAt)},
            {QStringLiteral("updated_at"), isoUtc(t.updatedAt)},
            {QStringLiteral("last_deployed_at"), isoUtc(t.lastDeployedAt)},
            {QStringLiteral("last_status"), t.lastStatus}};
}

QJsonObject deploymentJson(const core::DeploymentRecord &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("certificate_id"), d.certificateId},
            {QStringLiteral("certificate"), d.certificateName},
            {QStringLiteral("target"), d.targetName},
            {QStringLiteral("target_type"), d.targetType},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("output"), d.output},
            {QStringLiteral("started_at"), isoUtc(d.startedAt)},
            {QStringLiteral("finished_at"), isoUtc(d.finishedAt)},
            {QStringLiteral("job_id"), d.jobId}};
}

/// Starts a command that takes exactly one target name.
Started startWithTargetName(CommandContext &ctx, CommandParser &p)
{
    return start(ctx, p, [&] {
        return oneArgument(ctx, p, tr("Name one target; 'certdeskctl target list' shows them."));
    });
}

int targetAdd(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("TYPE"),
                    tr("Adds a deployment target of TYPE ('target types' lists them and their settings). "
                       "The settings are checked before anything is saved; secrets are sealed in the "
                       "inventory and only read from files."));
    const NamedSettingsOptions options(tr("The target's name."));
    const QCommandLineOption &name = options.name;
    p.addOptions({name, options.set, jsonOption()});
    target::TargetSettings settings;
    const auto started = start(ctx, p, [&] {
        return options.read(ctx, p, tr("Give one target type, e.g. 'target add nginx'."), targetFields,
                            settings);
    });
    if (started.exitCode)
        return *started.exitCode;
    const QString type = p.positional().constFirst();
    auto id = started.app->targets().add(p.value(name), type, settings);
    if (!id)
        return ctx.fail(id.error());
    if (p.isSet(jsonOption()))
        printJson(ctx.out, QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), p.value(name)}});
    else
        ctx.out << tr("Target %1 (%2) added.").arg(p.value(name), type) << u'\n';
    return Ok;
}

int targetList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the deployment targets."));
    p.addOptions({jsonOption()});
    return listCommand(
        ctx, p, {}, [](core::AppContext &app) { return app.targets().list(); }, QStringLiteral("targets"),
        targetJson,
        [](QTextStream &out, const core::TargetRecord &t) {
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(t.name.leftJustified(20), t.type.leftJustified(12),
                            (t.enabled ? tr("enabled") : tr("disabled")).leftJustified(8),
                            (t.lastStatus.isEmpty() ? tr("never deployed") : t.lastStatus).leftJustified(14),
                            isoUtc(t.lastDeployedAt));
        });
}

int targetTypes(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the target types and their settings."));
    return typesCommand(ctx, p, target::targetTypes(), [](const target::TargetType &type) {
        return type.defaults ? type.defaults({}) : QJsonObject{};
    });
}

int targetTest(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("NAME"),
                    tr("Dry-runs a saved target: configuration check, permissions, login, keystore "
                       "password. Changes nothing. Exit code 1 when a step fails."));
    p.addOptions({jsonOption()});
    const auto started = startWithTargetName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    const QString name = p.positional().constFirst();
    auto report = started.app->targets().test(name);
    if (!report)
        return ctx.fail(report.error());
    QJsonArray steps;
    for (const auto &step : report->steps) {
        steps.append(QJsonObject{{QStringLiteral("ok"), step.ok},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("detail"), step.detail}});
        if (!p.isSet(jsonOption())) {
            ctx.out << (step.ok ? tr("ok     ") : tr("FAILED ")) << step.title << u'\n';
            if (!step.detail.isEmpty())
                ctx.out << QStringLiteral("       ")
                        << QString(step.detail).replace(u'\n', QStringLiteral("\n       ")) << u'\n';
        }
    }
    if (p.isSet(jsonOption()))
        printJson(ctx.out, QJsonObject{{QStringLiteral("target"), name},
                                       {QStringLiteral("ok"), report->ok()},
                                       {QStringLiteral("steps"), steps}});
    else
        ctx.out << (report->ok() ? tr("Target %1 passed every check.") : tr("Target %1 failed a check."))
                       .arg(name)
                << u'\n';
    return report->ok() ? Ok : Failed;
}

int targetRemove(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("NAME"),
                    tr("Removes a target with its sealed secrets, its bindings and its deployment history. "
                       "Nothing on the target itself is changed."));
    const auto started = startWithTargetName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    const QString name = p.positional().constFirst();
    if (auto s = started.app->targets().remove(name); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Target %1 removed.").arg(name) << u'\n';
    return Ok;
}

/// One target's outcome of `deploy` into `json`, and as a line into `text` unless it is null;
/// whether it went well.
bool reportDeployment(QTextStream *text, core::AppContext &app, const QString &target, qint64 jobId,
                      QJsonArray &json)
{
    const auto outcome = jobResult(app, jobId, QStringLiteral("deployment_id"));
    auto deployment = app.deployments().deploymentOfJob(jobId);
    QJsonObject o{{QStringLiteral("target"), target}};
    if (deployment && deployment->has_value())
        o = deploymentJson(**deployment);
    o.insert(QStringLiteral("job_id"), jobId);
    if (!outcome) {
        o.insert(QStringLiteral("status"), QStringLiteral("failed"));
        o.insert(QStringLiteral("error"), outcome.error().fullText());
        if (text)
            *text << tr("%1: failed: %2").arg(target, outcome.error().fullText()) << u'\n';
    } else if (text) {
        *text << tr("%1: %2 (SHA-256 %3)")
                     .arg(target, o.value(QStringLiteral("status")).toString(),
                          o.value(QStringLiteral("sha256")).toString())
              << u'\n';
    }
    json.append(o);
    return outcome.ok();
}

/// Starts `deploy`, `bind` or `unbind`, which take CERT_ID and --target names; reads the id into `id`.
Started startWithCertificateAndTargets(CommandContext &ctx, CommandParser &p, qint64 &id)
{
    return start(ctx, p, [&]() -> std::optional<int> {
        if (auto code = readCertificateId(ctx, p, id))
            return code;
        return usageUnless(ctx, !p.values(targetOption()).isEmpty(), tr("Name the targets with --target."));
    });
}

int deployCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("CERT_ID"),
                    tr("Deploys a certificate's current version with its chain and key to one or more "
                       "targets, as jobs, and waits for them. Deploying what a target already has "
                       "changes nothing. Exit code 1 when a deployment fails."));
    p.addOptions({targetOption(), jsonOption()});
    qint64 id = 0;
    const auto started = startWithCertificateAndTargets(ctx, p, id);
    if (started.exitCode)
        return *started.exitCode;
    const QStringList targets = p.values(targetOption());
    auto &app = *started.app;
    auto jobs = app.deployments().enqueueDeploy(id, targets);
    if (!jobs)
        return ctx.fail(jobs.error());
    runQueue(app);
    bool allOk = true;
    QJsonArray results;
    QTextStream *text = p.isSet(jsonOption()) ? nullptr : &ctx.out;
    for (qsizetype i = 0; i < jobs->size(); ++i)
        allOk = reportDeployment(text, app, targets.at(i), jobs->at(i), results) && allOk;
    if (p.isSet(jsonOption()))
        printJson(ctx.out, QJsonObject{{QStringLiteral("certificate_id"), id},
                                       {QStringLiteral("ok"), allOk},
                                       {QStringLiteral("deployments"), results}});
    return allOk ? Ok : Failed;
}

int deploymentsList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists deployments, newest first."));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("Only this certificate's."),
                                  QStringLiteral("ID"));
    const QCommandLineOption target(QStringLiteral("target"), tr("Only this target's."), QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 500)."),
                                   QStringLiteral("N"));
    p.addOptions({cert, target, limit, jsonOption()});
    core::DeploymentFilter filter;
    const auto check = [&]() -> std::optional<int> {
        bool ok = true;
        if (p.isSet(cert))
            filter.certificateId = p.value(cert).toLongLong(&ok);
        if (!ok || filter.certificateId.value_or(1) <= 0)
            return ctx.usage(tr("--cert takes a certificate id."));
        if (p.isSet(limit))
            filter.limit = p.value(limit).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return ctx.usage(tr("--limit takes a positive number."));
        if (p.isSet(target))
            filter.targetName = p.value(target);
        return std::nullopt;
    };
    return listCommand(
        ctx, p, check, [&](core::AppContext &app) { return app.deployments().history(filter); },
        QStringLiteral("deployments"), deploymentJson,
        [](QTextStream &out, const core::DeploymentRecord &d) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(QString::number(d.id).rightJustified(5), isoUtc(d.startedAt),
                            QStringLiteral("%1 %2")
                                .arg(d.certificateId)
                                .arg(d.certificateName)
                                .leftJustified(28),
                            d.targetName.leftJustified(16), d.status.leftJustified(10), d.sha256.left(16));
        });
}

/// `bind` and `unbind`: the certificate id and the --target names.
int targetHostKey(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("NAME"),
                    tr("Shows the host key of a saved ssh target's server and whether the target's "
                       "known_hosts file trusts it. With --trust, records exactly that key there: compare "
                       "the fingerprint with the one the server's administrator reads from "
                       "`ssh-keygen -lf` on the server first."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Trust the host key with this fingerprint (SHA256:...)."),
                                   QStringLiteral("FINGERPRINT"));
    p.addOptions({trust, jsonOption()});
    const auto started = startWithTargetName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    auto record = started.app->targets().find(p.positional().constFirst());
    if (!record)
        return ctx.fail(record.error());
    if (record->type != QLatin1String("ssh"))
        return ctx.fail(Error{
            tr("Target %1 is a %2 target; only ssh targets have host keys.").arg(record->name, record->type),
            {},
            ErrorCode::InvalidInput});
    const QJsonObject defaults = target::findTargetType(record->type)->defaults(record->config);
    const auto setting = [&](const QString &key) {
        return record->config.value(key).toVariant().toString().isEmpty()
                   ? defaults.value(key).toVariant().toString()
                   : record->config.value(key).toVariant().toString();
    };
    const QString host = setting(QStringLiteral("host"));
    const auto port = static_cast<quint16>(setting(QStringLiteral("port")).toUInt());
    const QString knownHosts = setting(QStringLiteral("known_hosts_path"));
    if (p.isSet(trust)) {
        if (auto s = target::ssh::trustHostKey(knownHosts, host, port, p.value(trust)); !s)
            return ctx.fail(s.error());
    }
    target::Sandbox sandbox(record->type, {{target::CapabilityKind::NetDial, target::dialScope(host, port)},
                                           {target::CapabilityKind::FileRead, knownHosts}});
    auto key = target::ssh::probeHostKey(sandbox, host, port, knownHosts);
    if (!key)
        return ctx.fail(key.error());
    using Trust = target::ssh::HostKeyInfo::Trust;
    const QString trustName = key->trust == Trust::Trusted   ? QStringLiteral("trusted")
                              : key->trust == Trust::Changed ? QStringLiteral("changed")
                                                             : QStringLiteral("unknown");
    if (p.isSet(jsonOption())) {
        printJson(ctx.out, QJsonObject{{QStringLiteral("target"), record->name},
                                       {QStringLiteral("host"), key->hostName},
                                       {QStringLiteral("key_type"), key->keyType},
                                       {QStringLiteral("fingerprint"), key->fingerprint},
                                       {QStringLiteral("known_hosts"), knownHosts},
                                       {QStringLiteral("trust"), trustName}});
    } else {
        ctx.out << tr("%1 presents a %2 key %3.").arg(key->hostName, key->keyType, key->fingerprint) << u'\n';
        QString verdict;
        if (key->trust == Trust::Trusted)
            verdict = tr("%1 trusts it.").arg(knownHosts);
        else if (key->trust == Trust::Changed)
            verdict = tr("%1 holds ANOTHER key for this host: do not trust this one until you know why it "
                         "changed; then remove the old line from that file.")
                          .arg(knownHosts);
        else
            verdict = tr("%1 does not know it yet: check the fingerprint, then run this command again with "
                         "--trust %2.")
                          .arg(knownHosts, key->fingerprint);
        ctx.out << verdict << u'\n';
    }
    return key->trust == Trust::Trusted ? Ok : Failed;
}

int bindingCommand(CommandContext &ctx, bool bind)
{
    CommandParser p(ctx, QStringLiteral("CERT_ID"),
                    bind ? tr("Binds a certificate to targets: each renewal queues its deployment to them.")
                         : tr("Unbinds a certificate from targets: renewals no longer deploy it there."));
    p.addOptions({targetOption()});
    qint64 id = 0;
    const auto started = startWithCertificateAndTargets(ctx, p, id);
    if (started.exitCode)
        return *started.exitCode;
    auto &targets = started.app->targets();
    for (const auto &target : p.values(targetOption())) {
        const Status s = bind ? targets.bind(id, target) : targets.unbind(id, target);
        if (!s)
            return ctx.fail(s.error());
        ctx.out << (bind ? tr("Certificate %1 bound to %2: renewals deploy there.")
                         : tr("Certificate %1 unbound from %2."))
                       .arg(id)
                       .arg(target)
                << u'\n';
    }
    return Ok;
}

} // namespace

QList<Command> deployCommands()
{
    return {
        {QStringLiteral("target add"), tr("add a deployment target"), targetAdd},
        {QStringLiteral("target list"), tr("list the deployment targets"), targetList},
        {QStringLiteral("target types"), tr("list the target types and their settings"), targetTypes},
        {QStringLiteral("target test"), tr("dry-run a target's checks"), targetTest},
        {QStringLiteral("target remove"), tr("remove a deployment target"), targetRemove},
        {QStringLiteral("target host-key"), tr("show or trust an ssh target's host key"), targetHostKey},
        {QStringLiteral("deploy"), tr("deploy a certificate to targets"), deployCommand},
        {QStringLiteral("deployments list"), tr("list the deployment history"), deploymentsList},
        {QStringLiteral("bind"), tr("deploy a certificate to targets after each renewal"),
         [](CommandContext &ctx) { return bindingCommand(ctx, true); }},
        {QStringLiteral("unbind"), tr("stop deploying a certificate to targets after renewals"),
         [](CommandContext &ctx) { return bindingCommand(ctx, false); }},
    };
}

} // namespace certdesk::cli
