// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/keygenerator.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::pki;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

/// Decodes strictly as PKCS#8 PrivateKeyInfo (not the RSA/EC traditional forms).
Pkey decodePkcs8(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS8_PRIV_KEY_INFO *p8 = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(der.size()));
    if (!p8 || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        PKCS8_PRIV_KEY_INFO_free(p8);
        return {};
    }
    Pkey key(EVP_PKCS82PKEY(p8));
    PKCS8_PRIV_KEY_INFO_free(p8);
    return key;
}

Pkey decodeSpki(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    Pkey key(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return {};
    return key;
}

} // namespace

/// Key generation for every algorithm CertDesk offers, checked by decoding the output with OpenSSL.
class TestKeyGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_data();
    void generate();
    void keysAreFresh();
};

void TestKeyGenerator::generate_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("opensslType");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("name");
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048 << "RSA" << 2048 << "RSA 2048";
    QTest::newRow("RSA 3072") << KeyAlgorithm::Rsa3072 << "RSA" << 3072 << "RSA 3072";
    QTest::newRow("RSA 4096") << KeyAlgorithm::Rsa4096 << "RSA" << 4096 << "RSA 4096";
    QTest::newRow("EC P-256") << KeyAlgorithm::EcP256 << "EC" << 256 << "EC P-256";
    QTest::newRow("EC P-384") << KeyAlgorithm::EcP384 << "EC" << 384 << "EC P-384";
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519 << "ED25519" << 256 << "Ed25519";
}

void TestKeyGenerator::generate()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, opensslType);
    QFETCH(int, bits);
    QFETCH(QString, name);

    QCOMPARE(keyAlgorithmName(algorithm), name);
    const auto key = generateKey(algorithm);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->algorithm, algorithm);

    const Pkey priv = decodePkcs8(key->pkcs8Der.bytes());
    QVERIFY2(priv, "private key is not PKCS#8 DER");
    QVERIFY(EVP_PKEY_is_a(priv.get(), opensslType.toLatin1().constData()));
    QCOMPARE(EVP_PKEY_get_bits(priv.get()), bits);
    if (opensslType == QLatin1String("EC")) {
        char group[64] = {};
        size_t len = 0;
        QVERIFY(EVP_PKEY_get_utf8_string_param(priv.get(), "group", group, sizeof group, &len));
        QCOMPARE(QByteArray(group), bits == 256 ? QByteArray("prime256v1") : QByteArray("secp384r1"));
    }

    const Pkey pub = decodeSpki(key->publicKeyDer);
    QVERIFY2(pub, "public key is not SubjectPublicKeyInfo DER");
    QCOMPARE(EVP_PKEY_eq(pub.get(), priv.get()), 1);
}

void TestKeyGenerator::keysAreFresh()
{
    const auto a = generateKey(KeyAlgorithm::EcP256);
    const auto b = generateKey(KeyAlgorithm::EcP256);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->publicKeyDer != b->publicKeyDer);
    QVERIFY(a->pkcs8Der.bytes() != b->pkcs8Der.bytes());
}

QTEST_GUILESS_MAIN(TestKeyGenerator)
#include "tst_keygenerator.moc"
