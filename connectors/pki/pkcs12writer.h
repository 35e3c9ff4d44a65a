// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/certificatedetails.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>

namespace certdesk::pki {

/// Writes a PKCS#12 (AES-256-CBC, PBKDF2, SHA-256 MAC, as OpenSSL 3 defaults) holding the
/// certificate, its chain and, when `pkcs8Der` is not empty, its private key. The key must match
/// the certificate's public key; a mismatch is an Error. `password` may be empty only when no key
/// is included.
Result<QByteArray> writePkcs12(const domain::CertificateDetails &cert,
                               const QList<domain::CertificateDetails> &chain, const SecureBytes &pkcs8Der,
                               const QString &password, const QString &friendlyName);

} // namespace certdesk::pki
