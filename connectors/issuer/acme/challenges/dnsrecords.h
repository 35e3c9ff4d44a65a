// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringList>

namespace certdesk::issuer::acme {

/// "_acme-challenge.<identifier>", the name of a DNS-01 record (RFC 8555 section 8.4).
QString dns01RecordName(const QString &identifier);

/// The value of a DNS-01 record: base64url, without padding, of SHA-256(keyAuthorization).
QString dns01RecordValue(const QString &keyAuthorization);

/// "_validation-persist.<identifier>", the name of the standing DNS-PERSIST-01 record
/// (draft-ietf-acme-dns-persist); for a wildcard, `identifier` is the name without "*.".
QString dnsPersistRecordName(const QString &identifier);

/// The issuer domain name for a DNS-PERSIST-01 record: `configured` (normalised: lower case,
/// A-labels, no trailing dot) or, when that is empty, the first of `offered` (the challenge's
/// issuerDomainNames). An Error when there is none, when `configured` is not a domain name, or when
/// the CA offers names and `configured` is not one of them (the CA would reject the record).
Result<QString> dnsPersistIssuerDomain(const QString &configured, const QStringList &offered);

/// The value of a DNS-PERSIST-01 record in the issue-value syntax of RFC 8659 section 4.2, as the
/// draft's examples write it: "<issuer-domain>; accounturi=<accountUri>", followed by
/// "; policy=wildcard" for a wildcard identifier. An Error when `accountUri` is empty or has a
/// character an issue-value parameter cannot hold (space, ';', control or non-ASCII characters).
Result<QString> dnsPersistRecordValue(const QString &issuerDomain, const QString &accountUri, bool wildcard);

} // namespace certdesk::issuer::acme
