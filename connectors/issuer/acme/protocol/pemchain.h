// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include "models/domain/result.h"

#include <QByteArray>
#include <QList>

namespace certdesk::issuer::acme {

/// The DER certificates of an application/pem-certificate-chain body (RFC 8555 section 9.1), in
/// order: the leaf first, then its issuers. Only CERTIFICATE blocks are allowed; an empty chain,
/// another block type or bad base64 is an Error (reason only). Nothing is decoded beyond base64:
/// the caller parses what it keeps.
Result<QList<QByteArray>> splitPemChain(const QByteArray &pem);

} // namespace certdesk::issuer::acme
