// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl discover fs`, `discovered list|claim|dismiss|restore` and `discovery scans`:
// filesystem discovery and triage from scripts.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"
#include "app/cli/jsonwriter.h"

#include "app/core/discoveryservice.h"

#include <QJsonArray>

namespace certdesk::cli {

namespace {

QJsonObject scanJson(const domain::DiscoveryScan &scan)
{
    return {{QStringLiteral("id"), scan.id},
            {QStringLiteral("kind"), scan.kind},
            {QStringLiteral("roots"), QJsonArray::fromStringList(scan.roots)},
            {QStringLiteral("started_at"), isoUtc(scan.startedAt)},
            {QStringLiteral("finished_at"), isoUtc(scan.finishedAt)},
            {QStringLiteral("files_read"), scan.filesRead},
            {QStringLiteral("certificates"), scan.certificatesFound},
            {QStringLiteral("new"), scan.newFound},
            {QStringLiteral("errors"), domain::problemsToJson(scan.errors)},
            {QStringLiteral("duration_ms"), scan.durationMs},
            {QStringLiteral("cancelled"), scan.cancelled}};
}

QJsonObject discoveredJson(const domain::DiscoveredCertificate &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("sha256"), d.certificate.sha256},
                  {QStringLiteral("subject"), d.certificate.subject},
                  {QStringLiteral("issuer"), d.certificate.issuer},
                  {QStringLiteral("common_name"), d.certificate.commonName},
                  {QStringLiteral("not_after"), isoUtc(d.certificate.notAfter)},
                  {QStringLiteral("key"), d.certificate.keyDescription()},
                  {QStringLiteral("signature_algorithm"), d.certificate.signatureAlgorithm},
                  {QStringLiteral("status"), domain::triageStatusName(d.status)},
                  {QStringLiteral("locations"), d.locationCount},
                  {QStringLiteral("first_seen"), isoUtc(d.firstSeen)},
                  {QStringLiteral("last_seen"), isoUtc(d.lastSeen)}};
    if (d.status == domain::TriageStatus::Dismissed)
        o.insert(QStringLiteral("dismiss_reason"), d.dismissReason);
    if (d.claimedCertificateId)
        o.insert(QStringLiteral("claimed_certificate_id"), *d.claimedCertificateId);
    return o;
}

int discoverFilesystem(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("PATH..."),
                    tr("Scans folders (recursively) and files for certificates and stores what it finds "
                       "for triage. Reads .pem .crt .cer .cert .der .p7b .p7c files; PKCS#12 files are "
                       "listed as needing a password."));
    const QCommandLineOption sniff(QStringLiteral("sniff"), tr("Read every file, whatever its name."));
    const QCommandLineOption &json = jsonOption();
    p.addOptions({sniff, json});
    const auto started = start(ctx, p, [&] {
        return usageUnless(ctx, !p.positional().isEmpty(), tr("Name at least one folder or file to scan."));
    });
    if (started.exitCode)
        return *started.exitCode;
    core::FilesystemScanRequest request;
    request.roots = p.positional();
    request.sniffAllFiles = p.isSet(sniff);
    auto report = started.app->discovery().scanFilesystem(request);
    if (!report)
        return ctx.fail(report.error());
    const auto &scan = report->scan;
    if (p.isSet(json)) {
        // Streamed: a scan of thousands of certificates would spend more time in QJsonObject.
        JsonWriter w;
        w.beginObject();
        w.value("scan_id", scan.id);
        w.value("files_read", scan.filesRead);
        w.value("certificates", scan.certificatesFound);
        w.value("new", scan.newFound);
        w.value("duration_ms", scan.durationMs);
        w.value("cancelled", scan.cancelled);
        w.beginArray("errors");
        for (const auto &e : scan.errors) {
            w.beginObject();
            w.value("path", e.path);
            w.value("reason", e.reason);
            w.endObject();
        }
        w.endArray();
        w.strings("needs_password", report->needsPassword);
        w.beginArray("discovered");
        for (const auto &f : report->discovered) {
            w.beginObject();
            w.value("sha256", f.sha256);
            w.value("subject", f.subject);
            w.value("issuer", f.issuer);
            w.time("not_after", f.notAfter);
            w.value("status", domain::triageStatusName(f.status));
            w.value("new", f.isNew);
            w.strings("locations", f.locations);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        ctx.out.flush();
        ctx.out << QString::fromUtf8(w.finish());
        return Ok;
    }
    ctx.out << tr("Scanned %1 files in %2 ms: %3 certificates, %4 new, %5 problems.")
                   .arg(scan.filesRead)
                   .arg(scan.durationMs)
                   .arg(scan.certificatesFound)
                   .arg(scan.newFound)
                   .arg(scan.errors.size())
            << u'\n';
    for (const auto &e : scan.errors)
        ctx.out << QStringLiteral("  ") << e.path << QStringLiteral(": ") << e.reason << u'\n';
    for (const auto &path : report->needsPassword)
        ctx.out << QStringLiteral("  ") << path << QStringLiteral(": ")
                << tr("PKCS#12: import it with its password to read its certificates") << u'\n';
    return Ok;
}

