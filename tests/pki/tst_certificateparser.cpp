// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/symmetriccrypto.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>
#include <openssl/provider.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;
using domain::CertificateDetails;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

QString hashHex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

QStringList sha256s(const QList<CertificateDetails> &certs)
{
    QStringList out;
    for (const auto &c : certs)
        out << c.sha256;
    return out;
}

QStringList sha256s(const QList<QByteArray> &ders)
{
    QStringList out;
    for (const auto &d : ders)
        out << hashHex(d, QCryptographicHash::Sha256);
    return out;
}

CertificateDetails details(const QByteArray &der)
{
    auto parsed = parseCertificateDer(der);
    if (!parsed)
        qFatal("test certificate does not parse: %s", qPrintable(parsed.error().fullText()));
    return parsed.value();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (auto &c : out)
        c = static_cast<char>(gen.bounded(256));
    return out;
}

const QRegularExpression KeyIdPattern(QStringLiteral("^([0-9A-F]{2}:){19}[0-9A-F]{2}$"));

} // namespace

/// Parsing of every container format, every field of CertificateDetails, chain ordering and
/// broken input, all against certificates made by the pki library itself.
class TestCertificateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fields_data();
    void fields();
    void caFields();
    void subjectFormatting_data();
    void subjectFormatting();
    void ipAddressFormatting_data();
    void ipAddressFormatting();

    void encodings_data();
    void encodings();
    void pkcs12KeyTypes_data();
    void pkcs12KeyTypes();
    void legacyPkcs12();
    void looksLikePkcs12Sniffing();

    void chainOrder_data();
    void chainOrder();
    void chainOrderCycle();
    void issuerChainWalk();
    void issuerChainSkipsNameOnlyMatch();
    void issuerChainCycle();

    void brokenInput_data();
    void brokenInput();
    void errorQueueLeftEmpty();

private:
    TestCa m_root;
    TestCa m_intermediate;
    TestCertificate m_leaf;
    TestCertificate m_otherLeaf;
    TestCa m_unrelatedRoot;
    TestCa m_crossA;
    TestCa m_crossB;
    std::map<KeyAlgorithm, TestCa> m_caByAlgorithm;
};

void TestCertificateParser::initTestCase()
{
    m_root = makeSelfSignedCa(QStringLiteral("CertDesk Test Root"), KeyAlgorithm::EcP384, 1);
    m_intermediate =
        makeIntermediateCa(m_root, QStringLiteral("CertDesk Test Intermediate"), KeyAlgorithm::EcP256, 0);
    m_leaf = makeLeaf(m_intermediate, QStringLiteral("leaf.example.test"),
                      {QStringLiteral("DNS:leaf.example.test")});
    m_otherLeaf = makeLeaf(m_intermediate, QStringLiteral("other.example.test"));
    m_unrelatedRoot = makeSelfSignedCa(QStringLiteral("Unrelated Root"));
    m_crossA = makeSelfSignedCa(QStringLiteral("Cross A"));
    m_crossB = makeSelfSignedCa(QStringLiteral("Cross B"));
    for (auto alg : {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa4096, KeyAlgorithm::EcP256, KeyAlgorithm::EcP384,
                     KeyAlgorithm::Ed25519})
        m_caByAlgorithm.emplace(alg, makeSelfSignedCa(QStringLiteral("CA ") + keyAlgorithmName(alg), alg));
}

