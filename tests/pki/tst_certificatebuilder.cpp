// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificatebuilder.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/csr.h"
#include "connectors/pki/symmetriccrypto.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <thread>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Owner = std::unique_ptr<X509, X509Free>;

X509Owner decode(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Owner(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

/// 1 critical, 0 not critical, -1 absent.
int criticality(const QByteArray &der, int nid)
{
    const X509Owner x = decode(der);
    const int idx = X509_get_ext_by_NID(x.get(), nid, -1);
    return idx < 0 ? -1 : X509_EXTENSION_get_critical(X509_get_ext(x.get(), idx));
}

/// A TLS server certificate request valid from an hour ago for 90 days, for `openssl verify`.
CertificateRequest currentRequest(const QString &cn)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateRequest req;
    req.subject = testSubject(cn);
    req.subjectAltNames = {QStringLiteral("DNS:") + cn};
    req.notBefore = now.addSecs(-3600);
    req.notAfter = now.addDays(90);
    req.keyUsage = {QStringLiteral("digitalSignature")};
    req.extendedKeyUsage = {QStringLiteral("serverAuth")};
    return req;
}

CertificateRequest validRequest()
{
    CertificateRequest req;
    req.subject = QStringLiteral("/C=DE/O=Builder Test/CN=builder.example.test");
    req.subjectAltNames = {QStringLiteral("DNS:builder.example.test")};
    req.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    req.notAfter = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    req.keyUsage = {QStringLiteral("digitalSignature")};
    req.extendedKeyUsage = {QStringLiteral("serverAuth")};
    return req;
}

} // namespace

/// signCertificate and CertificateSigner: what goes in comes out, signatures verify, bad requests
/// and unusable CAs are refused.
class TestCertificateBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signatureVerifies();
    void criticalExtensions();
    void emptySubjectMakesSanCritical();
    void randomSerial();
    void digests_data();
    void digests();
    void badRequests_data();
    void badRequests();
    void wrongKeys();
    void signerRefusesNonCa();
    void signerRefusesCaWithoutKeyCertSign();
    void signerRefusesMismatchedKey();
    void signerSignsLikeSignCertificate_data();
    void signerSignsLikeSignCertificate();
    void signerConcurrentSigns();
    void signerSignsRequest_data();
    void signerSignsRequest();

private:
    TestCa m_ca;
    GeneratedKey m_subjectKey;
};

void TestCertificateBuilder::initTestCase()
{
    m_ca = makeSelfSignedCa(QStringLiteral("Builder CA"));
    auto key = generateKey(KeyAlgorithm::EcP256);
    QVERIFY(key.ok());
    m_subjectKey = std::move(key).value();
}

void TestCertificateBuilder::signatureVerifies()
{
    const auto der = signCertificate(validRequest(), m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    QVERIFY2(der.ok(), qPrintable(der.error().fullText()));
    const X509Owner cert = decode(*der);
    const X509Owner ca = decode(m_ca.der);
    QVERIFY(cert && ca);
    QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(ca.get())), 1);
    QCOMPARE(X509_check_issued(ca.get(), cert.get()), X509_V_OK);
    QCOMPARE(X509_verify(ca.get(), X509_get0_pubkey(ca.get())), 1);
    QCOMPARE(X509_get_version(cert.get()), long(X509_VERSION_3));
}

