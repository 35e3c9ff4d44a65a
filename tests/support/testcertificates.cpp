// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testcertificates.h"

#include "connectors/pki/opensslhandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <QDir>
#include <QFile>

namespace certdesk::testsupport {

using pki::KeyAlgorithm;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    QByteArray openssl;
    for (unsigned long e; (e = ERR_get_error()) != 0;) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        openssl += QByteArray(" | ") + buf;
    }
    qFatal("testsupport: %s: %s%s", what, qPrintable(detail), openssl.constData());
}

QDateTime nowUtcSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

X509 *x509FromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (!x)
        fail("certificate DER does not decode");
    return x;
}

EVP_PKEY *keyFromPkcs8(const pki::SecureBytes &pkcs8)
{
    const auto *p = reinterpret_cast<const unsigned char *>(pkcs8.data());
    pki::Pkcs8Ptr p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(pkcs8.size())));
    EVP_PKEY *key = p8 ? EVP_PKCS82PKEY(p8.get()) : nullptr;
    if (!key)
        fail("PKCS#8 key does not decode");
    return key;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QByteArray pkcs12Der(PKCS12 *p12)
{
    if (!p12)
        fail("PKCS12_create failed");
    const int len = i2d_PKCS12(p12, nullptr);
    QByteArray out(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    if (len <= 0 || i2d_PKCS12(p12, &p) != len)
        fail("i2d_PKCS12 failed");
    return out;
}

pki::CertificateRequest caRequest(const QString &cn, int pathLength)
{
    pki::CertificateRequest req;
    req.subject = testSubject(cn);
    req.notBefore = nowUtcSeconds().addDays(-1);
    req.notAfter = nowUtcSeconds().addYears(10);
    req.isCa = true;
    req.pathLength = pathLength;
    req.keyUsage = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    return req;
}

} // namespace

TestCertificate TestCertificate::clone() const
{
    return TestCertificate{der, keyPkcs8.clone(), publicKeyDer, algorithm, subject};
}

QString testSubject(const QString &cn)
{
    QString escaped = cn;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'/', QStringLiteral("\\/"))
        .replace(u'+', QStringLiteral("\\+"));
    return QStringLiteral("/C=DE/O=") + QLatin1String(TestOrganization) + QStringLiteral("/CN=") + escaped;
}

TestCertificate issue(const TestCa *issuer, const pki::CertificateRequest &request, KeyAlgorithm algorithm)
{
    auto key = pki::generateKey(algorithm);
    if (!key)
        fail("generateKey", key.error().fullText());
    const pki::SecureBytes &signingKey = issuer ? issuer->keyPkcs8 : key->pkcs8Der;
    auto der =
        pki::signCertificate(request, key->publicKeyDer, issuer ? issuer->der : QByteArray(), signingKey);
    if (!der)
        fail("signCertificate", der.error().fullText());
    return TestCertificate{der.value(), std::move(key).value().pkcs8Der, key->publicKeyDer, algorithm,
                           request.subject};
}

TestCa makeSelfSignedCa(const QString &cn, KeyAlgorithm algorithm, int pathLength)
{
    return issue(nullptr, caRequest(cn, pathLength), algorithm);
}

TestCa makeIntermediateCa(const TestCa &issuer, const QString &cn, KeyAlgorithm algorithm, int pathLength)
{
    auto req = caRequest(cn, pathLength);
    req.notAfter = nowUtcSeconds().addYears(5);
    req.crlDistributionPoints = {QLatin1String(TestCrlUrl)};
    req.ocspUrls = {QLatin1String(TestOcspUrl)};
    req.caIssuerUrls = {QLatin1String(TestCaIssuersUrl)};
    return issue(&issuer, req, algorithm);
}

