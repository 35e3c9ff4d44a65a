// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/pkcs12writer.h"
#include "connectors/pki/symmetriccrypto.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QScopeGuard>
#include <QTest>

#include <map>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;
using domain::CertificateDetails;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

CertificateDetails details(const QByteArray &der)
{
    auto parsed = parseCertificateDer(der);
    if (!parsed)
        qFatal("test certificate does not parse: %s", qPrintable(parsed.error().fullText()));
    return parsed.value();
}

QStringList sha256s(const QList<CertificateDetails> &certs)
{
    QStringList out;
    for (const auto &c : certs)
        out << c.sha256;
    return out;
}

/// The algorithm NID an encrypted PKCS#12 part uses: the PBES2 cipher, or the PBE scheme itself.
int encryptionNid(const X509_ALGOR *alg)
{
    const ASN1_OBJECT *obj = nullptr;
    int paramType = 0;
    const void *param = nullptr;
    X509_ALGOR_get0(&obj, &paramType, &param, alg);
    if (OBJ_obj2nid(obj) != NID_pbes2 || paramType != V_ASN1_SEQUENCE)
        return OBJ_obj2nid(obj);
    const auto *seq = static_cast<const ASN1_STRING *>(param);
    const unsigned char *p = ASN1_STRING_get0_data(seq);
    PBE2PARAM *pbe2 = d2i_PBE2PARAM(nullptr, &p, ASN1_STRING_length(seq));
    if (!pbe2)
        return NID_undef;
    const int kdf = OBJ_obj2nid(pbe2->keyfunc->algorithm);
    const int cipher = OBJ_obj2nid(pbe2->encryption->algorithm);
    PBE2PARAM_free(pbe2);
    return kdf == NID_id_pbkdf2 ? cipher : NID_undef;
}

} // namespace

/// writePkcs12 round trips through parseContainer and uses OpenSSL 3's modern algorithms.
class TestPkcs12Writer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripWithKey_data();
    void roundTripWithKey();
    void roundTripWithoutKey();
    void modernAlgorithmsAndFriendlyName();
    void mismatchedKeyRefused();
    void emptyPasswordWithKeyRefused();
    void invalidInputRefused();

private:
    TestCa m_root;
    TestCa m_intermediate;
    TestCertificate m_leaf;
};

void TestPkcs12Writer::initTestCase()
{
    m_root = makeSelfSignedCa(QStringLiteral("P12 Root"));
    m_intermediate = makeIntermediateCa(m_root, QStringLiteral("P12 Intermediate"));
    m_leaf = makeLeaf(m_intermediate, QStringLiteral("p12.example.test"),
                      {QStringLiteral("DNS:p12.example.test")});
}

void TestPkcs12Writer::roundTripWithKey_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("keyName");
    QTest::newRow("EC P-256") << KeyAlgorithm::EcP256 << "EC";
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048 << "RSA";
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519 << "Ed25519";
}

void TestPkcs12Writer::roundTripWithKey()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, keyName);
    const TestCertificate leaf = makeLeaf(m_intermediate, QStringLiteral("rt"), {}, algorithm);
    const CertificateDetails cert = details(leaf.der);
    const QList<CertificateDetails> chain{details(m_intermediate.der), details(m_root.der)};
    const QString password = QStringLiteral("Pässwört 🔑");

    const auto written = writePkcs12(cert, chain, leaf.keyPkcs8, password, QStringLiteral("round trip"));
    QVERIFY2(written.ok(), qPrintable(written.error().fullText()));
    QVERIFY(looksLikePkcs12(*written));

    const auto parsed = parseContainer(*written, password);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(parsed->format, ContainerFormat::Pkcs12);
    QCOMPARE(sha256s(parsed->certificates), (QStringList{cert.sha256, chain[0].sha256, chain[1].sha256}));
    QVERIFY(parsed->privateKey);
    QCOMPARE(parsed->privateKey->algorithm, keyName);
    QCOMPARE(parsed->privateKey->publicKeySha256, publicKeySha256(cert));
    QCOMPARE(parsed->privateKey->publicKeySha256, sha256Hex(leaf.publicKeyDer));

    QCOMPARE(parseContainer(*written).error().code, ErrorCode::PasswordRequired);
    QCOMPARE(parseContainer(*written, QStringLiteral("wrong")).error().code, ErrorCode::WrongPassword);
}