void TestCertificateBuilder::criticalExtensions()
{
    auto req = validRequest();
    req.crlDistributionPoints = {QStringLiteral("http://crl.example.test/x.crl")};
    req.ocspUrls = {QStringLiteral("http://ocsp.example.test")};
    const auto der = signCertificate(req, m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    QVERIFY(der.ok());
    QCOMPARE(criticality(*der, NID_basic_constraints), 1);
    QCOMPARE(criticality(*der, NID_key_usage), 1);
    QCOMPARE(criticality(*der, NID_ext_key_usage), 0);
    QCOMPARE(criticality(*der, NID_subject_alt_name), 0);
    QCOMPARE(criticality(*der, NID_subject_key_identifier), 0);
    QCOMPARE(criticality(*der, NID_authority_key_identifier), 0);
    QCOMPARE(criticality(*der, NID_crl_distribution_points), 0);
    QCOMPARE(criticality(*der, NID_info_access), 0);
    // Self-signed: no AKI is written.
    QCOMPARE(criticality(m_ca.der, NID_authority_key_identifier), -1);
}

void TestCertificateBuilder::emptySubjectMakesSanCritical()
{
    auto req = validRequest();
    req.subject.clear();
    const auto der = signCertificate(req, m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    QVERIFY2(der.ok(), qPrintable(der.error().fullText()));
    QCOMPARE(criticality(*der, NID_subject_alt_name), 1);
    const auto d = parseCertificateDer(*der);
    QVERIFY(d.ok());
    QVERIFY(d->subject.isEmpty());
    QVERIFY(d->commonName.isEmpty());
}

void TestCertificateBuilder::randomSerial()
{
    const auto a = signCertificate(validRequest(), m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    const auto b = signCertificate(validRequest(), m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    QVERIFY(a.ok() && b.ok());
    const auto da = parseCertificateDer(*a);
    const auto db = parseCertificateDer(*b);
    QVERIFY(da.ok() && db.ok());
    QVERIFY(da->serialHex != db->serialHex);
    QVERIFY(!da->serialHex.startsWith(u'-'));
    QVERIFY(da->serialHex.size() >= 16 && da->serialHex.size() <= 32);

    auto req = validRequest();
    req.serial = QByteArray::fromHex("ff01");
    const auto fixed = signCertificate(req, m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    QVERIFY(fixed.ok());
    // Read as unsigned: 0xFF01 stays positive.
    QCOMPARE(parseCertificateDer(*fixed)->serialHex, QStringLiteral("FF01"));
}

void TestCertificateBuilder::digests_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("signatureAlgorithm");
    QTest::newRow("EC SHA384") << KeyAlgorithm::EcP256 << "SHA384"
                               << "ecdsa-with-SHA384";
    QTest::newRow("RSA SHA512") << KeyAlgorithm::Rsa2048 << "SHA512"
                                << "sha512WithRSAEncryption";
    QTest::newRow("Ed25519 ignores digest") << KeyAlgorithm::Ed25519 << "SHA512"
                                            << "ED25519";
}

void TestCertificateBuilder::digests()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, digest);
    QFETCH(QString, signatureAlgorithm);
    auto req = validRequest();
    req.signatureDigest = digest;
    const TestCertificate cert = issue(nullptr, req, algorithm);
    const auto d = parseCertificateDer(cert.der);
    QVERIFY(d.ok());
    QCOMPARE(d->signatureAlgorithm, signatureAlgorithm);
    QVERIFY(d->selfIssued);
    QVERIFY(d->authorityKeyId.isEmpty());
}

void TestCertificateBuilder::badRequests_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("subject without slash") << "subject" << QStringList{"CN=x"} << "form";
    QTest::newRow("subject unknown type") << "subject" << QStringList{"/XYZ=1"} << "XYZ";
    QTest::newRow("subject country too long") << "subject" << QStringList{"/C=Germany"} << "C";
    QTest::newRow("subject without value") << "subject" << QStringList{"/CN="} << "no value";
    QTest::newRow("subject without =") << "subject" << QStringList{"/CN"} << "TYPE=value";
    QTest::newRow("SAN unknown kind") << "san" << QStringList{"foo:bar"} << "DNS:";
    QTest::newRow("SAN bad IP") << "san" << QStringList{"IP:300.1.1.1"} << "not an IPv4";
    QTest::newRow("SAN non-ASCII DNS") << "san" << QStringList{"DNS:bücher.example"} << "ASCII";
    QTest::newRow("SAN empty DNS") << "san" << QStringList{"DNS:"} << "empty";
    QTest::newRow("unknown key usage") << "ku" << QStringList{"fooUsage"} << "not a key usage";
    QTest::newRow("unknown EKU") << "eku" << QStringList{"notAnEku"} << "not an extended key usage";
    QTest::newRow("ends before start") << "validity" << QStringList{"2026-01-01", "2025-01-01"} << "validity";
    QTest::newRow("missing dates") << "validity" << QStringList{"", ""} << "validity";
    QTest::newRow("before 1950") << "validity" << QStringList{"1949-01-01", "2025-01-01"} << "out of range";
    QTest::newRow("zero serial") << "serial" << QStringList{"00"} << "positive";
    QTest::newRow("serial too long") << "serial" << QStringList{QString(42, u'1')} << "20 bytes";
    QTest::newRow("unknown digest") << "digest" << QStringList{"MD17"} << "digest";
}

void TestCertificateBuilder::badRequests()
{
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    QFETCH(QString, messagePart);
    auto req = validRequest();
    if (field == QLatin1String("subject"))
        req.subject = values.first();
    else if (field == QLatin1String("san"))
        req.subjectAltNames = values;
    else if (field == QLatin1String("ku"))
        req.keyUsage = values;
    else if (field == QLatin1String("eku"))
        req.extendedKeyUsage = values;
    else if (field == QLatin1String("validity")) {
        req.notBefore = QDateTime(QDate::fromString(values[0], Qt::ISODate), QTime(0, 0), Qt::UTC);
        req.notAfter = QDateTime(QDate::fromString(values[1], Qt::ISODate), QTime(0, 0), Qt::UTC);
    } else if (field == QLatin1String("serial"))
        req.serial = QByteArray::fromHex(values.first().toLatin1());
    else if (field == QLatin1String("digest"))
        req.signatureDigest = values.first();

    const auto der = signCertificate(req, m_subjectKey.publicKeyDer, m_ca.der, m_ca.keyPkcs8);
    QVERIFY2(!der.ok(), "bad request was signed");
    QVERIFY2(der.error().message.contains(messagePart), qPrintable(der.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificateBuilder::wrongKeys()
{
    const auto req = validRequest();
    const TestCa other = makeSelfSignedCa(QStringLiteral("Other CA"));
    // Self-signed with a key that is not the subject's.
    auto r = signCertificate(req, m_subjectKey.publicKeyDer, QByteArray(), m_ca.keyPkcs8);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("own key")));
    // Issuer certificate and signing key that do not belong together.
    r = signCertificate(req, m_subjectKey.publicKeyDer, m_ca.der, other.keyPkcs8);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("does not belong")));
    QVERIFY(!signCertificate(req, "garbage", m_ca.der, m_ca.keyPkcs8).ok());
    QVERIFY(!signCertificate(req, m_subjectKey.publicKeyDer, "garbage", m_ca.keyPkcs8).ok());
    QVERIFY(!signCertificate(req, m_subjectKey.publicKeyDer, m_ca.der, SecureBytes(QByteArray("junk"))).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificateBuilder::signerRefusesNonCa()
{
    const TestCertificate leaf = makeLeaf(m_ca, QStringLiteral("leaf.example.test"));
    const auto signer = CertificateSigner::create(leaf.der, leaf.keyPkcs8);
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().message, QStringLiteral("The certificate is not a CA certificate."));
    QCOMPARE(ERR_peek_error(), 0UL);
    // signCertificate goes the same way.
    const auto der = signCertificate(validRequest(), m_subjectKey.publicKeyDer, leaf.der, leaf.keyPkcs8);
    QVERIFY(!der.ok());
    QCOMPARE(der.error().message, QStringLiteral("The certificate is not a CA certificate."));
}

void TestCertificateBuilder::signerRefusesCaWithoutKeyCertSign()
{
    auto req = validRequest();
    req.isCa = true;
    req.keyUsage = {QStringLiteral("cRLSign"), QStringLiteral("digitalSignature")};
    const TestCa crlOnly = issue(nullptr, req, KeyAlgorithm::EcP256);
    const auto signer = CertificateSigner::create(crlOnly.der, crlOnly.keyPkcs8);
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().message,
             QStringLiteral("The CA certificate is not allowed to sign certificates (no keyCertSign)."));
    QCOMPARE(ERR_peek_error(), 0UL);

    // A CA without a keyUsage extension may sign certificates (RFC 5280 4.2.1.3).
    req.keyUsage.clear();
    const TestCa anyUsage = issue(nullptr, req, KeyAlgorithm::EcP256);
    const auto ok = CertificateSigner::create(anyUsage.der, anyUsage.keyPkcs8);
    QVERIFY2(ok.ok(), qPrintable(ok.error().fullText()));
}

