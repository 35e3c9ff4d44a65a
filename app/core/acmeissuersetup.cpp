// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/acmeissuersetup.h"

#include "app/core/acmepresets.h"
#include "connectors/issuer/acme/acmeissuer.h"
#include "connectors/issuer/acme/protocol/zerosslcredentials.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace certdesk::core {

namespace {
using namespace issuer::acme;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

namespace key {
const QString DirectoryUrl = QStringLiteral("directory_url");
const QString CaBundle = QStringLiteral("ca_bundle");
const QString Email = QStringLiteral("email");
const QString AccountUrl = QStringLiteral("account_url");
const QString AccountKeySecret = QStringLiteral("account_key_secret");
const QString Challenge = QStringLiteral("challenge");
const QString HttpAddress = QStringLiteral("http_address");
const QString HttpPort = QStringLiteral("http_port");
const QString DnsPresent = QStringLiteral("dns_present_script");
const QString DnsCleanup = QStringLiteral("dns_cleanup_script");
const QString DnsWait = QStringLiteral("dns_wait_seconds");
const QString DnsResolver = QStringLiteral("dns_resolver");
const QString PersistDomain = QStringLiteral("dns_persist_issuer_domain");
const QString Profile = QStringLiteral("profile");
const QString Terms = QStringLiteral("terms_of_service");
const QString EabKeyId = QStringLiteral("eab_kid");
const QString ExclusiveNewOrders = QStringLiteral("exclusive_new_orders");
} // namespace key

/// The settings of a setup as they are stored (account fields filled in by acmeIssuerConfig()).
QJsonObject settingsOf(const AcmeSetup &setup)
{
    return QJsonObject{{key::DirectoryUrl, resolvedDirectoryUrl(setup.directoryUrl)},
                       {key::CaBundle, setup.caBundlePath},
                       {key::Email, setup.email.trimmed()},
                       {key::Challenge, setup.challenge},
                       {key::HttpAddress, setup.httpAddress},
                       {key::HttpPort, setup.httpPort},
                       {key::DnsPresent, setup.dnsPresentScript},
                       {key::DnsCleanup, setup.dnsCleanupScript},
                       {key::DnsWait, setup.dnsWaitSeconds},
                       {key::DnsResolver, setup.dnsResolver},
                       {key::PersistDomain, setup.dnsPersistIssuerDomain},
                       {key::Profile, setup.profile},
                       {key::ExclusiveNewOrders, setup.exclusiveNewOrders}};
}

AcmeClientOptions clientOptions(const QString &directoryUrl, const QString &caBundle,
                                bool exclusiveNewOrders = false, const CancelCheck &cancelled = {})
{
    AcmeClientOptions options;
    options.directoryUrl = directoryUrl;
    options.caBundlePath = caBundle;
    options.exclusiveNewOrders = exclusiveNewOrders;
    options.cancelled = cancelled;
    return options;
}

AcmeIssuerConfig connectorConfig(const QJsonObject &config)
{
    AcmeIssuerConfig c;
    c.client =
        clientOptions(config.value(key::DirectoryUrl).toString(), config.value(key::CaBundle).toString(),
                      config.value(key::ExclusiveNewOrders).toBool());
    c.accountUrl = config.value(key::AccountUrl).toString();
    c.challengeType = config.value(key::Challenge).toString(QStringLiteral("http-01"));
    c.profile = config.value(key::Profile).toString();
    c.http01.address = config.value(key::HttpAddress).toString(QStringLiteral("0.0.0.0"));
    c.http01.port = quint16(config.value(key::HttpPort).toInt(80));
    c.dns01.scripts.presentScript = config.value(key::DnsPresent).toString();
    c.dns01.scripts.cleanupScript = config.value(key::DnsCleanup).toString();
    c.dns01.propagation.waitSeconds = config.value(key::DnsWait).toInt(30);
    c.dns01.propagation.resolver = config.value(key::DnsResolver).toString();
    c.persistIssuerDomain = config.value(key::PersistDomain).toString();
    return c;
}

Error atStep(const QString &step, const Error &error)
{
    return Error{tr("%1: %2").arg(step, error.message), error.detail, error.code};
}

/// Field checks that need no network.
Status checkFields(const AcmeSetup &setup)
{
    if (setup.name.trimmed().isEmpty())
        return Error{tr("Give the issuer a name."), {}, ErrorCode::InvalidInput};
    const QUrl url(resolvedDirectoryUrl(setup.directoryUrl));
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return Error{tr("%1 is not a directory URL; give the CA's ACME directory, e.g. "
                        "https://acme-v02.api.letsencrypt.org/directory, or a preset such as letsencrypt.")
                         .arg(setup.directoryUrl),
                     {},
                     ErrorCode::InvalidInput};
    if (setup.httpPort < 1 || setup.httpPort > 65535)
        return Error{tr("The HTTP-01 port must be between 1 and 65535."), {}, ErrorCode::InvalidInput};
    if (setup.dnsWaitSeconds < 0 || setup.dnsWaitSeconds > 3600)
        return Error{
            tr("The DNS propagation wait must be between 0 and 3600 seconds."), {}, ErrorCode::InvalidInput};
    if (!setup.caBundlePath.isEmpty() && !QFileInfo(setup.caBundlePath).isReadable())
        return Error{
            tr("The CA bundle %1 cannot be read.").arg(setup.caBundlePath), {}, ErrorCode::InvalidInput};
    if (setup.eabKeyId.isEmpty() != setup.eabHmacKey.isEmpty())
        return Error{tr("External Account Binding needs both the key ID and the HMAC key."),
                     {},
                     ErrorCode::InvalidInput};
    return AcmeIssuer(connectorConfig(settingsOf(setup)), AccountKey()).validateConfig();
}

/// The EAB credentials to register with: the given ones, ZeroSSL's for the e-mail address, or none.
Result<std::optional<ExternalAccountBinding>> bindingFor(const AcmeSetup &setup,
                                                         const AcmeDirectory &directory, bool &fetched,
                                                         const CancelCheck &cancelled)
{
    if (!setup.eabKeyId.isEmpty())
        return std::optional<ExternalAccountBinding>(
            ExternalAccountBinding{setup.eabKeyId, setup.eabHmacKey.clone()});
    if (!directory.externalAccountRequired)
        return std::optional<ExternalAccountBinding>{};
    if (isZeroSslDirectory(directory.url)) {
        if (setup.email.trimmed().isEmpty())
            return Error{tr("ZeroSSL needs an e-mail address to hand out account credentials; give one."),
                         {},
                         ErrorCode::InvalidInput};
        ZeroSslApiOptions api;
        api.cancelled = cancelled;
        auto credentials = fetchZeroSslCredentials(setup.email.trimmed(), api);
        if (!credentials)
            return atStep(tr("Fetching ZeroSSL's account credentials"), credentials.error());
        fetched = true;
        return std::optional<ExternalAccountBinding>(std::move(credentials).value());
    }
    return Error{tr("This CA requires External Account Binding: give the key ID and HMAC key from the CA's "
                    "dashboard."),
                 {},
                 ErrorCode::InvalidInput};
}
} // namespace

