// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/protocol/accountkey.h"
#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "connectors/issuer/issuer.h"
#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk::core {

/// What the administrator chose for an ACME issuer (the wizard's pages, or the CLI's options).
/// Move-only: it may carry the EAB key.
struct AcmeSetup
{
    QString name;
    QString directoryUrl; ///< a URL, or a preset key ("letsencrypt", ...): see acmePresets()
    QString email;        ///< contact address; ZeroSSL also fetches EAB credentials for it
    QString eabKeyId;
    pki::SecureBytes eabHmacKey;                   ///< base64url, as the CA's dashboard shows it
    QString challenge = QStringLiteral("http-01"); ///< "http-01", "dns-01" or "dns-persist-01"
    QString httpAddress = QStringLiteral("0.0.0.0");
    int httpPort = 80;
    QString dnsPresentScript;
    QString dnsCleanupScript;
    int dnsWaitSeconds = 30;
    QString dnsResolver; ///< "host:port" asked during the wait; empty: wait the whole time
    QString dnsPersistIssuerDomain;
    QString profile;      ///< empty: the CA's default
    QString caBundlePath; ///< a private CA's TLS trust (PEM); empty: the system store
    bool termsAccepted = false;
    /// Never send a new order while this account fetches an authorization: works around CAs that
    /// deadlock on that overlap (pebble 2.4). Off for real CAs.
    bool exclusiveNewOrders = false;

    AcmeSetup clone() const;
};

/// The result of the setup's test step: the directory as the CA describes itself, and the account
/// that was created (or found) with a key made for it. save() stores exactly this account.
struct AcmeAccountCheck
{
    issuer::acme::AcmeDirectory directory;
    QString accountUrl;
    issuer::acme::AccountKey accountKey;
    bool eabFetchedFromZeroSsl = false;
};

/// The directory URL a setup names (a preset key is replaced by its URL).
QString resolvedDirectoryUrl(const QString &urlOrPreset);

/// Fetches the directory only, for the wizard's first page (terms of service, EAB, profiles).
/// `cancelled` returning true aborts the request (ErrorCode::Cancelled).
Result<issuer::acme::AcmeDirectory> inspectAcmeDirectory(const QString &urlOrPreset,
                                                         const QString &caBundlePath,
                                                         const issuer::acme::CancelCheck &cancelled = {});

/// Checks every field, fetches the directory, and creates or finds the account (fetching ZeroSSL's
/// EAB credentials when needed). Nothing is stored. Blocking: run on a worker thread. Each Error
/// names the step that failed. `existingKey`: the key of an earlier check, so repeating the test
/// finds the same account instead of making another. `cancelled` returning true aborts the request
/// running (ErrorCode::Cancelled).
Result<AcmeAccountCheck> checkAcmeAccount(const AcmeSetup &setup,
                                          const issuer::acme::AccountKey &existingKey = {},
                                          const issuer::acme::CancelCheck &cancelled = {});

/// The issuer's stored configuration (no secret in it: the account key is sealed under
/// `accountKeySecret`).
QJsonObject acmeIssuerConfig(const AcmeSetup &setup, const AcmeAccountCheck &check,
                             const QString &accountKeySecret);

/// The connector for a stored configuration and its account key.
std::shared_ptr<issuer::Issuer> buildAcmeIssuer(const QJsonObject &config,
                                                const issuer::acme::AccountKey &accountKey);

} // namespace certdesk::core
