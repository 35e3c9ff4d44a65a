// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "models/domain/result.h"

#include <QString>

namespace certdesk::issuer::acme {

/// Where and how ZeroSSL's EAB credential API is asked.
struct ZeroSslApiOptions
{
    /// The API's base URL; tests point it at a local fake.
    QString baseUrl = QStringLiteral("https://api.zerossl.com");
    QString caBundlePath; ///< empty: the system trust store
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 30000;
    CancelCheck cancelled; ///< true aborts the request (ErrorCode::Cancelled); may be empty
};

/// True when the directory URL is ZeroSSL's ACME server (acme.zerossl.com), whose accounts need
/// EAB credentials that fetchZeroSslCredentials() can get without a visit to ZeroSSL's dashboard.
bool isZeroSslDirectory(const QString &directoryUrl);

/// Asks ZeroSSL for EAB credentials for an e-mail address: POST email=<address> (form-encoded) to
/// <baseUrl>/acme/eab-credentials-email, answered with {"success":true,"eab_kid":...,
/// "eab_hmac_key":...} or {"success":false,"error":{"code":...,"type":...}}. Blocking.
Result<ExternalAccountBinding> fetchZeroSslCredentials(const QString &email,
                                                       const ZeroSslApiOptions &options = {});

} // namespace certdesk::issuer::acme
