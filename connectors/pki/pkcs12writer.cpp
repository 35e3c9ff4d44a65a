// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/pkcs12writer.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/err.h>
#include <openssl/pkcs12.h>

#include <QCoreApplication>

namespace certdesk::pki {

Result<QByteArray> writePkcs12(const domain::CertificateDetails &cert,
                               const QList<domain::CertificateDetails> &chain, const SecureBytes &pkcs8Der,
                               const QString &password, const QString &friendlyName)
{
    ERR_clear_error();
    const X509Ptr x = x509FromDer(cert.der);
    if (!x)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The certificate to export is not a valid DER certificate."));

    X509StackPtr ca(sk_X509_new_null());
    if (!ca)
        return openSslError(
            QCoreApplication::translate("certdesk", "The PKCS#12 file could not be written."));
    for (const auto &c : chain) {
        X509Ptr cx = x509FromDer(c.der);
        if (!cx)
            return openSslError(QCoreApplication::translate(
                "certdesk", "A certificate of the chain is not a valid DER certificate."));
        if (sk_X509_push(ca.get(), cx.get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The PKCS#12 file could not be written."));
        cx.release(); // owned by the stack now
    }

    EvpPkeyPtr key;
    if (!pkcs8Der.isEmpty()) {
        if (password.isEmpty())
            return Error{
                QCoreApplication::translate("certdesk", "A password is needed to export a private key."), {}};
        key = privateKeyFromPkcs8(pkcs8Der);
        if (!key)
            return openSslError(
                QCoreApplication::translate("certdesk", "The private key is not a valid PKCS#8 key."));
        if (X509_check_private_key(x.get(), key.get()) != 1)
            return openSslError(QCoreApplication::translate(
                "certdesk", "The private key does not belong to the certificate."));
    }

    const SecureBytes pass(password.toUtf8());
    const QByteArray name = friendlyName.toUtf8();
    // nid 0 picks OpenSSL 3's defaults: PBES2 with PBKDF2 and AES-256-CBC for keys and certificates,
    // and an HMAC-SHA-256 MAC. The MAC gets the same iteration count as the encryption, as the
    // `openssl pkcs12 -export` command does, rather than PKCS12_create's default of one.
    const Pkcs12Ptr p12(PKCS12_create(pass.data(), name.isEmpty() ? nullptr : name.constData(), key.get(),
                                      x.get(), ca.get(), 0, 0, PKCS12_DEFAULT_ITER, PKCS12_DEFAULT_ITER, 0));
    if (!p12)
        return openSslError(
            QCoreApplication::translate("certdesk", "The PKCS#12 file could not be written."));
    QByteArray out = i2dBytes(i2d_PKCS12, p12.get());
    if (out.isEmpty())
        return openSslError(
            QCoreApplication::translate("certdesk", "The PKCS#12 file could not be encoded."));
    ERR_clear_error();
    return out;
}

} // namespace certdesk::pki