void TestCertificateParser::fields_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("keyBits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("signatureAlgorithm");
    QTest::addColumn<QStringList>("keyUsage");
    QTest::addColumn<QDateTime>("notAfter");

    const QStringList rsaKu{QStringLiteral("Digital Signature"), QStringLiteral("Key Encipherment")};
    const QStringList ecKu{QStringLiteral("Digital Signature")};
    // 2049 is still UTCTime, 2050 on is GeneralizedTime (RFC 5280 4.1.2.5).
    const QDateTime utcTimeEnd(QDate(2049, 12, 31), QTime(23, 59, 59), Qt::UTC);
    const QDateTime generalizedEnd(QDate(2051, 6, 1), QTime(12, 0, 0), Qt::UTC);
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048 << "RSA" << 2048 << ""
                              << "sha256WithRSAEncryption" << rsaKu << utcTimeEnd;
    QTest::newRow("RSA 4096") << KeyAlgorithm::Rsa4096 << "RSA" << 4096 << ""
                              << "sha256WithRSAEncryption" << rsaKu << generalizedEnd;
    QTest::newRow("EC P-256") << KeyAlgorithm::EcP256 << "EC" << 256 << "P-256"
                              << "ecdsa-with-SHA256" << ecKu << utcTimeEnd;
    QTest::newRow("EC P-384") << KeyAlgorithm::EcP384 << "EC" << 384 << "P-384"
                              << "ecdsa-with-SHA256" << ecKu << generalizedEnd;
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519 << "Ed25519" << 256 << ""
                             << "ED25519" << ecKu << utcTimeEnd;
}

