// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// base64url (RFC 4648 section 5) as JOSE and ACME use it. Private to the ACME protocol library.

#include <QByteArray>

#include <optional>

namespace certdesk::issuer::acme {

/// base64url without padding, as every JOSE field and ACME identifier is written.
QByteArray base64Url(const QByteArray &bytes);

/// Decodes base64url with or without trailing '=' padding. Nullopt when the text holds anything
/// else (standard base64's '+' or '/', spaces, a wrong length): such input is a typing error, and
/// guessing what was meant would give a different key. No copy of `text` is made (it may be a
/// secret held in wiped memory).
std::optional<QByteArray> decodeBase64Url(const QByteArray &text);

} // namespace certdesk::issuer::acme