AcmeSetup AcmeSetup::clone() const
{
    AcmeSetup copy;
    copy.name = name;
    copy.directoryUrl = directoryUrl;
    copy.email = email;
    copy.eabKeyId = eabKeyId;
    copy.eabHmacKey = eabHmacKey.clone();
    copy.challenge = challenge;
    copy.httpAddress = httpAddress;
    copy.httpPort = httpPort;
    copy.dnsPresentScript = dnsPresentScript;
    copy.dnsCleanupScript = dnsCleanupScript;
    copy.dnsWaitSeconds = dnsWaitSeconds;
    copy.dnsResolver = dnsResolver;
    copy.dnsPersistIssuerDomain = dnsPersistIssuerDomain;
    copy.profile = profile;
    copy.caBundlePath = caBundlePath;
    copy.termsAccepted = termsAccepted;
    copy.exclusiveNewOrders = exclusiveNewOrders;
    return copy;
}

QString resolvedDirectoryUrl(const QString &urlOrPreset)
{
    const QString trimmed = urlOrPreset.trimmed();
    if (const auto *preset = findAcmePreset(trimmed); preset && !preset->directoryUrl.isEmpty())
        return preset->directoryUrl;
    return trimmed;
}

Result<AcmeDirectory> inspectAcmeDirectory(const QString &urlOrPreset, const QString &caBundlePath,
                                           const CancelCheck &cancelled)
{
    AcmeClient client(clientOptions(resolvedDirectoryUrl(urlOrPreset), caBundlePath, false, cancelled),
                      AccountKey());
    auto directory = client.directory();
    if (!directory)
        return directory.error(); // the client's message names the step
    return directory;
}

