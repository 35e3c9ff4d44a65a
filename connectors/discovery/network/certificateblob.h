// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/certificatereader.h"

struct x509_st;

namespace certdesk::discovery {

/// A CertificateBlob for `der`: the bytes and the lowercase hex SHA-256 of them.
CertificateBlob blobFromDer(const QByteArray &der);

/// A CertificateBlob for a decoded certificate (its DER re-encoded); empty DER on failure.
CertificateBlob blobFromX509(x509_st *cert);

} // namespace certdesk::discovery
