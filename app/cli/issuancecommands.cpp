// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl issuer ...`, `issue`, `renew`, `revoke`, `crl`, `ocsp`, `ca-cert`: the local CA and
// the certificate lifecycle.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"

#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "app/core/issuerservice.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "connectors/pki/crl.h"
#include "connectors/sysio/atomicfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk::cli {

namespace {
int issuerAdd(CommandContext &ctx)
{
    CommandParser p(
        ctx, QStringLiteral("local"),
        tr("Sets up a local CA: self-signed (CertDesk makes the CA key), or a sub-CA from your CA "
           "certificate and key files (--ca-cert and --ca-key). A test certificate is signed and "
           "verified before the CA is saved."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The issuer's name."), QStringLiteral("N"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"), tr("Sub-CA: the CA certificate (PEM/DER)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption caKey(QStringLiteral("ca-key"), tr("Sub-CA: the CA private key."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption caKeyPass(QStringLiteral("ca-key-pass-file"),
                                       tr("Sub-CA: read the key's passphrase from the first line of FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption importKey(
        QStringLiteral("import-key"),
        tr("Sub-CA: keep the key sealed in the inventory instead of reading the file."));
    const QCommandLineOption cn(QStringLiteral("cn"),
                                tr("Self-signed: the CA's common name (default: the name)."),
                                QStringLiteral("CN"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Self-signed: the CA key type (default ec256)."),
                                 QStringLiteral("TYPE"), QStringLiteral("ec256"));
    const QCommandLineOption caDays(QStringLiteral("ca-days"),
                                    tr("Self-signed: the CA's validity (default 3650)."),
                                    QStringLiteral("DAYS"));
    const QCommandLineOption days(QStringLiteral("default-days"),
                                  tr("Validity of issued certificates when not given (default 90)."),
                                  QStringLiteral("DAYS"));
    const QCommandLineOption crlUrl(QStringLiteral("crl-url"),
                                    tr("CRL distribution point put into certificates."),
                                    QStringLiteral("URL"));
    const QCommandLineOption ocspUrl(QStringLiteral("ocsp-url"),
                                     tr("OCSP responder URL put into certificates."), QStringLiteral("URL"));
    const QCommandLineOption &json = jsonOption();
    p.addOptions({name, caCert, caKey, caKeyPass, importKey, cn, key, caDays, days, crlUrl, ocspUrl, json});
    if (auto code = p.parse(); code)
        return *code;
    if (p.positional() != QStringList{QStringLiteral("local")})
        return ctx.usage(tr("Give the kind of issuer: 'issuer add local' or 'issuer add acme'."));
    if (!p.isSet(name))
        return ctx.usage(tr("--name is required."));
    core::LocalCaSetup setup;
    setup.name = p.value(name);
    if (p.isSet(caCert) != p.isSet(caKey))
        return ctx.usage(tr("A sub-CA needs both --ca-cert and --ca-key."));
    if (p.isSet(caCert)) {
        setup.mode = core::LocalCaSetup::Mode::SubCa;
        setup.caCertificateFile = p.value(caCert);
        setup.caKeyFile = p.value(caKey);
        setup.importKey = p.isSet(importKey);
        if (p.isSet(caKeyPass)) {
            auto secret = readSecretFile(p.value(caKeyPass));
            if (!secret)
                return ctx.fail(secret.error());
            setup.caKeyPassphrase = *secret;
        }
    } else {
        setup.caCommonName = p.value(cn);
        setup.caKeyAlgorithm = p.value(key);
    }
    if (auto code = p.positiveNumber(caDays, setup.caValidityDays))
        return *code;
    if (auto code = p.positiveNumber(days, setup.defaultValidityDays))
        return *code;
    setup.crlUrls = p.values(crlUrl);
    setup.ocspUrls = p.values(ocspUrl);
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    auto id = (*app)->issuers().addLocalCa(setup);
    if (!id)
        return ctx.fail(id.error());
    if (p.isSet(json))
        printJson(ctx.out, QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), setup.name}});
    else
        ctx.out << tr("Local CA %1 set up (issuer %2).").arg(setup.name).arg(*id) << u'\n';
    return Ok;
}

QJsonObject issuerJson(const store::StoredIssuer &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("type"), i.type},
            {QStringLiteral("mode"), i.config.value(QStringLiteral("mode"))},
            {QStringLiteral("enabled"), i.enabled},
            {QStringLiteral("crl_number"), i.crlNumber},
            {QStringLiteral("created_at"), isoUtc(i.createdAt)}};
}