void TestCertificateParser::fields()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, keyType);
    QFETCH(int, keyBits);
    QFETCH(QString, curve);
    QFETCH(QString, signatureAlgorithm);
    QFETCH(QStringList, keyUsage);
    QFETCH(QDateTime, notAfter);

    const TestCa &ca = m_caByAlgorithm.at(algorithm);
    const QString cn = QStringLiteral("Jürgen Müller 测试 ") + keyAlgorithmName(algorithm);
    CertificateRequest req;
    req.subject = testSubject(cn);
    req.subjectAltNames = {QStringLiteral("DNS:www.example.test"),
                           QStringLiteral("DNS:*.example.test"),
                           QStringLiteral("IP:192.0.2.10"),
                           QStringLiteral("IP:2001:db8:0:0:0:0:0:1"),
                           QStringLiteral("email:admin@example.test"),
                           QStringLiteral("URI:https://example.test/path?a=1,b=2")};
    req.notBefore = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    req.notAfter = notAfter;
    req.serial = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    req.keyUsage = {QStringLiteral("digitalSignature")};
    if (keyUsage.size() > 1)
        req.keyUsage << QStringLiteral("keyEncipherment");
    req.extendedKeyUsage = {QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
    req.crlDistributionPoints = {
        QStringLiteral("http://crl.example.test/a.crl"),
        QStringLiteral("ldap://ldap.example.test/cn=CA,o=Test?certificateRevocationList")};
    req.ocspUrls = {QStringLiteral("http://ocsp.example.test")};
    req.caIssuerUrls = {QStringLiteral("http://ca.example.test/ca.cer")};
    const TestCertificate leaf = issue(&ca, req, algorithm);

    const auto parsed = parseCertificateDer(leaf.der);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    const CertificateDetails &d = parsed.value();
    const CertificateDetails caDetails = details(ca.der);

    QCOMPARE(d.der, leaf.der);
    QCOMPARE(d.version, 3);
    QCOMPARE(d.subject, QStringLiteral("C=DE, O=CertDesk Test, CN=") + cn);
    QCOMPARE(d.issuer, QStringLiteral("C=DE, O=CertDesk Test, CN=CA ") + keyAlgorithmName(algorithm));
    QCOMPARE(d.commonName, cn);
    QCOMPARE(d.issuerCommonName, QStringLiteral("CA ") + keyAlgorithmName(algorithm));
    QCOMPARE(d.sans.dns, (QStringList{QStringLiteral("www.example.test"), QStringLiteral("*.example.test")}));
    QCOMPARE(d.sans.ip, (QStringList{QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::1")}));
    QCOMPARE(d.sans.email, QStringList{QStringLiteral("admin@example.test")});
    QCOMPARE(d.sans.uri, QStringList{QStringLiteral("https://example.test/path?a=1,b=2")});
    QCOMPARE(d.serialHex, QStringLiteral("0F1E2D3C4B5A69788796A5B4C3D2E1F0"));
    QCOMPARE(d.notBefore, req.notBefore);
    QCOMPARE(d.notAfter, notAfter);
    QCOMPARE(d.notBefore.timeSpec(), Qt::UTC);
    QCOMPARE(d.keyType, keyType);
    QCOMPARE(d.keyBits, keyBits);
    QCOMPARE(d.curve, curve);
    QCOMPARE(d.keyDescription(), keyAlgorithmName(algorithm));
    QCOMPARE(d.signatureAlgorithm, signatureAlgorithm);
    QCOMPARE(d.sha256, hashHex(leaf.der, QCryptographicHash::Sha256));
    QCOMPARE(d.sha1, hashHex(leaf.der, QCryptographicHash::Sha1));
    QCOMPARE(d.keyUsage, keyUsage);
    QCOMPARE(d.extendedKeyUsage, (QStringList{QStringLiteral("TLS Web Server Authentication"),
                                              QStringLiteral("TLS Web Client Authentication")}));
    QVERIFY(d.hasBasicConstraints);
    QVERIFY(!d.isCa);
    QCOMPARE(d.pathLength, -1);
    QVERIFY2(KeyIdPattern.match(d.subjectKeyId).hasMatch(), qPrintable(d.subjectKeyId));
    QCOMPARE(d.authorityKeyId, caDetails.subjectKeyId);
    QVERIFY(d.subjectKeyId != caDetails.subjectKeyId);
    QCOMPARE(d.crlDistributionPoints, req.crlDistributionPoints);
    QCOMPARE(d.ocspUrls, req.ocspUrls);
    QCOMPARE(d.caIssuerUrls, req.caIssuerUrls);
    QVERIFY(!d.selfIssued);
    QVERIFY(!d.hasWeakCrypto());

    QCOMPARE(publicKeySha256(d), hashHex(leaf.publicKeyDer, QCryptographicHash::Sha256));
    QCOMPARE(issuerChain(d, {caDetails}).size(), 1);
}

void TestCertificateParser::caFields()
{
    const CertificateDetails root = details(m_root.der);
    const CertificateDetails inter = details(m_intermediate.der);
    QVERIFY(root.selfIssued);
    QVERIFY(root.hasBasicConstraints);
    QVERIFY(root.isCa);
    QCOMPARE(root.pathLength, 1);
    QCOMPARE(root.keyUsage, (QStringList{QStringLiteral("Certificate Sign"), QStringLiteral("CRL Sign")}));
    QVERIFY(root.extendedKeyUsage.isEmpty());
    QVERIFY(root.authorityKeyId.isEmpty());
    QVERIFY(KeyIdPattern.match(root.subjectKeyId).hasMatch());
    QCOMPARE(root.curve, QStringLiteral("P-384"));
    QCOMPARE(root.signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256"));
    QVERIFY(root.sans.isEmpty());
    QVERIFY(root.crlDistributionPoints.isEmpty());

    QVERIFY(!inter.selfIssued);
    QVERIFY(inter.isCa);
    QCOMPARE(inter.pathLength, 0);
    QCOMPARE(inter.authorityKeyId, root.subjectKeyId);
    QCOMPARE(inter.issuer, root.subject);
    QCOMPARE(inter.crlDistributionPoints, QStringList{QLatin1String(TestCrlUrl)});
    QCOMPARE(inter.ocspUrls, QStringList{QLatin1String(TestOcspUrl)});
    QCOMPARE(inter.caIssuerUrls, QStringList{QLatin1String(TestCaIssuersUrl)});

    const CertificateDetails leaf = details(m_leaf.der);
    QCOMPARE(leaf.authorityKeyId, inter.subjectKeyId);
    QVERIFY(leaf.notBefore < QDateTime::currentDateTimeUtc());
    QVERIFY(leaf.daysLeft(QDateTime::currentDateTimeUtc()) >= 89);
}

void TestCertificateParser::subjectFormatting_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("commonName");
    QTest::newRow("ascii") << "/C=DE/O=Org/CN=host"
                           << "C=DE, O=Org, CN=host"
                           << "host";
    QTest::newRow("utf-8") << "/O=Ünïcödé GmbH/CN=日本語"
                           << "O=Ünïcödé GmbH, CN=日本語"
                           << "日本語";
    QTest::newRow("comma is quoted") << "/O=Acme, Inc./CN=x"
                                     << "O=\"Acme, Inc.\", CN=x"
                                     << "x";
    QTest::newRow("escaped slash") << "/CN=a\\/b"
                                   << "CN=a/b"
                                   << "a/b";
    QTest::newRow("last CN wins") << "/CN=first/CN=second"
                                  << "CN=first, CN=second"
                                  << "second";
    QTest::newRow("multi-valued RDN") << "/O=Org/OU=ops+CN=x"
                                      << "O=Org, CN=x + OU=ops"
                                      << "x";
    QTest::newRow("no CN") << "/O=Org"
                           << "O=Org"
                           << "";
}

void TestCertificateParser::subjectFormatting()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QFETCH(QString, commonName);
    CertificateRequest req;
    req.subject = subject;
    req.notBefore = QDateTime::currentDateTimeUtc();
    req.notAfter = req.notBefore.addDays(1);
    const TestCertificate cert = issue(&m_root, req, KeyAlgorithm::EcP256);
    const CertificateDetails d = details(cert.der);
    QCOMPARE(d.subject, expected);
    QCOMPARE(d.commonName, commonName);
    QCOMPARE(d.issuerCommonName, QStringLiteral("CertDesk Test Root"));
}

void TestCertificateParser::ipAddressFormatting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4") << "10.0.0.1"
                        << "10.0.0.1";
    QTest::newRow("v6 long form") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                  << "2001:db8::1";
    QTest::newRow("v6 loopback") << "::1"
                                 << "::1";
    QTest::newRow("v6 unspecified") << "::"
                                    << "::";
    QTest::newRow("v6 trailing zeros") << "fe80::"
                                       << "fe80::";
    QTest::newRow("v6 first longest run") << "2001:db8:0:0:1:0:0:1"
                                          << "2001:db8::1:0:0:1";
    QTest::newRow("v6 longer second run") << "2001:0:0:1:0:0:0:1"
                                          << "2001:0:0:1::1";
    QTest::newRow("v6 single zero kept") << "2001:db8:0:1:1:1:1:1"
                                         << "2001:db8:0:1:1:1:1:1";
    QTest::newRow("v6 upper case in") << "2001:DB8::ABCD"
                                      << "2001:db8::abcd";
    QTest::newRow("v4-mapped") << "::ffff:192.0.2.1"
                               << "::ffff:192.0.2.1";
}

void TestCertificateParser::ipAddressFormatting()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const TestCertificate cert =
        makeLeaf(m_intermediate, QStringLiteral("ip"), {QStringLiteral("IP:") + input});
    QCOMPARE(details(cert.der).sans.ip, QStringList{expected});
}

