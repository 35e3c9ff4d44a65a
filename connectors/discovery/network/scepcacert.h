// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/certificatereader.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>

namespace certdesk::discovery {

/// The content type of a GetCACert answer with one CA certificate (DER).
inline constexpr char ScepCaCertType[] = "application/x-x509-ca-cert";
/// The content type of a GetCACert answer with CA and RA certificates (a degenerate PKCS#7).
inline constexpr char ScepCaRaCertType[] = "application/x-x509-ca-ra-cert";

/// The certificates of a GetCACert answer (RFC 8894 4.2.1), as the server ordered them:
/// ScepCaCertType holds one DER certificate (a PEM one is accepted too), ScepCaRaCertType a
/// certificates-only PKCS#7 SignedData (DER). For another content type both forms are tried. The
/// Error says what the body is not.
Result<QList<CertificateBlob>> readGetCaCertAnswer(const QByteArray &contentType, const QByteArray &body);

} // namespace certdesk::discovery
