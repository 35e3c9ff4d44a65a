// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real certificates for tests, made at run time with the pki library's own generateKey and
// signCertificate, and writers for every container format the parser reads. No binary fixtures.
// Every helper aborts the test program (qFatal) when OpenSSL fails, since no test can go on then.

#include "connectors/pki/certificatebuilder.h"
#include "connectors/pki/keygenerator.h"
#include "connectors/pki/securebytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::testsupport {

/// The URLs that makeLeaf and makeIntermediateCa put into their extensions.
inline constexpr char TestCrlUrl[] = "http://crl.certdesk.test/ca.crl";
inline constexpr char TestOcspUrl[] = "http://ocsp.certdesk.test";
inline constexpr char TestCaIssuersUrl[] = "http://ca.certdesk.test/ca.cer";
/// The organisation every test subject carries: "/C=DE/O=CertDesk Test/CN=<cn>".
inline constexpr char TestOrganization[] = "CertDesk Test";

/// A certificate with its key pair. Move-only because the key lives in SecureBytes.
struct TestCertificate
{
    QByteArray der;
    pki::SecureBytes keyPkcs8;
    QByteArray publicKeyDer; ///< SubjectPublicKeyInfo DER
    pki::KeyAlgorithm algorithm = pki::KeyAlgorithm::EcP256;
    QString subject; ///< "/C=DE/O=CertDesk Test/CN=..." as given to signCertificate

    TestCertificate clone() const;
};
/// A certificate that issues others.
using TestCa = TestCertificate;

/// "/C=DE/O=CertDesk Test/CN=<cn>", with '/', '+' and '\' in `cn` escaped.
QString testSubject(const QString &cn);

/// Signs `request` for a new key of `algorithm`; self-signed when `issuer` is null.
TestCertificate issue(const TestCa *issuer, const pki::CertificateRequest &request,
                      pki::KeyAlgorithm algorithm);

/// A self-signed root CA valid from a day ago for ten years: basicConstraints CA (with
/// `pathLength` when >= 0), keyUsage keyCertSign + cRLSign, SKI, no AKI.
TestCa makeSelfSignedCa(const QString &cn, pki::KeyAlgorithm algorithm = pki::KeyAlgorithm::EcP256,
                        int pathLength = -1);

/// A CA issued by `issuer`, like makeSelfSignedCa plus AKI, CRL DP, OCSP and caIssuers.
TestCa makeIntermediateCa(const TestCa &issuer, const QString &cn,
                          pki::KeyAlgorithm algorithm = pki::KeyAlgorithm::EcP256, int pathLength = 0);

/// A TLS server/client certificate issued by `ca`: basicConstraints CA:FALSE, keyUsage
/// digitalSignature (+ keyEncipherment for RSA), EKU serverAuth + clientAuth, the tagged `sans`,
/// TestCrlUrl, TestOcspUrl and TestCaIssuersUrl. Default validity: an hour ago to 90 days ahead.
TestCertificate makeLeaf(const TestCa &ca, const QString &cn, const QStringList &sans = {},
                         pki::KeyAlgorithm algorithm = pki::KeyAlgorithm::EcP256,
                         const QDateTime &notBefore = {}, const QDateTime &notAfter = {});

/// A certificate with `subject`'s name and key signed by `issuer` (a cross-certificate), DER.
QByteArray crossSign(const TestCa &subject, const TestCa &issuer);

/// One PEM block with 64-character lines.
QByteArray pemBlock(const QByteArray &label, const QByteArray &der);
/// One CERTIFICATE block.
QByteArray toPem(const QByteArray &der);
/// CERTIFICATE blocks in the given order; with `comments`, text lines before, between and after
/// the blocks as `openssl` and CA download pages write them.
QByteArray toPemBundle(const QList<QByteArray> &ders, bool comments = true);

/// PKCS#7 (.p7b) encodings.
enum class Pkcs7Encoding { Der, Pem };
/// A certificates-only PKCS#7 SignedData holding `ders` in order.
QByteArray toPkcs7(const QList<QByteArray> &ders, Pkcs7Encoding encoding);

/// A PKCS#12 with OpenSSL 3 defaults (AES-256-CBC, SHA-256 MAC) holding `cert`, its key when
/// `withKey`, and `chain`. An empty `password` is allowed (unlike pki::writePkcs12).
QByteArray toPkcs12(const TestCertificate &cert, const QList<QByteArray> &chain, const QString &password,
                    bool withKey = true);
/// The same with the legacy algorithms old tools used (RC2-40 for certificates, 3DES for the key),
/// written in a private OpenSSL library context; empty when the legacy provider is not installed.
QByteArray toLegacyPkcs12(const TestCertificate &cert, const QString &password);

/// The key as an unencrypted "PRIVATE KEY" PEM block.
QByteArray privateKeyPem(const TestCertificate &cert);
/// A PEM certificate signing request for the certificate's key with subject CN=`cn`.
QByteArray csrPem(const TestCertificate &cert, const QString &cn);

/// Writes `bytes` to `dir`/`name` and returns the path; aborts the test program on failure.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);

} // namespace certdesk::testsupport