void TestCertificateParser::encodings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("expectedSha256");
    QTest::addColumn<bool>("expectKey");

    const QByteArray leaf = m_leaf.der;
    const QByteArray inter = m_intermediate.der;
    const QByteArray root = m_root.der;
    const int pem = int(ContainerFormat::Pem);
    const int der = int(ContainerFormat::Der);
    const int p7 = int(ContainerFormat::Pkcs7);
    const int p12 = int(ContainerFormat::Pkcs12);

    QTest::newRow("PEM single") << toPem(leaf) << false << QString() << pem << sha256s({leaf}) << false;
    QTest::newRow("PEM bundle, shuffled, comments") << toPemBundle({inter, leaf, root}) << false << QString()
                                                    << pem << sha256s({inter, leaf, root}) << false;
    QTest::newRow("PEM bundle, CRLF") << toPemBundle({leaf, inter}).replace("\n", "\r\n") << false
                                      << QString() << pem << sha256s({leaf, inter}) << false;
    QTest::newRow("PEM without final newline")
        << toPem(leaf).trimmed() << false << QString() << pem << sha256s({leaf}) << false;
    QTest::newRow("PEM with a key block too")
        << toPem(leaf) + privateKeyPem(m_leaf) << false << QString() << pem << sha256s({leaf}) << false;
    QTest::newRow("TRUSTED CERTIFICATE")
        << pemBlock("TRUSTED CERTIFICATE", leaf) << false << QString() << pem << sha256s({leaf}) << false;
    QTest::newRow("X509 CERTIFICATE")
        << pemBlock("X509 CERTIFICATE", leaf) << false << QString() << pem << sha256s({leaf}) << false;
    QTest::newRow("DER") << leaf << false << QString() << der << sha256s({leaf}) << false;
    QTest::newRow("bare base64") << leaf.toBase64() << false << QString() << der << sha256s({leaf}) << false;
    QTest::newRow("P7B DER") << toPkcs7({leaf, inter, root}, Pkcs7Encoding::Der) << false << QString() << p7
                             << sha256s({leaf, inter, root}) << false;
    QTest::newRow("P7B PEM") << toPkcs7({root, leaf}, Pkcs7Encoding::Pem) << false << QString() << p7
                             << sha256s({root, leaf}) << false;
    QTest::newRow("PKCS#12 with password")
        << toPkcs12(m_leaf, {inter, root}, QStringLiteral("s3cret Pässwört")) << true
        << QStringLiteral("s3cret Pässwört") << p12 << sha256s({leaf, inter, root}) << true;
    QTest::newRow("PKCS#12 password ignored for PEM")
        << toPem(leaf) << true << QStringLiteral("x") << pem << sha256s({leaf}) << false;
    QTest::newRow("PKCS#12 empty password, none given")
        << toPkcs12(m_leaf, {}, QString()) << false << QString() << p12 << sha256s({leaf}) << true;
    QTest::newRow("PKCS#12 empty password, empty given")
        << toPkcs12(m_leaf, {inter}, QString()) << true << QString() << p12 << sha256s({leaf, inter}) << true;
    CertificateRequest pemLooking;
    pemLooking.subject = QStringLiteral("/CN=-----BEGIN CERTIFICATE-----");
    pemLooking.notBefore = QDateTime::currentDateTimeUtc();
    pemLooking.notAfter = pemLooking.notBefore.addDays(1);
    const QByteArray pemLookingDer = issue(&m_root, pemLooking, KeyAlgorithm::EcP256).der;
    QTest::newRow("DER that holds a PEM marker")
        << pemLookingDer << false << QString() << der << sha256s({pemLookingDer}) << false;
    QTest::newRow("PEM after text starting with 0")
        << QByteArray("0 comments\n") + toPem(leaf) << false << QString() << pem << sha256s({leaf}) << false;
    QTest::newRow("PKCS#12 without key") << toPkcs12(m_leaf, {inter}, QStringLiteral("pw"), false) << true
                                         << QStringLiteral("pw") << p12 << sha256s({leaf, inter}) << false;
}