int issuerList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the issuers."));
    p.addOptions({jsonOption()});
    return listCommand(
        ctx, p, {}, [](core::AppContext &app) { return app.issuers().list(); }, QStringLiteral("issuers"),
        issuerJson,
        [](QTextStream &out, const store::StoredIssuer &i) {
            out << QStringLiteral("%1  %2  %3 %4\n")
                       .arg(QString::number(i.id).rightJustified(4), i.name.leftJustified(24), i.type,
                            i.config.value(QStringLiteral("mode")).toString());
        });
}

/// Works the job queue until `jobId` (and anything else due) is done, and returns the number the
/// job recorded under `resultKey`. A job left waiting for a retry is reported as such.
Result<qint64> runJob(core::AppContext &app, qint64 jobId, const QString &resultKey)
{
    runQueue(app);
    return jobResult(app, jobId, resultKey);
}

/// Common names from a file, one per line; blank lines and '#' comments are skipped.
Result<QStringList> readNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()), {}, ErrorCode::InvalidInput};
    QStringList names;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            names << line;
    }
    if (names.isEmpty())
        return Error{tr("%1 names no certificate; put one common name on each line.").arg(path),
                     {},
                     ErrorCode::InvalidInput};
    return names;
}

/// `issue --names-file`: one certificate per name, queued in one transaction and worked `parallel`
/// at a time (an ACME CA validates several orders at once).
int issueMany(CommandContext &ctx, core::AppContext &app, const core::IssueCertificateRequest &base,
              const QStringList &names, int parallel, bool json)
{
    QList<core::IssueCertificateRequest> requests;
    for (const auto &name : names) {
        auto request = base;
        request.commonName = name;
        request.sans = {name};
        requests << request;
    }
    auto jobs = app.jobs().enqueueIssue(requests);
    if (!jobs)
        return ctx.fail(jobs.error());
    runQueue(app, parallel);
    QJsonArray issued;
    QJsonArray failed;
    for (int i = 0; i < jobs->size(); ++i) {
        auto result = jobResult(app, jobs->at(i), QStringLiteral("certificate_id"));
        if (result) {
            issued.append(QJsonObject{{QStringLiteral("name"), names[i]}, {QStringLiteral("id"), *result}});
        } else {
            failed.append(QJsonObject{{QStringLiteral("name"), names[i]},
                                      {QStringLiteral("error"), result.error().fullText()}});
            if (!json)
                ctx.err << tr("%1: %2").arg(names[i], result.error().fullText()) << u'\n';
        }
    }
    if (json)
        printJson(ctx.out,
                  QJsonObject{{QStringLiteral("issued"), issued}, {QStringLiteral("failed"), failed}});
    else
        ctx.out << tr("Issued %1 of %2 certificates.").arg(issued.size()).arg(names.size()) << u'\n';
    return failed.isEmpty() ? Ok : Failed;
}

/// Prints the certificate the way `inventory show --json` does, or its id.
int printCertificate(CommandContext &ctx, core::AppContext &app, qint64 id, bool json, const QString &verb)
{
    if (!json) {
        ctx.out << tr("%1 certificate %2").arg(verb).arg(id) << u'\n';
        return Ok;
    }
    auto view = app.inventory().view(id);
    if (!view)
        return ctx.fail(view.error());
    printJson(ctx.out, certificateJson(*view, QDateTime::currentDateTimeUtc()));
    return Ok;
}

