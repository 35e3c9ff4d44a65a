// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk::issuer::acme {

/// The ACME Renewal Information certificate identifier (RFC 9773 section 4.1):
/// base64url(keyIdentifier of the Authority Key Identifier extension) "." base64url(the content
/// octets of the DER serial number INTEGER), without padding. It names a certificate in
/// GET renewalInfo/<id> and in a new order's "replaces". A certificate without an AKI key
/// identifier has none (an Error).
Result<QString> certificateId(const QByteArray &certificateDer);

/// The same from its parts: the AKI keyIdentifier bytes and the serial number's DER content octets
/// (with the leading zero byte a positive serial whose top bit is set carries).
QString certificateIdFromParts(const QByteArray &authorityKeyIdentifier, const QByteArray &serialDerContent);

/// True when `id` has the form of a certificate ID: two unpadded base64url parts joined by ".".
bool isCertificateId(const QString &id);

} // namespace certdesk::issuer::acme