void TestCertificateParser::encodings()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, hasPassword);
    QFETCH(QString, password);
    QFETCH(int, format);
    QFETCH(QStringList, expectedSha256);
    QFETCH(bool, expectKey);

    const auto parsed = parseContainer(data, hasPassword ? std::optional<QString>(password) : std::nullopt);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(int(parsed->format), format);
    QCOMPARE(sha256s(parsed->certificates), expectedSha256);
    for (const auto &cert : parsed->certificates) {
        QCOMPARE(cert.sha256, hashHex(cert.der, QCryptographicHash::Sha256));
        QVERIFY(!cert.subject.isEmpty());
    }
    QCOMPARE(parsed->privateKey.has_value(), expectKey);
    if (expectKey) {
        const PrivateKeyData &key = *parsed->privateKey;
        QCOMPARE(key.algorithm, QStringLiteral("EC"));
        QCOMPARE(key.publicKeySha256, hashHex(m_leaf.publicKeyDer, QCryptographicHash::Sha256));
        QCOMPARE(key.publicKeySha256, publicKeySha256(parsed->certificates.first()));
        QCOMPARE(key.pkcs8Der.bytes(), m_leaf.keyPkcs8.bytes());
    }
}

void TestCertificateParser::pkcs12KeyTypes_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("keyName");
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048 << "RSA";
    QTest::newRow("EC P-384") << KeyAlgorithm::EcP384 << "EC";
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519 << "Ed25519";
}

