// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl inventory ...`: import, list, show, export and delete managed certificates.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"

#include "app/core/exportservice.h"
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace certdesk::cli {

namespace {
QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (auto id : list)
        a.append(id);
    return a;
}

Result<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{
            tr("'%1' is not a certificate id; 'certdeskctl inventory list' shows the ids.").arg(text)};
    return id;
}

/// Starts a command on the one certificate its single ID argument names, which it reads into `id`.
Started startWithCertificate(CommandContext &ctx, CommandParser &p, qint64 &id)
{
    return start(ctx, p, [&]() -> std::optional<int> {
        if (auto code = oneArgument(ctx, p, tr("Name one certificate id.")))
            return code;
        auto parsed = parseId(p.positional().first());
        if (!parsed)
            return ctx.fail(parsed.error());
        id = *parsed;
        return std::nullopt;
    });
}

int importCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("FILE..."),
                    tr("Imports certificate files (PEM, DER, PKCS#7, PKCS#12)."));
    const QCommandLineOption &json = jsonOption();
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the PKCS#12 password from the first line of FILE."),
                                          QStringLiteral("FILE"));
    p.addOptions({json, passwordFile});
    if (auto code = p.parse(); code)
        return *code;
    if (p.positional().isEmpty())
        return ctx.usage(tr("Name at least one file to import."));
    std::optional<QString> password;
    if (p.isSet(passwordFile)) {
        auto secret = readSecretFile(p.value(passwordFile));
        if (!secret)
            return ctx.fail(secret.error());
        password = *secret;
    }
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    const auto results = (*app)->imports().importFiles(p.positional(), password);

    int imported = 0, held = 0, failed = 0;
    QJsonArray files;
    for (const auto &r : results) {
        imported += int(r.imported.size());
        held += int(r.alreadyHeld.size());
        QJsonObject f{{QStringLiteral("path"), r.source},
                      {QStringLiteral("imported"), ids(r.imported)},
                      {QStringLiteral("already_held"), ids(r.alreadyHeld)},
                      {QStringLiteral("private_key_stored"), r.privateKeyStored}};
        if (!r.status.ok()) {
            ++failed;
            f.insert(QStringLiteral("error"), r.status.error().message);
            ctx.err << QStringLiteral("certdeskctl: error: ") << r.status.error().message << u'\n';
            if (r.status.error().code == ErrorCode::PasswordRequired)
                ctx.err << tr("  Give the PKCS#12 password with --password-file FILE.") << u'\n';
            ctx.err.flush();
        }
        files.append(f);
    }
    if (p.isSet(json)) {
        printJson(ctx.out, QJsonObject{{QStringLiteral("files"), files},
                                       {QStringLiteral("imported"), imported},
                                       {QStringLiteral("already_held"), held},
                                       {QStringLiteral("failed"), failed}});
    } else {
        ctx.out << tr("%1 certificate(s) imported, %2 already held, %3 file(s) failed.")
                       .arg(imported)
                       .arg(held)
                       .arg(failed)
                << u'\n';
    }
    return failed ? Failed : Ok;
}