void TestCertificateBuilder::signerRefusesMismatchedKey()
{
    const TestCa other = makeSelfSignedCa(QStringLiteral("Other CA"));
    const auto signer = CertificateSigner::create(m_ca.der, other.keyPkcs8);
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().message,
             QStringLiteral("The private key does not belong to the CA certificate."));
    QCOMPARE(ERR_peek_error(), 0UL);
    QVERIFY(!CertificateSigner::create("garbage", m_ca.keyPkcs8).ok());
    QVERIFY(!CertificateSigner::create(QByteArray(), m_ca.keyPkcs8).ok());
    QVERIFY(!CertificateSigner::create(m_ca.der, SecureBytes(QByteArray("junk"))).ok());
    QVERIFY(!CertificateSigner::create(m_ca.der, SecureBytes()).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificateBuilder::signerSignsLikeSignCertificate_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::newRow("EC") << KeyAlgorithm::EcP256;
    QTest::newRow("RSA") << KeyAlgorithm::Rsa2048;
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519;
}

void TestCertificateBuilder::signerSignsLikeSignCertificate()
{
    QFETCH(KeyAlgorithm, algorithm);
    const TestCa root = makeSelfSignedCa(QStringLiteral("Signer Root"), algorithm);
    const TestCa ca = makeIntermediateCa(root, QStringLiteral("Signer CA"), algorithm);
    const auto signer = CertificateSigner::create(ca.der, ca.keyPkcs8);
    QVERIFY2(signer.ok(), qPrintable(signer.error().fullText()));

    auto req = validRequest();
    req.serial = QByteArray::fromHex("0badcafe");
    req.crlDistributionPoints = {QStringLiteral("http://crl.example.test/x.crl")};
    const auto bySigner = signer->sign(req, m_subjectKey.publicKeyDer);
    QVERIFY2(bySigner.ok(), qPrintable(bySigner.error().fullText()));
    const auto byFunction = signCertificate(req, m_subjectKey.publicKeyDer, ca.der, ca.keyPkcs8);
    QVERIFY2(byFunction.ok(), qPrintable(byFunction.error().fullText()));

    auto a = parseCertificateDer(*bySigner);
    auto b = parseCertificateDer(*byFunction);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->subject, b->subject);
    QCOMPARE(a->issuer, b->issuer);
    QCOMPARE(a->serialHex, QStringLiteral("0BADCAFE"));
    QCOMPARE(a->serialHex, b->serialHex);
    QCOMPARE(a->sans.dns, b->sans.dns);
    QCOMPARE(a->keyUsage, b->keyUsage);
    QCOMPARE(a->extendedKeyUsage, b->extendedKeyUsage);
    QCOMPARE(a->crlDistributionPoints, b->crlDistributionPoints);
    QCOMPARE(a->signatureAlgorithm, b->signatureAlgorithm);
    const auto caDetails = parseCertificateDer(ca.der);
    QVERIFY(caDetails.ok());
    QCOMPARE(a->authorityKeyId, caDetails->subjectKeyId);
    QCOMPARE(b->authorityKeyId, caDetails->subjectKeyId);
    const X509Owner cert = decode(*bySigner);
    const X509Owner issuer = decode(ca.der);
    QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(issuer.get())), 1);
    QCOMPARE(X509_check_issued(issuer.get(), cert.get()), X509_V_OK);

    // Bad requests are refused by the signer as by signCertificate.
    req.subjectAltNames = {QStringLiteral("IP:300.1.1.1")};
    const auto bad = signer->sign(req, m_subjectKey.publicKeyDer);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("300.1.1.1")));
    QVERIFY(!signer->sign(validRequest(), "garbage").ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificateBuilder::signerConcurrentSigns()
{
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Concurrent CA"), KeyAlgorithm::EcP256);
    const auto created = CertificateSigner::create(ca.der, ca.keyPkcs8);
    QVERIFY2(created.ok(), qPrintable(created.error().fullText()));
    const CertificateSigner signer = *created;
    const CertificateSigner copy = signer; // shares the decoded CA

    QList<QByteArray> subjectKeys;
    for (const auto algorithm : {KeyAlgorithm::EcP256, KeyAlgorithm::Ed25519, KeyAlgorithm::Rsa2048}) {
        auto key = generateKey(algorithm);
        QVERIFY(key.ok());
        subjectKeys << key->publicKeyDer;
    }

    constexpr int PerThread = 60;
    struct Outcome
    {
        QList<QByteArray> ders;
        QStringList errors;
    };
    Outcome outcomes[2];
    const auto work = [&subjectKeys](const CertificateSigner &s, int thread, Outcome &out) {
        for (int i = 0; i < PerThread; ++i) {
            const auto der = s.sign(currentRequest(QStringLiteral("t%1-n%2.example.test").arg(thread).arg(i)),
                                    subjectKeys.at(i % subjectKeys.size()));
            if (der.ok())
                out.ders << *der;
            else
                out.errors << der.error().fullText();
        }
    };
    std::thread first(work, std::cref(signer), 0, std::ref(outcomes[0]));
    std::thread second(work, std::cref(copy), 1, std::ref(outcomes[1]));
    first.join();
    second.join();
    for (const auto &outcome : outcomes) {
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(u'\n')));
        QCOMPARE(outcome.ders.size(), PerThread);
    }

    // Every certificate verifies with the real openssl, in one run.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = writeFile(dir.path(), QStringLiteral("ca.pem"), toPem(ca.der));
    QStringList args = {QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile};
    QSet<QString> serials;
    int n = 0;
    for (const auto &outcome : outcomes) {
        for (const auto &der : outcome.ders) {
            args << writeFile(dir.path(), QStringLiteral("leaf%1.pem").arg(n++), toPem(der));
            const auto details = parseCertificateDer(der);
            QVERIFY(details.ok());
            serials.insert(details->serialHex);
        }
    }
    QCOMPARE(serials.size(), 2 * PerThread);
    const auto run = runOpenssl(args);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out.count(": OK\n"), 2 * PerThread);
    QVERIFY2(!run.all().contains("error"), run.describe().constData());
}

