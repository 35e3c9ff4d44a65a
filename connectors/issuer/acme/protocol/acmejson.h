// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the ACME resources from their JSON (RFC 8555 section 7.1, RFC 9773 section 4.2).
// Private to the ACME protocol library. An Error's message here is the reason only ("the answer is
// not JSON"); the client puts the step in front.

#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdesk::issuer::acme {

/// An RFC 3339 timestamp ("2025-01-02T04:00:00Z", fractions of any length, offsets) in UTC; an
/// invalid QDateTime when it is not one.
QDateTime parseRfc3339(const QString &text);

/// A directory. A body that is not a JSON object (an HTML page), or a JSON object without
/// newNonce, newAccount and newOrder, is an Error that tells to check the URL.
Result<AcmeDirectory> parseDirectory(const QByteArray &body, const QByteArray &mediaType, const QString &url);

/// An account object; `url` is the account URL from the Location header.
Result<AcmeAccount> parseAccount(const QByteArray &body, const QString &url);

/// An order object fetched from (or created at) `url`.
Result<AcmeOrder> parseOrder(const QByteArray &body, const QString &url);

/// An authorization object fetched from `url`.
Result<AcmeAuthorization> parseAuthorization(const QByteArray &body, const QString &url);

/// A challenge object.
Result<AcmeChallenge> parseChallenge(const QByteArray &body);

/// A renewalInfo object (RFC 9773 section 4.2); a window whose end is not after its start is an
/// Error.
Result<RenewalInfo> parseRenewalInfo(const QByteArray &body);

} // namespace certdesk::issuer::acme