int listCertificates(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists the managed certificates, soonest expiry first."));
    const QCommandLineOption &json = jsonOption();
    const QCommandLineOption expiring(
        QStringLiteral("expiring"),
        tr("Only certificates that expire within DAYS days (expired ones included)."),
        QStringLiteral("DAYS"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only this status: valid, expiring, expired, revoked."),
                                    QStringLiteral("STATUS"));
    p.addOptions({json, expiring, status});
    std::optional<int> days;
    std::optional<domain::CertificateStatus> wanted;
    const auto started = start(ctx, p, [&]() -> std::optional<int> {
        if (p.isSet(expiring)) {
            bool ok = false;
            days = p.value(expiring).toInt(&ok);
            if (!ok || *days < 0)
                return ctx.usage(tr("--expiring takes a number of days, e.g. --expiring 30."));
        }
        if (p.isSet(status)) {
            wanted = domain::statusFromKey(p.value(status));
            if (!wanted)
                return ctx.usage(tr("--status takes valid, expiring, expired or revoked."));
        }
        return std::nullopt;
    });
    if (started.exitCode)
        return *started.exitCode;
    auto rows = started.app->inventory().summaries();
    if (!rows)
        return ctx.fail(rows.error());
    const auto now = QDateTime::currentDateTimeUtc();
    QList<domain::CertificateSummary> shown;
    for (const auto &s : *rows) {
        if (days && now.secsTo(s.notAfter) > qint64(*days) * 86400)
            continue;
        if (wanted && domain::statusAt(s.notAfter, s.revoked, now) != *wanted)
            continue;
        shown << s;
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const auto &a, const auto &b) { return a.notAfter < b.notAfter; });
    if (p.isSet(json)) {
        QJsonArray list;
        for (const auto &s : shown)
            list.append(summaryJson(s, now));
        printJson(ctx.out, QJsonObject{{QStringLiteral("count"), list.size()},
                                       {QStringLiteral("certificates"), list}});
        return Ok;
    }
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(tr("ID").rightJustified(6), tr("EXPIRES (UTC)").leftJustified(16),
                        tr("DAYS").rightJustified(5), tr("STATUS").leftJustified(8), tr("COMMON NAME"));
    for (const auto &s : shown) {
        const auto json = summaryJson(s, now);
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QString::number(s.id).rightJustified(6),
                            s.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(16),
                            QString::number(json.value(QStringLiteral("days_left")).toInteger())
                                .rightJustified(5),
                            json.value(QStringLiteral("status")).toString().leftJustified(8), s.commonName);
    }
    return Ok;
}

void printField(QTextStream &out, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        out << QString(name + u':').leftJustified(28) << value << u'\n';
}

int showCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("ID"), tr("Shows every field of one managed certificate."));
    p.addOptions({jsonOption()});
    qint64 id = 0;
    const auto started = startWithCertificate(ctx, p, id);
    if (started.exitCode)
        return *started.exitCode;
    auto view = started.app->inventory().view(id);
    if (!view)
        return ctx.fail(view.error());
    const auto now = QDateTime::currentDateTimeUtc();
    const auto o = certificateJson(*view, now);
    if (p.isSet(jsonOption())) {
        printJson(ctx.out, o);
        return Ok;
    }
    const auto &d = view->certificate.current.details;
    const auto join = [](const QStringList &l) { return l.join(QStringLiteral(", ")); };
    printField(ctx.out, tr("ID"), QString::number(view->certificate.id));
    printField(ctx.out, tr("Status"), o.value(QStringLiteral("status")).toString());
    printField(ctx.out, tr("Subject"), d.subject);
    printField(ctx.out, tr("Issuer"), d.issuer);
    printField(ctx.out, tr("Subject alternative names"), join(d.sans.tagged()));
    printField(ctx.out, tr("Serial"), domain::colonHex(d.serialHex));
    printField(ctx.out, tr("Not before"), isoUtc(d.notBefore));
    printField(ctx.out, tr("Not after"), isoUtc(d.notAfter));
    printField(ctx.out, tr("Key"), d.keyDescription());
    printField(ctx.out, tr("Signature algorithm"), d.signatureAlgorithm);
    printField(ctx.out, tr("SHA-256"), domain::colonHex(d.sha256));
    printField(ctx.out, tr("SHA-1"), domain::colonHex(d.sha1));
    printField(ctx.out, tr("Key usage"), join(d.keyUsage));
    printField(ctx.out, tr("Extended key usage"), join(d.extendedKeyUsage));
    if (d.hasBasicConstraints)
        printField(ctx.out, tr("Basic constraints"),
                   d.isCa ? (d.pathLength >= 0 ? tr("CA, path length %1").arg(d.pathLength) : tr("CA"))
                          : tr("not a CA"));
    printField(ctx.out, tr("Subject key id"), d.subjectKeyId);
    printField(ctx.out, tr("Authority key id"), d.authorityKeyId);
    printField(ctx.out, tr("CRL distribution points"), join(d.crlDistributionPoints));
    printField(ctx.out, tr("OCSP"), join(d.ocspUrls));
    printField(ctx.out, tr("CA issuers"), join(d.caIssuerUrls));
    printField(ctx.out, tr("Private key held"), view->hasPrivateKey ? tr("yes") : tr("no"));
    printField(ctx.out, tr("Owner"), view->certificate.owner);
    printField(ctx.out, tr("Tags"), join(view->certificate.tags));
    printField(ctx.out, tr("Notes"), view->certificate.notes);
    for (int i = 0; i < view->chain.size(); ++i)
        printField(ctx.out, tr("Chain %1").arg(i + 1), view->chain[i].subject);
    return Ok;
}

int exportCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("ID"), tr("Exports one managed certificate to a file."));
    const QCommandLineOption format(QStringLiteral("format"), tr("pem, der or p12."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption chain(QStringLiteral("chain"), tr("Include the chain (PEM and PKCS#12)."));
    const QCommandLineOption withKey(QStringLiteral("with-key"),
                                     tr("Include the private key (PKCS#12 only)."));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the PKCS#12 password from the first line of FILE."),
                                          QStringLiteral("FILE"));
    p.addOptions({format, outFile, chain, withKey, passwordFile});
    if (auto code = p.parse(); code)
        return *code;
    if (p.positional().size() != 1)
        return ctx.usage(tr("Name one certificate id."));
    if (!p.isSet(format) || !p.isSet(outFile))
        return ctx.usage(tr("--format and --out are required."));
    const auto fmt = core::exportFormatFromName(p.value(format));
    if (!fmt)
        return ctx.usage(tr("--format takes pem, der or p12."));
    auto id = parseId(p.positional().first());
    if (!id)
        return ctx.fail(id.error());
    core::ExportRequest request;
    request.certificateId = *id;
    request.format = *fmt;
    request.includeChain = p.isSet(chain);
    request.includeKey = p.isSet(withKey);
    if (p.isSet(passwordFile)) {
        auto secret = readSecretFile(p.value(passwordFile));
        if (!secret)
            return ctx.fail(secret.error());
        request.password = *secret;
    } else if (request.includeKey) {
        return ctx.usage(
            tr("--with-key needs --password-file: the PKCS#12 is protected with that password."));
    }
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    if (auto s = (*app)->exports().exportToFile(request, p.value(outFile)); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Wrote %1").arg(p.value(outFile)) << u'\n';
    return Ok;
}

int deleteCommand(CommandContext &ctx)
{
    CommandParser p(ctx, QStringLiteral("ID"),
                    tr("Deletes one managed certificate, its versions and its private key."));
    p.addOptions({});
    qint64 id = 0;
    const auto started = startWithCertificate(ctx, p, id);
    if (started.exitCode)
        return *started.exitCode;
    if (auto s = started.app->inventory().remove(id); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Deleted certificate %1").arg(id) << u'\n';
    return Ok;
}
} // namespace

QList<Command> inventoryCommands()
{
    return {
        {QStringLiteral("inventory import"), tr("import certificate files (PEM, DER, P7B, PKCS#12)"),
         importCommand},
        {QStringLiteral("inventory list"), tr("list managed certificates"), listCertificates},
        {QStringLiteral("inventory show"), tr("show every field of one certificate"), showCommand},
        {QStringLiteral("inventory export"), tr("export a certificate as PEM, DER or PKCS#12"),
         exportCommand},
        {QStringLiteral("inventory delete"), tr("delete a certificate"), deleteCommand},
    };
}

} // namespace certdesk::cli
