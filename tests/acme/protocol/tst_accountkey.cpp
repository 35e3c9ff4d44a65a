// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/accountkey.h"
#include "connectors/issuer/acme/protocol/jwk.h"
#include "connectors/pki/keygenerator.h"
#include "tests/acme/protocol/signatureverifier.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::acmetest;

Q_DECLARE_METATYPE(certdesk::issuer::acme::AccountKey::Algorithm)

namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

pki::SecureBytes pemOf(EVP_PKEY *key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return pki::SecureBytes(QByteArray(data, length));
}

QByteArray base64UrlDecode(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

} // namespace

/// AccountKey (generation, PEM, JWK, thumbprint, JWS signatures checked with OpenSSL), the
/// RFC 7638 thumbprint and the dns-01 TXT value.
class TestAccountKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedKeysSignVerifiably_data();
    void generatedKeysSignVerifiably();
    void pemRoundTrip();
    void readsTraditionalEcPem();
    void readsPkcs8FromConnectorsPki();
    void refusesUnsuitableKeys_data();
    void refusesUnsuitableKeys();
    void refusesGarbageWithoutQuotingIt();
    void rfc7638Thumbprint();
    void thumbprintOfAnEcKeyIsOfItsJwk();
    void keyAuthorizationAndDns01Value();
    void nullKey();
};

void TestAccountKey::generatedKeysSignVerifiably_data()
{
    QTest::addColumn<AccountKey::Algorithm>("algorithm");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<int>("coordinateBytes");
    QTest::newRow("P-256") << AccountKey::Algorithm::EcP256 << QStringLiteral("ES256")
                           << QStringLiteral("SHA256") << 32;
    QTest::newRow("P-384") << AccountKey::Algorithm::EcP384 << QStringLiteral("ES384")
                           << QStringLiteral("SHA384") << 48;
    QTest::newRow("RSA 2048") << AccountKey::Algorithm::Rsa2048 << QStringLiteral("RS256")
                              << QStringLiteral("SHA256") << 0;
}

void TestAccountKey::generatedKeysSignVerifiably()
{
    QFETCH(AccountKey::Algorithm, algorithm);
    QFETCH(QString, alg);
    QFETCH(QString, digest);
    QFETCH(int, coordinateBytes);
    const Result<AccountKey> key = AccountKey::generate(algorithm);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->jwsAlgorithm(), alg);
    const QJsonObject jwk = key->jwk();
    if (coordinateBytes) {
        QCOMPARE(jwk.keys(), (QStringList{QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                                          QStringLiteral("y")}));
        QCOMPARE(jwk.value(u"kty").toString(), QStringLiteral("EC"));
        QCOMPARE(base64UrlDecode(jwk.value(u"x").toString()).size(), coordinateBytes);
        QCOMPARE(base64UrlDecode(jwk.value(u"y").toString()).size(), coordinateBytes);
    } else {
        QCOMPARE(jwk.keys(), (QStringList{QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")}));
        QCOMPARE(jwk.value(u"e").toString(), QStringLiteral("AQAB"));
        QCOMPARE(base64UrlDecode(jwk.value(u"n").toString()).size(), 256);
    }

    const pki::SecureBytes pem = key->toPem();
    // Several signatures: a fixed-length R || S must also come out right when R or S is short.
    for (int i = 0; i < 20; ++i) {
        const QByteArray input = "eyJhbGciOiJFUzI1NiJ9." + QByteArray::number(i);
        const Result<QByteArray> signature = key->sign(input);
        QVERIFY2(signature.ok(), qPrintable(signature.error().fullText()));
        if (coordinateBytes)
            QCOMPARE(signature->size(), 2 * coordinateBytes);
        else
            QCOMPARE(signature->size(), 256);
        QVERIFY(verifySignature(pem, qPrintable(digest), input, *signature, coordinateBytes != 0));
        QVERIFY(!verifySignature(pem, qPrintable(digest), input + 'x', *signature, coordinateBytes != 0));
    }
}

void TestAccountKey::pemRoundTrip()
{
    const Result<AccountKey> key = AccountKey::generate();
    QVERIFY(key.ok());
    const pki::SecureBytes pem = key->toPem();
    QVERIFY(pem.bytes().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    const Result<AccountKey> restored = AccountKey::fromPem(pem);
    QVERIFY2(restored.ok(), qPrintable(restored.error().fullText()));
    QVERIFY(*restored == *key);
    QCOMPARE(restored->thumbprint(), key->thumbprint());
    QCOMPARE(restored->jwk(), key->jwk());
    const Result<AccountKey> other = AccountKey::generate();
    QVERIFY(!(*other == *key));
}

void TestAccountKey::readsTraditionalEcPem()
{
    // "EC PRIVATE KEY" (SEC 1), as `openssl ecparam -genkey` and older clients write it.
    PkeyPtr raw(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    QVERIFY(PEM_write_bio_PrivateKey_traditional(bio.get(), raw.get(), nullptr, nullptr, 0, nullptr,
                                                 nullptr) == 1);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    const pki::SecureBytes pem(QByteArray(data, length));
    QVERIFY(pem.bytes().startsWith("-----BEGIN EC PRIVATE KEY-----"));
    const Result<AccountKey> key = AccountKey::fromPem(pem);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->jwsAlgorithm(), QStringLiteral("ES256"));
    const Result<AccountKey> fromPkcs8 = AccountKey::fromPem(pemOf(raw.get()));
    QVERIFY(fromPkcs8.ok());
    QVERIFY(*fromPkcs8 == *key);
}

void TestAccountKey::readsPkcs8FromConnectorsPki()
{
    const Result<pki::GeneratedKey> generated = pki::generateKey(pki::KeyAlgorithm::EcP384);
    QVERIFY(generated.ok());
    const Result<AccountKey> key = AccountKey::fromPkcs8(generated->pkcs8Der);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->jwsAlgorithm(), QStringLiteral("ES384"));
}

void TestAccountKey::refusesUnsuitableKeys_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("message");
    QTest::newRow("Ed25519") << QByteArray("ED25519") << QByteArray()
                             << QStringLiteral(
                                    "The ACME account key is of type Ed25519; ACME account keys must be EC "
                                    "P-256, EC P-384 or RSA.");
    QTest::newRow("P-521") << QByteArray("EC") << QByteArray("P-521")
                           << QStringLiteral(
                                  "The ACME account key uses the elliptic curve secp521r1; ACME account "
                                  "keys must be EC P-256, EC P-384 or RSA.");
    QTest::newRow("RSA 1024") << QByteArray("RSA") << QByteArray("1024")
                              << QStringLiteral(
                                     "The ACME account key is an RSA key of 1024 bits; CAs require at "
                                     "least 2048.");
}

void TestAccountKey::refusesUnsuitableKeys()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, message);
    EVP_PKEY *raw = nullptr;
    if (type == "RSA")
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(parameter.toUInt()));
    else if (type == "EC")
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", parameter.constData());
    else
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, type.constData());
    PkeyPtr key(raw, &EVP_PKEY_free);
    QVERIFY(key);
    const Result<AccountKey> account = AccountKey::fromPem(pemOf(key.get()));
    QVERIFY(!account.ok());
    QCOMPARE(account.error().message, message);
    QCOMPARE(account.error().code, ErrorCode::InvalidInput);
}

