// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTTP response headers ACME relies on besides Replay-Nonce and Location: Retry-After
// (RFC 9110 section 10.2.3) and Link (RFC 8288). Private to the ACME protocol library.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::issuer::acme {

/// Seconds to wait from `now` that a Retry-After value asks for: delay-seconds ("120") or an
/// HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"; a date in the past gives 0). Nullopt when the value
/// is neither.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// The target URLs of the Link header values with relation `rel` ("alternate", "up", "index"),
/// resolved against `baseUrl`. Each value may hold several comma-separated links.
QStringList linkTargets(const QList<QByteArray> &linkValues, const QByteArray &rel, const QString &baseUrl);

} // namespace certdesk::issuer::acme
