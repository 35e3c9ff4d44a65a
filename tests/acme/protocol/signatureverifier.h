// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks the client's signatures with OpenSSL directly, independently of AccountKey's own code.

#include "connectors/pki/securebytes.h"

#include <QByteArray>

namespace certdesk::acmetest {

/// True when `signature` is a valid JWS signature over `input` by the key in `privateKeyPem`,
/// with `digest` ("SHA256", "SHA384"); `rawEcdsa`: the signature is R || S (ES256/ES384), which is
/// turned back into DER for OpenSSL.
bool verifySignature(const pki::SecureBytes &privateKeyPem, const char *digest, const QByteArray &input,
                     const QByteArray &signature, bool rawEcdsa);

} // namespace certdesk::acmetest
