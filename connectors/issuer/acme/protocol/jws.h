// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON Web Signatures as ACME uses them (RFC 8555 section 6.2, RFC 7515 flattened JSON
// serialization). Private to the ACME protocol library.

#include "connectors/issuer/acme/protocol/accountkey.h"
#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdesk::issuer::acme {

/// The body of a POST-as-GET request: an empty payload (RFC 8555 section 6.3).
inline const std::optional<QJsonObject> PostAsGet = std::nullopt;

/// The protected header of an ACME request: alg, nonce, url, and either kid (the account URL) or,
/// when `kid` is empty, the key's jwk (newAccount, revocation with the certificate's key).
QJsonObject acmeProtectedHeader(const AccountKey &key, const QString &url, const QString &nonce,
                                const QString &kid);

/// A flattened JWS of `payload` (nullopt: the empty payload of POST-as-GET) signed by `key`;
/// "alg" is set in `protectedHeader`.
Result<QJsonObject> signJws(const AccountKey &key, QJsonObject protectedHeader,
                            const std::optional<QJsonObject> &payload);

/// The externalAccountBinding member of a newAccount payload (RFC 8555 section 7.3.4): an HS256
/// JWS over the account key's JWK, with the EAB key ID as kid and the newAccount URL as url. An
/// HMAC key that is not base64url is an InvalidInput Error that never quotes the key.
Result<QJsonObject> externalAccountBindingJws(const ExternalAccountBinding &binding,
                                              const AccountKey &accountKey, const QString &newAccountUrl);

/// The inner JWS of a key change (RFC 8555 section 7.3.5): signed by the new key, with its jwk and
/// the keyChange URL in the header (no nonce), over {"account": accountUrl, "oldKey": old JWK}.
Result<QJsonObject> keyChangeJws(const AccountKey &newKey, const AccountKey &oldKey,
                                 const QString &accountUrl, const QString &keyChangeUrl);

/// The compact JSON text of an object, as JWS members and request bodies are sent.
QByteArray compactJson(const QJsonObject &object);

} // namespace certdesk::issuer::acme