int listDiscovered(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists discovered certificates."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only those with this status: new, claimed or dismissed."),
                                    QStringLiteral("STATUS"));
    p.addOptions({status, jsonOption()});
    std::optional<domain::TriageStatus> only;
    const auto check = [&]() -> std::optional<int> {
        if (!p.isSet(status))
            return std::nullopt;
        only = domain::triageStatusFromName(p.value(status));
        return usageUnless(
            ctx, only.has_value(),
            tr("--status must be new, claimed or dismissed, not \"%1\".").arg(p.value(status)));
    };
    return listCommand(
        ctx, p, check, [&](core::AppContext &app) { return app.discovery().list(only); },
        QStringLiteral("discovered"), discoveredJson,
        [](QTextStream &out, const domain::DiscoveredCertificate &d) {
            out << d.certificate.sha256 << u' ' << domain::triageStatusName(d.status).leftJustified(9) << u' '
                << isoUtc(d.certificate.notAfter) << u' ' << d.certificate.subject << u'\n';
        });
}

/// Runs one triage action on the certificate named by the single SHA256 argument.
template <typename Action> int triageOne(CommandContext &ctx, CommandParser &p, Action &&action)
{
    const auto started =
        start(ctx, p, [&] { return oneArgument(ctx, p, tr("Give exactly one SHA-256 fingerprint.")); });
    if (started.exitCode)
        return *started.exitCode;
    auto &discovery = started.app->discovery();
    auto found = discovery.findBySha256(p.positional().first());
    if (!found)
        return ctx.fail(found.error());
    auto undo = action(discovery, found->id);
    if (!undo)
        return ctx.fail(undo.error());
    auto after = discovery.findBySha256(found->certificate.sha256);
    if (!after)
        return ctx.fail(after.error());
    ctx.out << after->certificate.sha256 << u' ' << domain::triageStatusName(after->status);
    if (after->claimedCertificateId)
        ctx.out << u' ' << tr("certificate %1").arg(*after->claimedCertificateId);
    ctx.out << u'\n';
    return Ok;
}

int claimDiscovered(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("SHA256"),
        tr("Claims a discovered certificate: adds it to the inventory, or with --to links it to a "
           "managed certificate."));
    const QCommandLineOption to(QStringLiteral("to"), tr("Link to the managed certificate with this id."),
                                QStringLiteral("CERT_ID"));
    p.addOptions({to});
    int target = 0;
    return triageOne(ctx, p, [&](core::DiscoveryService &d, qint64 id) -> Result<core::TriageUndo> {
        if (!p.isSet(to))
            return d.claimAsNew({id});
        if (auto code = p.positiveNumber(to, target))
            return Error{tr("--to must be a certificate id."), {}, ErrorCode::InvalidInput};
        return d.claimToExisting({id}, target);
    });
}

int dismissDiscovered(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("SHA256"), tr("Dismisses a discovered certificate."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (kept with the decision)."),
                                    QStringLiteral("TEXT"));
    p.addOptions({reason});
    return triageOne(ctx, p,
                     [&](core::DiscoveryService &d, qint64 id) { return d.dismiss({id}, p.value(reason)); });
}

int restoreDiscovered(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("SHA256"),
                    tr("Puts a dismissed or claimed certificate back to new."));
    return triageOne(ctx, p, [](core::DiscoveryService &d, qint64 id) { return d.restore({id}); });
}

int listScans(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists discovery scans, newest first."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N scans (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    p.addOptions({jsonOption(), limit});
    int count = 50;
    return listCommand(
        ctx, p, [&] { return p.positiveNumber(limit, count); },
        [&](core::AppContext &app) { return app.discovery().scans(count); }, QStringLiteral("scans"),
        scanJson,
        [](QTextStream &out, const domain::DiscoveryScan &s) {
            out << isoUtc(s.startedAt) << u' ' << s.kind << u' '
                << tr("%1 files, %2 certificates (%3 new), %4 errors, %5 ms%6")
                       .arg(s.filesRead)
                       .arg(s.certificatesFound)
                       .arg(s.newFound)
                       .arg(s.errors.size())
                       .arg(s.durationMs)
                       .arg(s.cancelled ? tr(", cancelled") : QString())
                << QStringLiteral(": ") << s.roots.join(QStringLiteral(", ")) << u'\n';
        });
}

} // namespace

QList<Command> discoveryCommands()
{
    return {
        {QStringLiteral("discover fs"), tr("scan folders and files for certificates"), discoverFilesystem},
        {QStringLiteral("discovered list"), tr("list discovered certificates"), listDiscovered},
        {QStringLiteral("discovered claim"), tr("claim a discovered certificate into the inventory"),
         claimDiscovered},
        {QStringLiteral("discovered dismiss"), tr("dismiss a discovered certificate"), dismissDiscovered},
        {QStringLiteral("discovered restore"), tr("put a dismissed certificate back to new"),
         restoreDiscovered},
        {QStringLiteral("discovery scans"), tr("list the discovery scan history"), listScans},
    };
}

} // namespace certdesk::cli