void TestAccountKey::refusesGarbageWithoutQuotingIt()
{
    const Result<AccountKey> garbage =
        AccountKey::fromPem(pki::SecureBytes(QByteArray("-----BEGIN PRIVATE KEY-----\n"
                                                        "c2VjcmV0c2VjcmV0\n"
                                                        "-----END PRIVATE KEY-----\n")));
    QVERIFY(!garbage.ok());
    QVERIFY2(garbage.error().message.startsWith(QStringLiteral("The ACME account key could not be read")),
             qPrintable(garbage.error().fullText()));
    QVERIFY(!garbage.error().fullText().contains(QStringLiteral("c2VjcmV0c2VjcmV0")));
    QVERIFY(!AccountKey::fromPkcs8(pki::SecureBytes(QByteArray("not DER"))).ok());
}

void TestAccountKey::rfc7638Thumbprint()
{
    // RFC 7638 section 3.1.
    QJsonObject jwk;
    jwk.insert(u"kty", QStringLiteral("RSA"));
    jwk.insert(u"n", QStringLiteral("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aP"
                                    "FFxuhDR1L6tSoc_BJECPebWKRXjBZ"
                                    "CiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-"
                                    "65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8K"
                                    "JZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
                                    "bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_x"
                                    "BniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"));
    jwk.insert(u"e", QStringLiteral("AQAB"));
    jwk.insert(u"alg", QStringLiteral("RS256")); // not a required member: left out of the thumbprint
    jwk.insert(u"kid", QStringLiteral("2011-04-29"));
    QCOMPARE(jwkThumbprint(jwk), QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));

    jwk.remove(u"e");
    QVERIFY(jwkThumbprint(jwk).isEmpty());
    QJsonObject symmetric;
    symmetric.insert(u"kty", QStringLiteral("oct"));
    symmetric.insert(u"k", QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    QVERIFY(jwkThumbprint(symmetric).isEmpty());
}

void TestAccountKey::thumbprintOfAnEcKeyIsOfItsJwk()
{
    const Result<AccountKey> key = AccountKey::generate();
    QVERIFY(key.ok());
    const QJsonObject jwk = key->jwk();
    // The canonical form written out by hand, hashed by Qt.
    const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" +
                                 jwk.value(u"x").toString().toLatin1() + "\",\"y\":\"" +
                                 jwk.value(u"y").toString().toLatin1() + "\"}";
    const QByteArray expected = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(key->thumbprint(), expected);
    QCOMPARE(jwkThumbprint(jwk), expected);
}

void TestAccountKey::keyAuthorizationAndDns01Value()
{
    // RFC 8555 section 8.1 with the RFC 7638 example key's thumbprint; the TXT value was computed
    // with Python's hashlib: base64url(sha256(keyAuthorization)).
    const QString token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
    const QString keyAuthorization = token + QStringLiteral(".NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    QCOMPARE(dns01TxtValue(keyAuthorization), QStringLiteral("ZTRx1Ckl1-tM05o5zaizTTA0yUy5AGereMgSNWC6Ll8"));

    const Result<AccountKey> key = AccountKey::generate();
    QVERIFY(key.ok());
    QCOMPARE(key->keyAuthorization(token), token + u'.' + QString::fromLatin1(key->thumbprint()));
}

void TestAccountKey::nullKey()
{
    const AccountKey key;
    QVERIFY(key.isNull());
    QVERIFY(key.toPem().isEmpty());
    QVERIFY(key.jwk().isEmpty());
    QVERIFY(!key.sign("x").ok());
    QVERIFY(key == AccountKey());
}

QTEST_GUILESS_MAIN(TestAccountKey)
#include "tst_accountkey.moc"