void TestCertificateBuilder::signerSignsRequest_data()
{
    signerSignsLikeSignCertificate_data(); // the same subject key types
}

void TestCertificateBuilder::signerSignsRequest()
{
    // signRequest takes the request's public key as the request encodes it: the certificate carries
    // exactly that SubjectPublicKeyInfo, and the serial it reports is the certificate's.
    QFETCH(KeyAlgorithm, algorithm);
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Request CA"), KeyAlgorithm::EcP256);
    const auto signer = CertificateSigner::create(ca.der, ca.keyPkcs8);
    QVERIFY2(signer.ok(), qPrintable(signer.error().fullText()));
    const auto pair = generateKeyPair(algorithm);
    QVERIFY(pair.ok());
    const auto made = createRequest(QStringLiteral("/CN=request.example.test"),
                                    {QStringLiteral("DNS:request.example.test")}, *pair);
    QVERIFY2(made.ok(), qPrintable(made.error().fullText()));
    const auto decoded = CertificationRequest::decode(made->der());
    QVERIFY(decoded.ok());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = writeFile(dir.path(), QStringLiteral("ca.pem"), toPem(ca.der));
    for (const CertificationRequest &request : {*made, *decoded}) {
        const auto issued =
            signer->signRequest(currentRequest(QStringLiteral("request.example.test")), request);
        QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
        QCOMPARE(ERR_peek_error(), 0UL);
        const auto details = parseCertificateDer(issued->der);
        QVERIFY2(details.ok(), qPrintable(details.error().fullText()));
        QCOMPARE(issued->serialHex, details->serialHex);
        QCOMPARE(publicKeySha256(*details), sha256Hex(pair->publicKeyDer()));
        QVERIFY(issued->der.contains(request.publicKeyDer()));
        QCOMPARE(details->sans.tagged(), QStringList{QStringLiteral("DNS:request.example.test")});
        const auto caDetails = parseCertificateDer(ca.der);
        QCOMPARE(details->authorityKeyId, caDetails->subjectKeyId);
        const QString leafFile = writeFile(dir.path(), QStringLiteral("leaf.pem"), toPem(issued->der));
        const auto run = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile, leafFile});
        QVERIFY2(run.exitCode == 0 && run.out.contains(": OK"), run.describe().constData());
    }
    QVERIFY(
        !signer->signRequest(currentRequest(QStringLiteral("x.example.test")), CertificationRequest()).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "tst_certificatebuilder.moc"
