// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl scan-targets add|list|remove`, `scan run|adhoc` and `scep-probe`: network discovery
// from scripts. Found certificates go to the discovery store (`certdeskctl discovered list`).
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"

#include "app/core/networkscanservice.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <atomic>
#include <future>

namespace certdesk::cli {

namespace {

/// The options that say what a scan probes, shared by `scan-targets add` and `scan adhoc`.
struct ScanFormOptions
{
    QCommandLineOption cidr{QStringLiteral("cidr"),
                            tr("An address or CIDR range to scan (repeatable; at most a /20)."),
                            QStringLiteral("C")};
    QCommandLineOption host{QStringLiteral("host"), tr("A host name or address to scan (repeatable)."),
                            QStringLiteral("H")};
    QCommandLineOption ports{QStringLiteral("ports"), tr("The ports to probe, e.g. 443,8443,9000-9010."),
                             QStringLiteral("P")};
    QCommandLineOption timeout{QStringLiteral("timeout-ms"),
                               tr("Per endpoint: connect, STARTTLS and handshake (default 3000)."),
                               QStringLiteral("T")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   tr("Endpoints probed at once (default 50)."), QStringLiteral("K")};

    QList<QCommandLineOption> all() const { return {cidr, host, ports, timeout, concurrency}; }

    /// Reads the options into `form`; an exit code when they are unusable (usage error printed).
    std::optional<int> read(CommandContext &ctx, const CommandParser &p, discovery::TlsScanForm &form) const
    {
        QStringList targets = p.values(cidr);
        for (const auto &c : targets) {
            if (auto parsed = discovery::parseTarget(c); parsed && parsed->isHostName())
                return ctx.usage(tr("--cidr takes an address or a CIDR range, not the host name \"%1\" "
                                    "(use --host).")
                                     .arg(c));
        }
        targets += p.values(host);
        if (targets.isEmpty())
            return ctx.usage(tr("Name at least one target with --cidr or --host."));
        if (!p.isSet(ports))
            return ctx.usage(tr("Give the ports to probe with --ports."));
        form.targets = targets.join(u'\n');
        form.ports = p.value(ports);
        if (auto code = p.positiveNumber(timeout, form.timeoutMs))
            return code;
        return p.positiveNumber(concurrency, form.concurrency);
    }
};

QJsonObject lastResultJson(const domain::NetworkScanSummary &s)
{
    QJsonArray errors;
    for (const auto &e : s.errors)
        errors.append(QJsonObject{{QStringLiteral("where"), e.path}, {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("scan_id"), s.scanId},
            {QStringLiteral("started_at"), isoUtc(s.startedAt)},
            {QStringLiteral("duration_ms"), s.durationMs},
            {QStringLiteral("endpoints_probed"), s.endpointsProbed},
            {QStringLiteral("endpoints_open"), s.endpointsOpen},
            {QStringLiteral("endpoints_tls"), s.endpointsTls},
            {QStringLiteral("certificates"), s.certificatesFound},
            {QStringLiteral("new"), s.newFound},
            {QStringLiteral("cancelled"), s.cancelled},
            {QStringLiteral("errors"), errors}};
}

QJsonObject targetJson(const domain::NetworkScanTarget &t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("targets"), QJsonArray::fromStringList(t.targets)},
                  {QStringLiteral("ports"), t.ports},
                  {QStringLiteral("starttls"), QJsonArray::fromStringList(t.startTls)},
                  {QStringLiteral("sni"), QJsonArray::fromStringList(t.sniNames)},
                  {QStringLiteral("timeout_ms"), t.timeoutMs},
                  {QStringLiteral("concurrency"), t.concurrency},
                  {QStringLiteral("interval_hours"), t.intervalHours},
                  {QStringLiteral("enabled"), t.enabled},
                  {QStringLiteral("created_at"), isoUtc(t.createdAt)},
                  {QStringLiteral("updated_at"), isoUtc(t.updatedAt)},
                  {QStringLiteral("last_scan_at"), isoUtc(t.lastScanAt)}};
    if (t.lastResult)
        o.insert(QStringLiteral("last_result"), lastResultJson(*t.lastResult));
    return o;
}

QJsonObject reportJson(const core::NetworkScanReport &report)
{
    const auto &r = report.result;
    QJsonArray errors;
    for (const auto &e : r.errors)
        errors.append(QJsonObject{{QStringLiteral("host"), e.host},
                                  {QStringLiteral("port"), e.port},
                                  {QStringLiteral("reason"), e.reason}});
    QJsonArray endpoints;
    for (const auto &e : r.endpoints) {
        QJsonArray chain;
        for (const auto &blob : e.chain)
            chain.append(blob.sha256);
        endpoints.append(
            QJsonObject{{QStringLiteral("host"), e.host},
                        {QStringLiteral("ip"), e.ip},
                        {QStringLiteral("port"), e.port},
                        {QStringLiteral("sni"), e.sni},
                        {QStringLiteral("starttls"), discovery::startTlsProtocolName(e.startTls)},
                        {QStringLiteral("tls_version"), e.tlsVersion},
                        {QStringLiteral("cipher"), e.cipher},
                        {QStringLiteral("location"), core::tlsLocation(e)},
                        {QStringLiteral("chain"), chain}});
    }
    QJsonObject o{{QStringLiteral("scan_id"), report.scan.id},
                  {QStringLiteral("endpoints_probed"), r.endpointsProbed},
                  {QStringLiteral("endpoints_open"), r.endpointsOpen},
                  {QStringLiteral("endpoints_tls"), r.endpointsTls},
                  {QStringLiteral("endpoints_closed"), r.endpointsClosed},
                  {QStringLiteral("endpoints_filtered"), r.endpointsFiltered},
                  {QStringLiteral("duration_ms"), report.scan.durationMs},
                  {QStringLiteral("cancelled"), report.scan.cancelled},
                  {QStringLiteral("certificates"), report.scan.certificatesFound},
                  {QStringLiteral("new"), report.scan.newFound},
                  {QStringLiteral("errors"), errors},
                  {QStringLiteral("endpoints"), endpoints}};
    if (!report.targetName.isEmpty())
        o.insert(QStringLiteral("target"), report.targetName);
    return o;
}

int printReport(CommandContext &ctx, const Result<core::NetworkScanReport> &report, bool json)
{
    if (!report)
        return ctx.fail(report.error());
    if (json) {
        printJson(ctx.out, reportJson(*report));
        return Ok;
    }
    ctx.out << core::describeNetworkScan(*report) << QStringLiteral(" (") << report->scan.durationMs
            << QStringLiteral(" ms)\n");
    for (const auto &e : report->result.endpoints)
        ctx.out << QStringLiteral("  ") << core::tlsLocation(e) << u' ' << e.tlsVersion << u' ' << e.cipher
                << u' '
                << QCoreApplication::translate("certdesk::cli", "%n certificate(s)", nullptr,
                                               int(e.chain.size()))
                << u'\n';
    for (const auto &e : report->result.errors)
        ctx.out << QStringLiteral("  ") << e.host << (e.port ? u':' + QString::number(e.port) : QString())
                << QStringLiteral(": ") << e.reason << u'\n';
    return Ok;
}

int addTarget(CommandContext &ctx)
{
    CommandParser p(ctx, {},
                    tr("Adds a network scan target: hosts and ranges that `scan run` and the daemon (every "
                       "--interval-hours) probe for TLS certificates."));
    const ScanFormOptions form;
    const QCommandLineOption name(QStringLiteral("name"), tr("The target's name (unique)."),
                                  QStringLiteral("N"));
    const QCommandLineOption sni(QStringLiteral("sni"),
                                 tr("A server name to try on IP targets (repeatable)."), QStringLiteral("H"));
    const QCommandLineOption startTls(
        QStringLiteral("starttls"),
        tr("A port that needs STARTTLS first, PORT:smtp|imap|pop3|ldap|postgres "
           "(repeatable)."),
        QStringLiteral("PORT:PROTOCOL"));
    const QCommandLineOption interval(QStringLiteral("interval-hours"),
                                      tr("Scan every H hours when the daemon runs (default 24)."),
                                      QStringLiteral("H"));
    p.addOptions(form.all() + QList<QCommandLineOption>{name, sni, startTls, interval});
    if (auto code = p.parse(); code)
        return *code;
    if (!p.positional().isEmpty())
        return ctx.usage(tr("Unexpected argument \"%1\".").arg(p.positional().first()));
    if (!p.isSet(name))
        return ctx.usage(tr("Give the target a name with --name."));
    discovery::TlsScanForm fields;
    if (auto code = form.read(ctx, p, fields))
        return *code;
    domain::NetworkScanTarget target;
    target.name = p.value(name);
    target.targets = fields.targets.split(u'\n');
    target.ports = fields.ports;
    target.startTls = p.values(startTls);
    target.sniNames = p.values(sni);
    target.timeoutMs = fields.timeoutMs;
    target.concurrency = fields.concurrency;
    if (auto code = p.positiveNumber(interval, target.intervalHours))
        return *code;
    if (const auto errors = core::NetworkScanService::validate(target); !errors.isEmpty()) {
        QStringList lines;
        for (const auto &e : errors)
            lines << e.message;
        return ctx.usage(lines.join(u'\n'));
    }
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    auto added = (*app)->networkScans().addTarget(target);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << tr("Added scan target %1 (id %2).").arg(added->name).arg(added->id) << u'\n';
    return Ok;
}

int listTargets(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the network scan targets with their last scan."));
    p.addOptions({jsonOption()});
    return listCommand(
        ctx, p, {}, [](core::AppContext &app) { return app.networkScans().targets(); },
        QStringLiteral("scan_targets"), targetJson,
        [](QTextStream &out, const domain::NetworkScanTarget &t) {
            out << t.name << u' ' << (t.enabled ? tr("every %1 h").arg(t.intervalHours) : tr("disabled"))
                << u' ' << t.targets.join(u',') << u' ' << tr("ports %1").arg(t.ports) << u' ';
            if (t.lastResult)
                out << tr("last scan %1: %2 TLS endpoints, %3 certificates, %4 errors")
                           .arg(isoUtc(t.lastScanAt))
                           .arg(t.lastResult->endpointsTls)
                           .arg(t.lastResult->certificatesFound)
                           .arg(t.lastResult->errors.size());
            else
                out << tr("never scanned");
            out << u'\n';
        });
}

/// Starts a command whose one argument is a target name.
Started startWithName(CommandContext &ctx, CommandParser &p)
{
    return start(ctx, p, [&] { return oneArgument(ctx, p, tr("Give exactly one scan target name.")); });
}

int removeTarget(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("NAME"),
                    tr("Removes a network scan target (its scans stay in the history)."));
    const auto started = startWithName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    if (auto s = started.app->networkScans().removeTarget(p.positional().first()); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Removed scan target %1.").arg(p.positional().first()) << u'\n';
    return Ok;
}

int runTarget(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("NAME"),
                    tr("Scans a network scan target now and stores the certificates found for triage."));
    p.addOptions({jsonOption()});
    const auto started = startWithName(ctx, p);
    if (started.exitCode)
        return *started.exitCode;
    return printReport(ctx, started.app->networkScans().scanTarget(p.positional().first()),
                       p.isSet(jsonOption()));
}

