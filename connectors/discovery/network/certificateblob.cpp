// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/certificateblob.h"

#include <QCryptographicHash>

#include <openssl/x509.h>

namespace certdesk::discovery {

CertificateBlob blobFromDer(const QByteArray &der)
{
    return CertificateBlob{
        der, QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex())};
}

CertificateBlob blobFromX509(x509_st *cert)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    const QByteArray bytes =
        length > 0 ? QByteArray(reinterpret_cast<const char *>(der), length) : QByteArray();
    OPENSSL_free(der);
    return blobFromDer(bytes);
}

} // namespace certdesk::discovery