Result<AcmeAccountCheck> checkAcmeAccount(const AcmeSetup &setup, const AccountKey &existingKey,
                                          const CancelCheck &cancelled)
{
    if (auto s = checkFields(setup); !s)
        return s.error();
    AcmeAccountCheck check;
    if (existingKey.isNull()) {
        auto made = AccountKey::generate(AccountKey::Algorithm::EcP256);
        if (!made)
            return made.error();
        check.accountKey = *made;
    } else {
        check.accountKey = existingKey;
    }
    AcmeClient client(
        clientOptions(resolvedDirectoryUrl(setup.directoryUrl), setup.caBundlePath, false, cancelled),
        check.accountKey);
    auto directory = client.directory();
    if (!directory)
        return directory.error(); // the client's message names the step
    check.directory = *directory;
    if (!directory->termsOfService.isEmpty() && !setup.termsAccepted)
        return Error{tr("The CA's terms of service must be accepted before an account is made: read %1 and "
                        "accept them.")
                         .arg(directory->termsOfService),
                     {},
                     ErrorCode::InvalidInput};
    if (!setup.profile.isEmpty() && !directory->profiles.isEmpty() &&
        !directory->profiles.contains(setup.profile))
        return Error{
            tr("The CA offers no profile %1; it offers: %2.")
                .arg(setup.profile, QStringList(directory->profiles.keys()).join(QStringLiteral(", "))),
            {},
            ErrorCode::InvalidInput};
    NewAccountOptions account;
    if (!setup.email.trimmed().isEmpty())
        account.contactEmails << setup.email.trimmed();
    account.termsOfServiceAgreed = setup.termsAccepted;
    auto binding = bindingFor(setup, *directory, check.eabFetchedFromZeroSsl, cancelled);
    if (!binding)
        return binding.error();
    account.externalAccountBinding = std::move(binding).value();
    auto registered = client.registerAccount(account);
    if (!registered)
        return atStep(tr("Creating the ACME account"), registered.error());
    check.accountUrl = registered->url;
    return check;
}

QJsonObject acmeIssuerConfig(const AcmeSetup &setup, const AcmeAccountCheck &check,
                             const QString &accountKeySecret)
{
    QJsonObject config = settingsOf(setup);
    config.insert(key::AccountUrl, check.accountUrl);
    config.insert(key::AccountKeySecret, accountKeySecret);
    config.insert(key::Terms, check.directory.termsOfService);
    if (!setup.eabKeyId.isEmpty())
        config.insert(key::EabKeyId, setup.eabKeyId);
    return config;
}

std::shared_ptr<issuer::Issuer> buildAcmeIssuer(const QJsonObject &config, const AccountKey &accountKey)
{
    return std::make_shared<AcmeIssuer>(connectorConfig(config), accountKey);
}

} // namespace certdesk::core
