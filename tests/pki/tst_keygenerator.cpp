// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/keygenerator.h"

#include <openssl/core_names.h>
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

/// OpenSSL's own SubjectPublicKeyInfo encoding of a key (its encoder).
QByteArray opensslSpki(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    const QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char *>(der), len) : QByteArray();
    OPENSSL_free(der);
    return out;
}

/// OpenSSL's own PKCS#8 encoding of a private key (EVP_PKEY2PKCS8).
QByteArray opensslPkcs8(EVP_PKEY *key)
{
    PKCS8_PRIV_KEY_INFO *p8 = EVP_PKEY2PKCS8(key);
    unsigned char *der = nullptr;
    const int len = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8, &der) : 0;
    const QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char *>(der), len) : QByteArray();
    OPENSSL_clear_free(der, len > 0 ? size_t(len) : 0);
    PKCS8_PRIV_KEY_INFO_free(p8);
    return out;
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
    void keyPair();
    void compressedPointKeyKeepsItsEncoding();
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
    // Byte for byte what OpenSSL's own encoders write (CertDesk builds EC and EdDSA public keys
    // from the key's parameters, and writes PKCS#8 with one encoder): key hashes must match.
    QCOMPARE(key->publicKeyDer, opensslSpki(priv.get()));
    QCOMPARE(key->pkcs8Der.bytes(), opensslPkcs8(priv.get()));
}

void TestKeyGenerator::keysAreFresh()
{
    const auto a = generateKey(KeyAlgorithm::EcP256);
    const auto b = generateKey(KeyAlgorithm::EcP256);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->publicKeyDer != b->publicKeyDer);
    QVERIFY(a->pkcs8Der.bytes() != b->pkcs8Der.bytes());
}

void TestKeyGenerator::keyPair()
{
    QVERIFY(KeyPair().isNull());
    QVERIFY(KeyPair().toPkcs8().isEmpty());
    QVERIFY(KeyPair().publicKeyDer().isEmpty());
    QVERIFY(KeyPair().keyType().isEmpty());

    const auto pair = generateKeyPair(KeyAlgorithm::EcP384);
    QVERIFY2(pair.ok(), qPrintable(pair.error().fullText()));
    QVERIFY(!pair->isNull());
    QCOMPARE(pair->keyType(), QStringLiteral("EC"));
    const SecureBytes pkcs8 = pair->toPkcs8();
    const Pkey priv = decodePkcs8(pkcs8.bytes());
    QVERIFY(priv);
    QCOMPARE(pair->publicKeyDer(), opensslSpki(priv.get()));

    // Read back from PKCS#8: the same key; copies share it.
    const auto again = KeyPair::fromPkcs8(pkcs8);
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    const KeyPair copy = *again;
    QCOMPARE(copy.publicKeyDer(), pair->publicKeyDer());
    QCOMPARE(copy.toPkcs8().bytes(), pkcs8.bytes());
    QVERIFY(!KeyPair::fromPkcs8(SecureBytes(QByteArray("not a key"))).ok());
    QVERIFY(!KeyPair::fromPkcs8(SecureBytes()).ok());
}

void TestKeyGenerator::compressedPointKeyKeepsItsEncoding()
{
    // An EC key whose points are written compressed: its public key must come out as OpenSSL
    // writes it (compressed), not rebuilt from the (uncompressed) encoded point.
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    QVERIFY(key);
    QVERIFY(EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                           OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_COMPRESSED) == 1);
    const QByteArray pkcs8 = opensslPkcs8(key.get());
    const auto pair = KeyPair::fromPkcs8(SecureBytes(pkcs8));
    QVERIFY2(pair.ok(), qPrintable(pair.error().fullText()));
    const QByteArray spki = pair->publicKeyDer();
    QCOMPARE(spki, opensslSpki(key.get()));
    QCOMPARE(spki.size(), qsizetype(59)); // 26 bytes of structure and algorithm, 33-byte point
}

QTEST_GUILESS_MAIN(TestKeyGenerator)
#include "tst_keygenerator.moc"
