// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"

#include <QByteArray>
#include <QString>

namespace certdesk::pki {

/// Lowercase hex HMAC-SHA256 (RFC 2104) of `data` under `key`, computed by OpenSSL; empty when
/// OpenSSL fails. Used to sign webhook bodies so that receivers can check who sent them.
QString hmacSha256Hex(const SecureBytes &key, const QByteArray &data);

} // namespace certdesk::pki