int runAdhoc(CommandContext &ctx)
{
    CommandParser p(ctx, {},
                    tr("Scans hosts and ranges once, without saving a target, and stores the certificates "
                       "found for triage."));
    const ScanFormOptions form;
    const QCommandLineOption &json = jsonOption();
    p.addOptions(form.all() + QList<QCommandLineOption>{json});
    if (auto code = p.parse(); code)
        return *code;
    if (!p.positional().isEmpty())
        return ctx.usage(tr("Unexpected argument \"%1\".").arg(p.positional().first()));
    discovery::TlsScanForm fields;
    if (auto code = form.read(ctx, p, fields))
        return *code;
    auto options = core::NetworkScanService::readScanForm(fields);
    if (!options)
        return ctx.usage(options.error().message);
    // The scan needs no store: the inventory is opened (a new one created and migrated, which waits
    // for the disk) while the endpoints are probed, and the findings are recorded afterwards.
    std::atomic<bool> cancel{false};
    core::NetworkScanObserver observer;
    observer.cancel = &cancel;
    auto probing = std::async(std::launch::async,
                              [&] { return core::NetworkScanService::probeAdhoc(*options, observer); });
    auto app = ctx.openInventory();
    if (!app) {
        cancel = true;
        probing.wait();
        return ctx.fail(app.error());
    }
    auto probed = probing.get();
    if (!probed)
        return ctx.fail(probed.error());
    return printReport(ctx, (*app)->networkScans().recordAdhoc(std::move(*probed)), p.isSet(json));
}