void TestCertificateParser::pkcs12KeyTypes()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, keyName);
    const TestCertificate leaf =
        makeLeaf(m_caByAlgorithm.at(algorithm), QStringLiteral("p12"), {}, algorithm);
    const auto parsed = parseContainer(toPkcs12(leaf, {}, QStringLiteral("pw")), QStringLiteral("pw"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QVERIFY(parsed->privateKey);
    QCOMPARE(parsed->privateKey->algorithm, keyName);
    QCOMPARE(parsed->privateKey->publicKeySha256, publicKeySha256(parsed->certificates.first()));
    QCOMPARE(parsed->privateKey->publicKeySha256, sha256Hex(leaf.publicKeyDer));
}

void TestCertificateParser::legacyPkcs12()
{
    const QByteArray legacy = toLegacyPkcs12(m_leaf, QStringLiteral("legacy"));
    if (legacy.isEmpty())
        QSKIP("OpenSSL's legacy provider is not installed");
    // Nothing before this test needs the legacy provider, so opening the file proves that the
    // parser loads it on demand.
    QVERIFY(!OSSL_PROVIDER_available(nullptr, "legacy"));
    QVERIFY(looksLikePkcs12(legacy));
    QCOMPARE(parseContainer(legacy).error().code, ErrorCode::PasswordRequired);
    QCOMPARE(parseContainer(legacy, QStringLiteral("nope")).error().code, ErrorCode::WrongPassword);
    const auto parsed = parseContainer(legacy, QStringLiteral("legacy"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(sha256s(parsed->certificates), sha256s({m_leaf.der}));
    QVERIFY(parsed->privateKey);
    QVERIFY(OSSL_PROVIDER_available(nullptr, "legacy"));
}

void TestCertificateParser::looksLikePkcs12Sniffing()
{
    QVERIFY(looksLikePkcs12(toPkcs12(m_leaf, {}, QStringLiteral("pw"))));
    QVERIFY(!looksLikePkcs12(m_leaf.der));
    QVERIFY(!looksLikePkcs12(toPem(m_leaf.der)));
    QVERIFY(!looksLikePkcs12(toPkcs7({m_leaf.der}, Pkcs7Encoding::Der)));
    QVERIFY(!looksLikePkcs12(QByteArray()));
    QVERIFY(!looksLikePkcs12(toPkcs12(m_leaf, {}, QStringLiteral("pw")).chopped(10)));
}

void TestCertificateParser::chainOrder_data()
{
    // Indexes into {leaf, intermediate, root, otherLeaf, unrelatedRoot}.
    QTest::addColumn<QList<int>>("input");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("leaf first") << QList<int>{0, 1, 2} << QList<int>{0, 1, 2};
    QTest::newRow("root first") << QList<int>{2, 1, 0} << QList<int>{0, 1, 2};
    QTest::newRow("shuffled 1") << QList<int>{1, 2, 0} << QList<int>{0, 1, 2};
    QTest::newRow("shuffled 2") << QList<int>{2, 0, 1} << QList<int>{0, 1, 2};
    QTest::newRow("shuffled 3") << QList<int>{1, 0, 2} << QList<int>{0, 1, 2};
    QTest::newRow("two leaves share issuers") << QList<int>{0, 2, 1, 3} << QList<int>{0, 1, 2, 3};
    QTest::newRow("gap") << QList<int>{2, 0} << QList<int>{2, 0};
    QTest::newRow("unrelated") << QList<int>{4, 1, 0, 2} << QList<int>{4, 0, 1, 2};
    QTest::newRow("single") << QList<int>{2} << QList<int>{2};
    QTest::newRow("empty") << QList<int>{} << QList<int>{};
}

void TestCertificateParser::chainOrder()
{
    QFETCH(QList<int>, input);
    QFETCH(QList<int>, expected);
    const QList<QByteArray> all{m_leaf.der, m_intermediate.der, m_root.der, m_otherLeaf.der,
                                m_unrelatedRoot.der};
    QList<CertificateDetails> certs;
    for (int i : input)
        certs << details(all[i]);
    QList<QByteArray> ordered;
    for (int i : pki::chainOrder(certs))
        ordered << certs[i].der;
    QList<QByteArray> want;
    for (int i : expected)
        want << all[i];
    QCOMPARE(sha256s(ordered), sha256s(want));
}

void TestCertificateParser::chainOrderCycle()
{
    // A issued by B and B issued by A: each issued the other, so neither is a leaf.
    const QByteArray aByB = crossSign(m_crossA, m_crossB);
    const QByteArray bByA = crossSign(m_crossB, m_crossA);
    const QList<CertificateDetails> cycle{details(aByB), details(bByA)};
    const QList<int> order = pki::chainOrder(cycle);
    QCOMPARE(order.size(), 2);
    QVERIFY(order.contains(0) && order.contains(1));

    // A leaf under the cycle walks into it and stops when it comes round.
    const TestCertificate leaf = makeLeaf(m_crossA, QStringLiteral("under a cycle"));
    const QList<CertificateDetails> withLeaf{details(bByA), details(leaf.der), details(aByB)};
    QCOMPARE(pki::chainOrder(withLeaf), (QList<int>{1, 2, 0}));

    // Duplicates of one certificate do not issue each other.
    const QList<CertificateDetails> dupes{details(m_leaf.der), details(m_leaf.der)};
    QCOMPARE(pki::chainOrder(dupes), (QList<int>{0, 1}));
}

void TestCertificateParser::issuerChainWalk()
{
    const CertificateDetails leaf = details(m_leaf.der);
    const CertificateDetails inter = details(m_intermediate.der);
    const CertificateDetails root = details(m_root.der);
    const CertificateDetails unrelated = details(m_unrelatedRoot.der);

    QCOMPARE(sha256s(issuerChain(leaf, {root, unrelated, inter, leaf})),
             (QStringList{inter.sha256, root.sha256}));
    QCOMPARE(sha256s(issuerChain(leaf, {inter})), QStringList{inter.sha256});
    QVERIFY(issuerChain(leaf, {root}).isEmpty());
    QVERIFY(issuerChain(leaf, {}).isEmpty());
    QVERIFY(issuerChain(root, {root, inter}).isEmpty());
    QCOMPARE(sha256s(issuerChain(inter, {leaf, root})), QStringList{root.sha256});
}

void TestCertificateParser::issuerChainSkipsNameOnlyMatch()
{
    // Same subject name as the real intermediate, different key: the name matches, nothing else.
    const TestCa impostor = makeIntermediateCa(m_root, QStringLiteral("CertDesk Test Intermediate"));
    const CertificateDetails leaf = details(m_leaf.der);
    const QList<CertificateDetails> pool{details(impostor.der), details(m_intermediate.der)};
    QCOMPARE(pool[0].subject, pool[1].subject);
    QCOMPARE(sha256s(issuerChain(leaf, pool)), QStringList{pool[1].sha256});
    QCOMPARE(pki::chainOrder({pool[0], leaf, pool[1]}), (QList<int>{0, 1, 2}));
}

void TestCertificateParser::issuerChainCycle()
{
    const CertificateDetails aByB = details(crossSign(m_crossA, m_crossB));
    const CertificateDetails bByA = details(crossSign(m_crossB, m_crossA));
    QCOMPARE(sha256s(issuerChain(aByB, {bByA, aByB})), QStringList{bByA.sha256});
}

void TestCertificateParser::brokenInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    const int generic = int(ErrorCode::Generic);
    const QByteArray pem = toPem(m_leaf.der);
    const QByteArray der = m_leaf.der;
    const QByteArray p12 = toPkcs12(m_leaf, {}, QStringLiteral("correct horse"));

    QByteArray random = randomBytes(512, 42);
    random[0] = 0x17;
    QByteArray random30 = randomBytes(512, 43);
    random30[0] = 0x30;
    QByteArray badBase64 = pem;
    badBase64.replace(40, 8, "!!!!!!!!");
    QByteArray missingLine = pem;
    missingLine.remove(pem.indexOf('\n') + 1 + 65 * 3, 65);

    QTest::newRow("empty") << QByteArray() << false << QString() << generic << "empty";
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << false << QString() << generic << "empty";
    QTest::newRow("random bytes") << random << false << QString() << generic << "not a certificate";
    QTest::newRow("random bytes starting 0x30") << random30 << false << QString() << generic << "";
    QTest::newRow("text") << QByteArray("hello, this is not a certificate\n") << false << QString() << generic
                          << "not a certificate";
    QTest::newRow("truncated PEM") << pem.left(pem.size() / 2) << false << QString() << generic
                                   << "truncated or corrupt";
    QTest::newRow("PEM without END line")
        << pem.left(pem.indexOf("-----END")) << false << QString() << generic << "truncated or corrupt";
    QTest::newRow("PEM bad base64") << badBase64 << false << QString() << generic << "corrupt";
    QTest::newRow("PEM missing a line") << missingLine << false << QString() << generic << "corrupt";
    QTest::newRow("bundle with one truncated block") << toPem(m_root.der) + pem.left(pem.size() - 40) << false
                                                     << QString() << generic << "truncated or corrupt";
    QTest::newRow("truncated DER") << der.left(der.size() / 2) << false << QString() << generic
                                   << "truncated or corrupt";
    QTest::newRow("DER one byte short") << der.chopped(1) << false << QString() << generic << "truncated";
    QTest::newRow("DER with trailing garbage")
        << der + QByteArray("garbage") << false << QString() << generic << "unexpected bytes";
    QTest::newRow("PEM private key only") << privateKeyPem(m_leaf) << false << QString() << generic
                                          << "holds no certificate: it is a private key";
    QTest::newRow("DER private key only") << m_leaf.keyPkcs8.bytes() << false << QString() << generic
                                          << "holds no certificate: it is a private key";
    QTest::newRow("PEM CSR only") << csrPem(m_leaf, QStringLiteral("csr")) << false << QString() << generic
                                  << "certificate signing request";
    QTest::newRow("PEM public key only") << pemBlock("PUBLIC KEY", m_leaf.publicKeyDer) << false << QString()
                                         << generic << "it is a public key";
    QTest::newRow("DER public key only")
        << m_leaf.publicKeyDer << false << QString() << generic << "it is a public key";
    QTest::newRow("PEM unknown label")
        << pemBlock("FOO BAR", "xyz") << false << QString() << generic << "FOO BAR";
    QTest::newRow("empty P7B") << toPkcs7({}, Pkcs7Encoding::Der) << false << QString() << generic
                               << "holds no certificate";
    QTest::newRow("P12 without password")
        << p12 << false << QString() << int(ErrorCode::PasswordRequired) << "protected by a password";
    QTest::newRow("P12 wrong password") << p12 << true << QStringLiteral("battery staple")
                                        << int(ErrorCode::WrongPassword) << "The PKCS#12 password is wrong.";
    QTest::newRow("P12 empty password given")
        << p12 << true << QString() << int(ErrorCode::WrongPassword) << "password is wrong";
    QTest::newRow("P12 truncated") << p12.left(p12.size() - 30) << true << QStringLiteral("correct horse")
                                   << generic << "truncated";
}

void TestCertificateParser::brokenInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, hasPassword);
    QFETCH(QString, password);
    QFETCH(int, code);
    QFETCH(QString, messagePart);

    const auto parsed = parseContainer(data, hasPassword ? std::optional<QString>(password) : std::nullopt);
    QVERIFY2(!parsed.ok(), "broken input was accepted");
    const Error &error = parsed.error();
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.message.endsWith(u'.'));
    if (!password.isEmpty()) {
        QVERIFY(!error.message.contains(password));
        QVERIFY(!error.detail.contains(password));
    }
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificateParser::errorQueueLeftEmpty()
{
    QVERIFY(!parseContainer(QByteArray("\x30\x82\x05\x00", 4)).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
    QVERIFY(!parseCertificateDer(QByteArray("\x30\x03\x02\x01\x01", 5)).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
    QVERIFY(parseContainer(toPem(m_leaf.der)).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
    QVERIFY(publicKeySha256(CertificateDetails()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCertificateParser)
#include "tst_certificateparser.moc"
