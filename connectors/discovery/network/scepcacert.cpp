// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/scepcacert.h"

#include "connectors/discovery/network/certificateblob.h"
#include "connectors/pki/opensslhandles.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <optional>

namespace certdesk::discovery {
namespace {

/// The body as one certificate: DER with nothing after it, or one PEM block.
std::optional<CertificateBlob> singleCertificate(const QByteArray &body)
{
    if (body.trimmed().startsWith("-----BEGIN")) {
        pki::BioPtr bio(BIO_new_mem_buf(body.constData(), static_cast<int>(body.size())));
        pki::X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
        if (!cert)
            return std::nullopt;
        return blobFromX509(cert.get());
    }
    const auto *p = reinterpret_cast<const unsigned char *>(body.constData());
    pki::X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(body.size())));
    if (!cert || p != reinterpret_cast<const unsigned char *>(body.constData()) + body.size())
        return std::nullopt;
    // the bytes as sent: their hash is the certificate's fingerprint
    return blobFromDer(body);
}

/// The certificates of a certificates-only PKCS#7 SignedData; nullopt when the body is not one.
std::optional<QList<CertificateBlob>> pkcs7Certificates(const QByteArray &body)
{
    const auto *p = reinterpret_cast<const unsigned char *>(body.constData());
    pki::Pkcs7Ptr pkcs7(d2i_PKCS7(nullptr, &p, static_cast<long>(body.size())));
    if (!pkcs7 || !PKCS7_type_is_signed(pkcs7.get()) || !pkcs7->d.sign)
        return std::nullopt;
    QList<CertificateBlob> certificates;
    STACK_OF(X509) *certs = pkcs7->d.sign->cert;
    for (int i = 0; i < sk_X509_num(certs); ++i)
        certificates.append(blobFromX509(sk_X509_value(certs, i)));
    return certificates;
}

} // namespace

Result<QList<CertificateBlob>> readGetCaCertAnswer(const QByteArray &contentType, const QByteArray &body)
{
    const bool single = contentType == ScepCaCertType;
    const bool bundle = contentType == ScepCaRaCertType;
    std::optional<QList<CertificateBlob>> certificates;
    if (!bundle) {
        if (const auto cert = singleCertificate(body))
            certificates = QList<CertificateBlob>{*cert};
    }
    if (!certificates && !single)
        certificates = pkcs7Certificates(body);
    ERR_clear_error();

    if (certificates && !certificates->isEmpty())
        return *certificates;
    if (certificates) {
        return Error{QCoreApplication::translate("certdesk::discovery",
                                                 "the SCEP server's GetCACert answer holds no certificate"),
                     {}};
    }
    QString message;
    if (single) {
        message = QCoreApplication::translate("certdesk::discovery",
                                              "the SCEP server's GetCACert answer (%1) is not a DER "
                                              "certificate");
    } else if (bundle) {
        message = QCoreApplication::translate("certdesk::discovery",
                                              "the SCEP server's GetCACert answer (%1) is not a PKCS#7 "
                                              "certificate bundle");
    } else {
        message = QCoreApplication::translate("certdesk::discovery",
                                              "the SCEP server's GetCACert answer (content type %1) holds no "
                                              "certificate");
    }
    const QString type = contentType.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(contentType);
    return Error{message.arg(type), QStringLiteral("%1 bytes").arg(body.size())};
}

} // namespace certdesk::discovery
