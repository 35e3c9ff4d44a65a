// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/pemchain.h"

#include "connectors/issuer/acme/protocol/acmetr.h"

namespace certdesk::issuer::acme {

Result<QList<QByteArray>> splitPemChain(const QByteArray &pem)
{
    static const QByteArray beginMarker("-----BEGIN ");
    static const QByteArray certificateBegin("-----BEGIN CERTIFICATE-----");
    static const QByteArray certificateEnd("-----END CERTIFICATE-----");
    QList<QByteArray> ders;
    qsizetype pos = 0;
    while (true) {
        const qsizetype begin = pem.indexOf(beginMarker, pos);
        if (begin < 0)
            break;
        if (!pem.mid(begin).startsWith(certificateBegin)) {
            const qsizetype lineEnd = pem.indexOf('\n', begin);
            return Error{tr("the certificate chain holds something other than certificates"),
                         QString::fromLatin1(pem.mid(begin, lineEnd < 0 ? 40 : lineEnd - begin).trimmed())};
        }
        const qsizetype bodyStart = begin + certificateBegin.size();
        const qsizetype end = pem.indexOf(certificateEnd, bodyStart);
        if (end < 0)
            return Error{tr("the certificate chain ends in the middle of a certificate")};
        auto decoded = QByteArray::fromBase64Encoding(
            QByteArray(pem.constData() + bodyStart, end - bodyStart).simplified().replace(' ', QByteArray()),
            QByteArray::AbortOnBase64DecodingErrors);
        // A DER certificate is a SEQUENCE.
        if (!decoded || decoded.decoded.isEmpty() || static_cast<unsigned char>(decoded.decoded[0]) != 0x30)
            return Error{tr("certificate %1 of the chain is not valid base64 DER").arg(ders.size() + 1)};
        ders.append(std::move(decoded.decoded));
        pos = end + certificateEnd.size();
    }
    if (ders.isEmpty())
        return Error{tr("the CA's answer holds no certificate")};
    return ders;
}

} // namespace certdesk::issuer::acme
