// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/certificateid.h"

#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/base64url.h"
#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/x509v3.h>

namespace certdesk::issuer::acme {
namespace {

/// The content octets of a DER TLV (tag and length dropped); empty when it is malformed.
QByteArray derContent(const QByteArray &tlv)
{
    if (tlv.size() < 2)
        return {};
    const auto first = static_cast<unsigned char>(tlv[1]);
    qsizetype headerSize = 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int lengthBytes = first & 0x7f;
        if (lengthBytes == 0 || lengthBytes > 4 || tlv.size() < 2 + lengthBytes)
            return {};
        length = 0;
        for (int i = 0; i < lengthBytes; ++i)
            length = (length << 8) | static_cast<unsigned char>(tlv[2 + i]);
        headerSize += lengthBytes;
    }
    if (headerSize + length != tlv.size())
        return {};
    return tlv.mid(headerSize);
}

} // namespace

QString certificateIdFromParts(const QByteArray &authorityKeyIdentifier, const QByteArray &serialDerContent)
{
    return QString::fromLatin1(base64Url(authorityKeyIdentifier) + '.' + base64Url(serialDerContent));
}

bool isCertificateId(const QString &id)
{
    const QStringList parts = id.split(u'.');
    if (parts.size() != 2)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.contains(u'=') || !decodeBase64Url(part.toLatin1()))
            return false;
    }
    return true;
}

Result<QString> certificateId(const QByteArray &certificateDer)
{
    pki::ErrorQueueScope scope;
    pki::X509Ptr certificate = pki::x509FromDer(certificateDer);
    if (!certificate) {
        return pki::openSslError(tr("The renewal information ID could not be computed: the data is not a DER "
                                    "certificate."),
                                 ErrorCode::InvalidInput);
    }
    const ASN1_OCTET_STRING *keyIdentifier = X509_get0_authority_key_id(certificate.get());
    if (!keyIdentifier || ASN1_STRING_length(keyIdentifier) <= 0) {
        return Error{tr("The certificate has no authority key identifier, so the CA cannot give renewal "
                        "information (ARI) for it."),
                     {},
                     ErrorCode::InvalidInput};
    }
    const QByteArray serialTlv = pki::i2dBytes(i2d_ASN1_INTEGER, X509_get0_serialNumber(certificate.get()));
    const QByteArray serial = derContent(serialTlv);
    if (serial.isEmpty())
        return pki::openSslError(
            tr("The renewal information ID could not be computed: the serial number could "
               "not be encoded."));
    const QByteArray aki(reinterpret_cast<const char *>(ASN1_STRING_get0_data(keyIdentifier)),
                         ASN1_STRING_length(keyIdentifier));
    return certificateIdFromParts(aki, serial);
}

} // namespace certdesk::issuer::acme