TestCertificate makeLeaf(const TestCa &ca, const QString &cn, const QStringList &sans, KeyAlgorithm algorithm,
                         const QDateTime &notBefore, const QDateTime &notAfter)
{
    pki::CertificateRequest req;
    req.subject = testSubject(cn);
    req.subjectAltNames = sans;
    req.notBefore = notBefore.isValid() ? notBefore : nowUtcSeconds().addSecs(-3600);
    req.notAfter = notAfter.isValid() ? notAfter : nowUtcSeconds().addDays(90);
    req.keyUsage = {QStringLiteral("digitalSignature")};
    const bool rsa = algorithm == KeyAlgorithm::Rsa2048 || algorithm == KeyAlgorithm::Rsa3072 ||
                     algorithm == KeyAlgorithm::Rsa4096;
    if (rsa)
        req.keyUsage << QStringLiteral("keyEncipherment");
    req.extendedKeyUsage = {QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
    req.crlDistributionPoints = {QLatin1String(TestCrlUrl)};
    req.ocspUrls = {QLatin1String(TestOcspUrl)};
    req.caIssuerUrls = {QLatin1String(TestCaIssuersUrl)};
    return issue(&ca, req, algorithm);
}

QByteArray crossSign(const TestCa &subject, const TestCa &issuer)
{
    auto req = caRequest(QString(), -1);
    req.subject = subject.subject;
    auto der = pki::signCertificate(req, subject.publicKeyDer, issuer.der, issuer.keyPkcs8);
    if (!der)
        fail("crossSign", der.error().fullText());
    return der.value();
}

QByteArray pemBlock(const QByteArray &label, const QByteArray &der)
{
    QByteArray out = "-----BEGIN " + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END " + label + "-----\n";
    return out;
}

QByteArray toPem(const QByteArray &der)
{
    return pemBlock("CERTIFICATE", der);
}

QByteArray toPemBundle(const QList<QByteArray> &ders, bool comments)
{
    QByteArray out;
    if (comments)
        out += "# CertDesk test bundle\r\n\r\n";
    for (qsizetype i = 0; i < ders.size(); ++i) {
        if (comments)
            out += "Bag Attributes\n    friendlyName: cert " + QByteArray::number(i) +
                   "\nsubject=CN = test " + QByteArray::number(i) + "\n\n";
        out += toPem(ders[i]);
        if (comments)
            out += "\n";
    }
    if (comments)
        out += "-- end of bundle --\n";
    return out;
}

QByteArray toPkcs7(const QList<QByteArray> &ders, Pkcs7Encoding encoding)
{
    pki::Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        fail("PKCS7 setup");
    for (const auto &der : ders) {
        pki::X509Ptr x(x509FromDer(der));
        if (PKCS7_add_certificate(p7.get(), x.get()) != 1) // takes its own reference
            fail("PKCS7_add_certificate");
    }
    pki::BioPtr bio(BIO_new(BIO_s_mem()));
    const int ok = encoding == Pkcs7Encoding::Pem ? PEM_write_bio_PKCS7(bio.get(), p7.get())
                                                  : i2d_PKCS7_bio(bio.get(), p7.get());
    if (ok != 1)
        fail("writing PKCS7");
    return bioBytes(bio.get());
}

QByteArray toPkcs12(const TestCertificate &cert, const QList<QByteArray> &chain, const QString &password,
                    bool withKey)
{
    pki::X509Ptr x(x509FromDer(cert.der));
    pki::EvpPkeyPtr key(withKey ? keyFromPkcs8(cert.keyPkcs8) : nullptr);
    pki::X509StackPtr ca(sk_X509_new_null());
    for (const auto &der : chain) {
        if (sk_X509_push(ca.get(), x509FromDer(der)) <= 0)
            fail("sk_X509_push");
    }
    const QByteArray pass = password.toUtf8();
    pki::Pkcs12Ptr p12(PKCS12_create(pass.constData(), "test", key.get(), x.get(), ca.get(), 0, 0, 0, 0, 0));
    return pkcs12Der(p12.get());
}

QByteArray toLegacyPkcs12(const TestCertificate &cert, const QString &password)
{
    OSSL_LIB_CTX *ctx = OSSL_LIB_CTX_new();
    if (!ctx)
        fail("OSSL_LIB_CTX_new");
    OSSL_PROVIDER *legacy = OSSL_PROVIDER_load(ctx, "legacy");
    OSSL_PROVIDER *deflt = OSSL_PROVIDER_load(ctx, "default");
    QByteArray out;
    if (legacy && deflt) {
        pki::X509Ptr x(x509FromDer(cert.der));
        pki::EvpPkeyPtr key(keyFromPkcs8(cert.keyPkcs8));
        const QByteArray pass = password.toUtf8();
        pki::Pkcs12Ptr p12(PKCS12_create_ex(
            pass.constData(), "legacy", key.get(), x.get(), nullptr, NID_pbe_WithSHA1And3_Key_TripleDES_CBC,
            NID_pbe_WithSHA1And40BitRC2_CBC, PKCS12_DEFAULT_ITER, 1, 0, ctx, nullptr));
        out = pkcs12Der(p12.get());
    }
    ERR_clear_error();
    if (deflt)
        OSSL_PROVIDER_unload(deflt);
    if (legacy)
        OSSL_PROVIDER_unload(legacy);
    OSSL_LIB_CTX_free(ctx);
    return out;
}

QByteArray privateKeyPem(const TestCertificate &cert)
{
    return pemBlock("PRIVATE KEY", cert.keyPkcs8.bytes());
}

QByteArray csrPem(const TestCertificate &cert, const QString &cn)
{
    pki::EvpPkeyPtr key(keyFromPkcs8(cert.keyPkcs8));
    pki::X509ReqPtr req(X509_REQ_new());
    const QByteArray cnUtf8 = cn.toUtf8();
    X509_NAME *name = req ? X509_REQ_get_subject_name(req.get()) : nullptr;
    const EVP_MD *md = EVP_PKEY_is_a(key.get(), "ED25519") ? nullptr : EVP_sha256();
    if (!name || X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cnUtf8.constData()),
                                   static_cast<int>(cnUtf8.size()), -1, 0) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.get()) != 1 || X509_REQ_sign(req.get(), key.get(), md) <= 0)
        fail("building CSR");
    pki::BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509_REQ(bio.get(), req.get()) != 1)
        fail("writing CSR");
    return bioBytes(bio.get());
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    if (!QDir().mkpath(dir))
        fail("cannot create directory", dir);
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write file", path);
    return path;
}

} // namespace certdesk::testsupport