int issueCommand(CommandContext &ctx)
{
    CommandParser p(ctx, {},
                    tr("Issues a new certificate: the key is made here and kept sealed in the inventory."));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("The issuer's name."), QStringLiteral("N"));
    const QCommandLineOption cn(QStringLiteral("cn"), tr("The common name."), QStringLiteral("CN"));
    const QCommandLineOption san(QStringLiteral("san"), tr("A subject alternative name (repeatable)."),
                                 QStringLiteral("S"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("ec256, ec384, rsa2048, rsa3072, rsa4096 or ed25519."),
                                 QStringLiteral("TYPE"), QStringLiteral("ec256"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Validity in days (capped by the profile)."),
                                  QStringLiteral("D"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("The certificate profile (default: default)."), QStringLiteral("P"),
                                     QStringLiteral("default"));
    const QCommandLineOption namesFile(
        QStringLiteral("names-file"),
        tr("Issue one certificate for each common name in FILE (one per line)."), QStringLiteral("FILE"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      tr("With --names-file: how many to issue at once (default 4)."),
                                      QStringLiteral("K"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the certificate as 'inventory show --json'."));
    p.addOptions({issuer, cn, san, key, days, profile, namesFile, parallel, json});
    int workers = 4;
    core::IssueCertificateRequest request;
    const auto started = start(ctx, p, [&]() -> std::optional<int> {
        if (!p.isSet(issuer) || p.isSet(cn) == p.isSet(namesFile))
            return ctx.usage(tr("--issuer and one of --cn or --names-file are required."));
        if (auto code = p.positiveNumber(parallel, workers))
            return code;
        return p.positiveNumber(days, request.validityDays);
    });
    if (started.exitCode)
        return *started.exitCode;
    auto &app = *started.app;
    request.issuerName = p.value(issuer);
    request.commonName = p.value(cn);
    request.sans = p.values(san);
    request.keyAlgorithm = p.value(key);
    request.profileName = p.value(profile);
    if (p.isSet(namesFile)) {
        auto names = readNames(p.value(namesFile));
        if (!names)
            return ctx.fail(names.error());
        return issueMany(ctx, app, request, *names, std::min(workers, 64), p.isSet(json));
    }
    auto job = app.jobs().enqueueIssue(request);
    if (!job)
        return ctx.fail(job.error());
    auto result = runJob(app, *job, QStringLiteral("certificate_id"));
    if (!result)
        return ctx.fail(result.error());
    return printCertificate(ctx, app, *result, p.isSet(json), tr("Issued"));
}

int renewCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("ID"),
                    tr("Renews a certificate issued through CertDesk: a new version from "
                       "the same issuer with the same names."));
    const QCommandLineOption reuse(QStringLiteral("reuse-key"),
                                   tr("Keep the current key instead of making a new one."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the certificate as 'inventory show --json'."));
    p.addOptions({reuse, json});
    qint64 id = 0;
    const auto started = start(ctx, p, [&] { return readCertificateId(ctx, p, id); });
    if (started.exitCode)
        return *started.exitCode;
    auto job = started.app->jobs().enqueueRenew(id, p.isSet(reuse));
    if (!job)
        return ctx.fail(job.error());
    if (auto renewed = runJob(*started.app, *job, QStringLiteral("version_id")); !renewed)
        return ctx.fail(renewed.error());
    return printCertificate(ctx, *started.app, id, p.isSet(json), tr("Renewed"));
}

int revokeCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("ID"),
                    tr("Revokes a certificate. It is recorded in the inventory even when "
                       "the CA cannot be told."));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        tr("The RFC 5280 reason: %1.").arg(pki::revocationReasonNames().join(QStringLiteral(", "))),
        QStringLiteral("R"), QStringLiteral("unspecified"));
    p.addOptions({reason});
    qint64 id = 0;
    std::optional<pki::RevocationReason> code;
    const auto started = start(ctx, p, [&]() -> std::optional<int> {
        if (auto stop = readCertificateId(ctx, p, id))
            return stop;
        code = pki::revocationReasonFromName(p.value(reason));
        return usageUnless(
            ctx, code.has_value(),
            tr("%1 is not a revocation reason; use one of %2.")
                .arg(p.value(reason), pki::revocationReasonNames().join(QStringLiteral(", "))));
    });
    if (started.exitCode)
        return *started.exitCode;
    if (auto s = started.app->lifecycle().revoke(id, *code); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Revoked certificate %1 (%2)").arg(id).arg(pki::revocationReasonName(*code)) << u'\n';
    return Ok;
}

/// `crl`, `ocsp` and `ca-cert`: fetchAndUse() with `produce(app)` giving what is written to --out,
/// reporting the way every command does.
int writeProduced(CommandContext &ctx, CommandParser &p, const ArgumentCheck &check,
                  const QCommandLineOption &out,
                  const std::function<Result<QByteArray>(core::AppContext &)> &produce)
{
    return fetchAndUse(ctx, p, check, produce, [&](const QByteArray &bytes) -> int {
        const QString path = p.value(out);
        if (auto s = sysio::writeFileAtomically(path, bytes, sysio::FileMode::Public); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Wrote %1").arg(path) << u'\n';
        return Ok;
    });
}

int crlCommand(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Publishes a fresh CRL of a local CA (valid 24 hours)."));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("The issuer's name."), QStringLiteral("N"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption pem(QStringLiteral("pem"), tr("Write PEM instead of DER."));
    p.addOptions({issuer, out, pem});
    return writeProduced(
        ctx, p,
        [&] {
            return usageUnless(ctx, p.isSet(issuer) && p.isSet(out), tr("--issuer and --out are required."));
        },
        out,
        [&](core::AppContext &app) -> Result<QByteArray> {
            auto crl = app.lifecycle().crl(p.value(issuer));
            if (crl && p.isSet(pem))
                return pki::derToPem(*crl, "X509 CRL");
            return crl;
        });
}

int ocspCommand(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Answers a DER OCSP request for a local CA."));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("The issuer's name."), QStringLiteral("N"));
    const QCommandLineOption request(QStringLiteral("request"), tr("The DER OCSP request."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the DER response."),
                                 QStringLiteral("FILE"));
    p.addOptions({issuer, request, out});
    QByteArray requestDer;
    const auto check = [&]() -> std::optional<int> {
        if (!p.isSet(issuer) || !p.isSet(request) || !p.isSet(out))
            return ctx.usage(tr("--issuer, --request and --out are required."));
        auto read = core::readCertificateFile(p.value(request));
        if (!read)
            return ctx.fail(read.error());
        requestDer = *read;
        return std::nullopt;
    };
    return writeProduced(ctx, p, check, out, [&](core::AppContext &app) {
        return app.lifecycle().ocsp(p.value(issuer), requestDer);
    });
}

int caCertCommand(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Writes an issuer's CA certificate and its chain (PEM)."));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("The issuer's name."), QStringLiteral("N"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    p.addOptions({issuer, out});
    return writeProduced(
        ctx, p,
        [&] {
            return usageUnless(ctx, p.isSet(issuer) && p.isSet(out), tr("--issuer and --out are required."));
        },
        out, [&](core::AppContext &app) { return app.lifecycle().caChainPem(p.value(issuer)); });
}

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const auto &part : text.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

int profileAdd(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("NAME"),
                    tr("Adds or replaces a certificate profile: what certificates issued under it may be."));
    const QCommandLineOption keys(QStringLiteral("keys"),
                                  tr("Allowed key types, comma-separated (default: all)."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption maxDays(QStringLiteral("max-days"),
                                     tr("Longest lifetime in days (default 398)."), QStringLiteral("D"));
    const QCommandLineOption maxMinutes(QStringLiteral("max-minutes"),
                                        tr("Longest lifetime in minutes, for short-lived certificates."),
                                        QStringLiteral("M"));
    const QCommandLineOption eku(QStringLiteral("eku"),
                                 tr("Extended key usages, comma-separated (default serverAuth,clientAuth)."),
                                 QStringLiteral("LIST"));
    const QCommandLineOption renewal(QStringLiteral("renewal-days"),
                                     tr("Renew this many days before expiry (default 30)."),
                                     QStringLiteral("D"));
    p.addOptions({keys, maxDays, maxMinutes, eku, renewal});
    if (auto code = p.parse(); code)
        return *code;
    if (p.positional().size() != 1)
        return ctx.usage(tr("Name one profile."));
    domain::CertificateProfile profile;
    profile.name = p.positional().first();
    if (p.isSet(keys))
        profile.allowedKeyAlgorithms = commaList(p.value(keys));
    if (p.isSet(eku))
        profile.extendedKeyUsage = commaList(p.value(eku));
    int days = 0;
    int minutes = 0;
    if (auto code = p.positiveNumber(maxDays, days))
        return *code;
    if (auto code = p.positiveNumber(maxMinutes, minutes))
        return *code;
    if (days && minutes)
        return ctx.usage(tr("Give --max-days or --max-minutes, not both."));
    if (days)
        profile.maxTtlSeconds = qint64(days) * 86400;
    if (minutes)
        profile.maxTtlSeconds = qint64(minutes) * 60;
    if (auto code = p.positiveNumber(renewal, profile.renewalThresholdDays))
        return *code;
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    if (auto s = (*app)->lifecycle().saveProfile(profile); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Profile %1 saved.").arg(profile.name) << u'\n';
    return Ok;
}

int profileList(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the certificate profiles."));
    p.addOptions({jsonOption()});
    return listCommand(
        ctx, p, {}, [](core::AppContext &app) { return app.lifecycle().profiles(); },
        QStringLiteral("profiles"),
        [](const domain::CertificateProfile &profile) {
            QJsonObject o = profile.toJson();
            o.insert(QStringLiteral("name"), profile.name);
            o.insert(QStringLiteral("short_lived"), profile.isShortLived());
            return o;
        },
        [](QTextStream &out, const domain::CertificateProfile &profile) {
            out << QStringLiteral("%1  max %2 s  keys %3  eku %4  renew %5 d\n")
                       .arg(profile.name.leftJustified(16))
                       .arg(profile.maxTtlSeconds)
                       .arg(profile.allowedKeyAlgorithms.join(u','), profile.extendedKeyUsage.join(u','))
                       .arg(profile.renewalThresholdDays);
        });
}
} // namespace

QList<Command> issuanceCommands()
{
    return {
        {QStringLiteral("issuer add"), tr("set up a local CA (issuer add local)"), issuerAdd},
        {QStringLiteral("issuer list"), tr("list the issuers"), issuerList},
        {QStringLiteral("profile add"), tr("add or replace a certificate profile"), profileAdd},
        {QStringLiteral("profile list"), tr("list the certificate profiles"), profileList},
        {QStringLiteral("issue"), tr("issue a new certificate through an issuer"), issueCommand},
        {QStringLiteral("renew"), tr("renew a certificate issued through CertDesk"), renewCommand},
        {QStringLiteral("revoke"), tr("revoke a certificate"), revokeCommand},
        {QStringLiteral("crl"), tr("publish the CRL of a local CA"), crlCommand},
        {QStringLiteral("ocsp"), tr("answer an OCSP request for a local CA"), ocspCommand},
        {QStringLiteral("ca-cert"), tr("write an issuer's CA certificate and chain"), caCertCommand},
    };
}

} // namespace certdesk::cli