void TestPkcs12Writer::roundTripWithoutKey()
{
    const CertificateDetails cert = details(m_leaf.der);
    const CertificateDetails inter = details(m_intermediate.der);

    const auto withPassword = writePkcs12(cert, {inter}, SecureBytes(), QStringLiteral("pw"), QString());
    QVERIFY2(withPassword.ok(), qPrintable(withPassword.error().fullText()));
    const auto parsed = parseContainer(*withPassword, QStringLiteral("pw"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(sha256s(parsed->certificates), (QStringList{cert.sha256, inter.sha256}));
    QVERIFY(!parsed->privateKey);

    const auto noPassword = writePkcs12(cert, {}, SecureBytes(), QString(), QStringLiteral("no key"));
    QVERIFY2(noPassword.ok(), qPrintable(noPassword.error().fullText()));
    const auto opened = parseContainer(*noPassword);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QCOMPARE(sha256s(opened->certificates), QStringList{cert.sha256});
}

void TestPkcs12Writer::modernAlgorithmsAndFriendlyName()
{
    const QString friendly = QStringLiteral("Web server – Ü");
    const auto written = writePkcs12(details(m_leaf.der), {details(m_root.der)}, m_leaf.keyPkcs8,
                                     QStringLiteral("pw"), friendly);
    QVERIFY2(written.ok(), qPrintable(written.error().fullText()));

    const auto *p = reinterpret_cast<const unsigned char *>(written->constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(written->size()));
    QVERIFY(p12);
    auto freeP12 = qScopeGuard([p12] { PKCS12_free(p12); });

    const X509_ALGOR *macAlg = nullptr;
    const ASN1_INTEGER *macIter = nullptr;
    PKCS12_get0_mac(nullptr, &macAlg, nullptr, &macIter, p12);
    QVERIFY(macAlg);
    const ASN1_OBJECT *macObj = nullptr;
    X509_ALGOR_get0(&macObj, nullptr, nullptr, macAlg);
    QCOMPARE(OBJ_obj2nid(macObj), NID_sha256);
    QVERIFY(macIter && ASN1_INTEGER_get(macIter) >= 2048);

    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
    QVERIFY(safes);
    auto freeSafes = qScopeGuard([safes] { sk_PKCS7_pop_free(safes, PKCS7_free); });
    int encryptedParts = 0;
    int shroudedKeys = 0;
    QStringList friendlyNames;
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
        if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted) {
            QCOMPARE(encryptionNid(safe->d.encrypted->enc_data->algorithm), NID_aes_256_cbc);
            ++encryptedParts;
            bags = PKCS12_unpack_p7encdata(safe, "pw", 2);
        } else {
            bags = PKCS12_unpack_p7data(safe);
        }
        QVERIFY(bags);
        for (int j = 0; j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
            const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
                const X509_ALGOR *keyAlg = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &keyAlg, nullptr);
                QCOMPARE(encryptionNid(keyAlg), NID_aes_256_cbc);
                ++shroudedKeys;
            }
            if (char *name = PKCS12_get_friendlyname(const_cast<PKCS12_SAFEBAG *>(bag))) {
                friendlyNames << QString::fromUtf8(name);
                OPENSSL_free(name);
            }
        }
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    QCOMPARE(encryptedParts, 1);
    QCOMPARE(shroudedKeys, 1);
    QVERIFY2(friendlyNames.contains(friendly), qPrintable(friendlyNames.join(u'|')));
    ERR_clear_error();
}

void TestPkcs12Writer::mismatchedKeyRefused()
{
    const TestCertificate other = makeLeaf(m_intermediate, QStringLiteral("other"));
    const auto written = writePkcs12(details(m_leaf.der), {}, other.keyPkcs8, QStringLiteral("pw"),
                                     QStringLiteral("mismatch"));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QLatin1String("does not belong")),
             qPrintable(written.error().message));
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPkcs12Writer::emptyPasswordWithKeyRefused()
{
    const auto written = writePkcs12(details(m_leaf.der), {}, m_leaf.keyPkcs8, QString(), QString());
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String("password")));
}

void TestPkcs12Writer::invalidInputRefused()
{
    QVERIFY(!writePkcs12(CertificateDetails(), {}, SecureBytes(), QStringLiteral("pw"), QString()).ok());
    CertificateDetails brokenChain;
    brokenChain.der = "not a certificate";
    QVERIFY(!writePkcs12(details(m_leaf.der), {brokenChain}, SecureBytes(), QStringLiteral("pw"), QString())
                 .ok());
    QVERIFY(!writePkcs12(details(m_leaf.der), {}, SecureBytes(QByteArray("not a key")), QStringLiteral("pw"),
                         QString())
                 .ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

QTEST_GUILESS_MAIN(TestPkcs12Writer)
#include "tst_pkcs12writer.moc"
