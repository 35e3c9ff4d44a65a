// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl issuer add acme`: sets up an ACME CA (Let's Encrypt, ZeroSSL, any RFC 8555 CA).
// Issuing, renewing and revoking through it are the common `issue`, `renew` and `revoke` commands.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"

#include "app/core/acmepresets.h"
#include "app/core/issuerservice.h"

#include <QJsonObject>

namespace certdesk::cli {

namespace {
QString presetKeys()
{
    QStringList keys;
    for (const auto &preset : core::acmePresets()) {
        if (!preset.directoryUrl.isEmpty())
            keys << preset.key;
    }
    return keys.join(QStringLiteral(", "));
}

int issuerAddAcme(CommandContext &ctx)
{
    CommandParser p(
        ctx, {},
        tr("Sets up an ACME CA. The directory is fetched and the account created (or found) before "
           "anything is saved; the account key is sealed in the inventory. Presets for --directory: "
           "%1.")
            .arg(presetKeys()));
    const QCommandLineOption name(QStringLiteral("name"), tr("The issuer's name."), QStringLiteral("N"));
    const QCommandLineOption directory(QStringLiteral("directory"),
                                       tr("The CA's directory URL, or a preset."), QStringLiteral("URL"));
    const QCommandLineOption email(QStringLiteral("email"), tr("Contact e-mail address for the account."),
                                   QStringLiteral("E"));
    const QCommandLineOption agree(QStringLiteral("agree-tos"), tr("Accept the CA's terms of service."));
    const QCommandLineOption eabKid(QStringLiteral("eab-kid"), tr("External Account Binding key ID."),
                                    QStringLiteral("K"));
    const QCommandLineOption eabHmac(QStringLiteral("eab-hmac-file"),
                                     tr("Read the EAB HMAC key (base64url) from the first line of FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption challenge(QStringLiteral("challenge"),
                                       tr("http-01 (default), dns-01 or dns-persist-01."),
                                       QStringLiteral("TYPE"), QStringLiteral("http-01"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      tr("Port of the temporary HTTP-01 server (default 80)."),
                                      QStringLiteral("P"));
    const QCommandLineOption httpAddress(QStringLiteral("http-address"),
                                         tr("Address of the temporary HTTP-01 server (default 0.0.0.0)."),
                                         QStringLiteral("A"));
    const QCommandLineOption present(QStringLiteral("dns-present-script"),
                                     tr("Script that creates a TXT record (dns-01, dns-persist-01)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption cleanup(QStringLiteral("dns-cleanup-script"),
                                     tr("Script that removes a TXT record (dns-01)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption wait(QStringLiteral("dns-wait"),
                                  tr("Seconds to wait for DNS propagation (default 30)."),
                                  QStringLiteral("S"));
    const QCommandLineOption resolver(QStringLiteral("dns-resolver"),
                                      tr("DNS server (host:port) to watch for the records during the wait."),
                                      QStringLiteral("HOST:PORT"));
    const QCommandLineOption persistDomain(
        QStringLiteral("dns-persist-issuer-domain"),
        tr("The CA's issuer domain for the standing record (dns-persist-01)."), QStringLiteral("D"));
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("ACME profile to order (tlsserver, shortlived)."), QStringLiteral("P"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"),
                                      tr("PEM file to trust for the CA's TLS certificate (a private CA)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption exclusive(
        QStringLiteral("one-new-order-at-a-time"),
        tr("Never place a new order while another is being validated (for CAs that deadlock on it, such as "
           "pebble 2.4)."));
    const QCommandLineOption &json = jsonOption();
    p.addOptions({name, directory, email, agree, eabKid, eabHmac, challenge, httpPort, httpAddress, present,
                  cleanup, wait, resolver, persistDomain, profile, caBundle, exclusive, json});
    if (auto code = p.parse(); code)
        return *code;
    if (!p.isSet(name) || !p.isSet(directory))
        return ctx.usage(tr("--name and --directory are required."));
    if (p.isSet(eabKid) != p.isSet(eabHmac))
        return ctx.usage(tr("External Account Binding needs both --eab-kid and --eab-hmac-file."));
    core::AcmeSetup setup;
    setup.name = p.value(name);
    setup.directoryUrl = p.value(directory);
    setup.email = p.value(email);
    setup.termsAccepted = p.isSet(agree);
    setup.challenge = p.value(challenge);
    if (p.isSet(eabKid)) {
        auto secret = readSecretFile(p.value(eabHmac));
        if (!secret)
            return ctx.fail(secret.error());
        setup.eabKeyId = p.value(eabKid);
        setup.eabHmacKey = pki::SecureBytes(secret->trimmed().toLatin1());
    }
    if (auto code = p.positiveNumber(httpPort, setup.httpPort))
        return *code;
    if (p.isSet(httpAddress))
        setup.httpAddress = p.value(httpAddress);
    setup.dnsPresentScript = p.value(present);
    setup.dnsCleanupScript = p.value(cleanup);
    if (p.isSet(wait)) {
        bool ok = false;
        setup.dnsWaitSeconds = p.value(wait).toInt(&ok);
        if (!ok || setup.dnsWaitSeconds < 0)
            return ctx.usage(tr("--dns-wait takes a number of seconds (0 or more)."));
    }
    setup.dnsResolver = p.value(resolver);
    setup.dnsPersistIssuerDomain = p.value(persistDomain);
    setup.profile = p.value(profile);
    setup.caBundlePath = p.value(caBundle);
    setup.exclusiveNewOrders = p.isSet(exclusive);
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    auto check = (*app)->issuers().checkAcme(setup);
    if (!check)
        return ctx.fail(check.error());
    auto id = (*app)->issuers().addAcme(setup, *check);
    if (!id)
        return ctx.fail(id.error());
    if (p.isSet(json)) {
        printJson(ctx.out, QJsonObject{{QStringLiteral("id"), *id},
                                       {QStringLiteral("name"), setup.name},
                                       {QStringLiteral("directory"), check->directory.url},
                                       {QStringLiteral("account"), check->accountUrl},
                                       {QStringLiteral("ari"), !check->directory.renewalInfo.isEmpty()}});
    } else {
        ctx.out << tr("ACME issuer %1 set up (issuer %2), account %3.")
                       .arg(setup.name)
                       .arg(*id)
                       .arg(check->accountUrl)
                << u'\n';
        if (!check->directory.renewalInfo.isEmpty())
            ctx.out << tr("The CA offers renewal information (ARI): renewals follow its suggested windows.")
                    << u'\n';
    }
    return Ok;
}
} // namespace

QList<Command> acmeCommands()
{
    return {{QStringLiteral("issuer add acme"), tr("set up an ACME CA (Let's Encrypt, ZeroSSL, ...)"),
             issuerAddAcme}};
}

} // namespace certdesk::cli