int probeScep(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("URL"),
        tr("Asks a SCEP server for its capabilities and CA certificates (read-only: never enrols) "
           "and keeps the answer in the probe history."));
    const QCommandLineOption &json = jsonOption();
    const QCommandLineOption caIdentifier(QStringLiteral("ca-identifier"),
                                          tr("Sent as the message parameter (servers with several CAs)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), tr("Per request (default 10000)."),
                                     QStringLiteral("T"));
    p.addOptions({json, caIdentifier, timeout});
    discovery::ScepProbeOptions options;
    const auto started = start(ctx, p, [&]() -> std::optional<int> {
        if (auto code = oneArgument(ctx, p, tr("Give exactly one SCEP URL.")))
            return code;
        return p.positiveNumber(timeout, options.timeoutMs);
    });
    if (started.exitCode)
        return *started.exitCode;
    options.url = p.positional().first();
    options.caIdentifier = p.value(caIdentifier);
    auto probe = started.app->networkScans().probeScep(options);
    if (!probe)
        return probe.error().code == ErrorCode::InvalidInput ? ctx.usage(probe.error().message)
                                                             : ctx.fail(probe.error());
    const auto now = QDateTime::currentDateTimeUtc();
    if (p.isSet(json)) {
        QJsonArray certificates;
        for (const auto &c : probe->caCertificates)
            certificates.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                            {QStringLiteral("issuer"), c.issuer},
                                            {QStringLiteral("algorithm"), c.keyAlgorithm},
                                            {QStringLiteral("signature_algorithm"), c.signatureAlgorithm},
                                            {QStringLiteral("sha256"), c.sha256},
                                            {QStringLiteral("not_after"), isoUtc(c.notAfter)},
                                            {QStringLiteral("days_to_expiry"), c.daysToExpiry(now)}});
        printJson(ctx.out, QJsonObject{{QStringLiteral("url"), probe->url},
                                       {QStringLiteral("probe_id"), probe->id},
                                       {QStringLiteral("capabilities"),
                                        QJsonArray::fromStringList(probe->capabilities)},
                                       {QStringLiteral("capabilities_problem"), probe->capabilitiesProblem},
                                       {QStringLiteral("with_ra_certificates"), probe->withRaCertificates},
                                       {QStringLiteral("chain_length"), probe->caCertificates.size()},
                                       {QStringLiteral("ca_certificates"), certificates}});
        return Ok;
    }
    ctx.out << tr("Capabilities: %1")
                   .arg(probe->capabilities.isEmpty() ? probe->capabilitiesProblem
                                                      : probe->capabilities.join(QStringLiteral(", ")))
            << u'\n' << tr("CA certificates (chain length %1):").arg(probe->caCertificates.size()) << u'\n';
    for (const auto &c : probe->caCertificates)
        ctx.out << QStringLiteral("  ") << c.subject << u'\n' << QStringLiteral("    ")
                << tr("issuer %1, %2, expires %3 (%4 days)")
                       .arg(c.issuer, c.keyAlgorithm, isoUtc(c.notAfter))
                       .arg(c.daysToExpiry(now))
                << u'\n';
    return Ok;
}

} // namespace

QList<Command> scanCommands()
{
    return {
        {QStringLiteral("scan-targets add"), tr("add a network scan target"), addTarget},
        {QStringLiteral("scan-targets list"), tr("list the network scan targets"), listTargets},
        {QStringLiteral("scan-targets remove"), tr("remove a network scan target"), removeTarget},
        {QStringLiteral("scan run"), tr("scan a network scan target now"), runTarget},
        {QStringLiteral("scan adhoc"), tr("scan hosts and ranges for TLS certificates once"), runAdhoc},
        {QStringLiteral("scep-probe"), tr("ask a SCEP server for its capabilities and CA certificates"),
         probeScep},
    };
}

} // namespace certdesk::cli
