// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace certdesk::issuer::acme {

/// The RFC 7638 thumbprint of an EC or RSA public JWK: base64url of the SHA-256 of its required
/// members in lexicographic order, without whitespace. Empty for a JWK of another type or one
/// that lacks a required member.
QByteArray jwkThumbprint(const QJsonObject &jwk);

/// The dns-01 TXT record value for a key authorization: base64url(SHA-256(keyAuthorization))
/// (RFC 8555 section 8.4).
QString dns01TxtValue(const QString &keyAuthorization);

} // namespace certdesk::issuer::acme
