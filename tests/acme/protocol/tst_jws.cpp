// SPDX-License-Identifier: GPL-3.0-or-later
// The JWS helpers and base64url decoding are private to the ACME protocol library; this test
// reaches them through their headers.
#include "connectors/issuer/acme/protocol/base64url.h"
#include "connectors/issuer/acme/protocol/jws.h"
#include "tests/acme/protocol/signatureverifier.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::acmetest;

namespace {

AccountKey newKey()
{
    Result<AccountKey> key = AccountKey::generate();
    if (!key)
        qFatal("%s", qPrintable(key.error().fullText()));
    return *key;
}

QByteArray decodePart(const QJsonObject &jws, const char *member)
{
    return QByteArray::fromBase64(jws.value(QLatin1String(member)).toString().toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
}

QJsonObject decodeObject(const QJsonObject &jws, const char *member)
{
    return QJsonDocument::fromJson(decodePart(jws, member)).object();
}

/// The JWS signing input: protected "." payload (RFC 7515 section 5.1).
QByteArray signingInput(const QJsonObject &jws)
{
    return jws.value(u"protected").toString().toLatin1() + '.' + jws.value(u"payload").toString().toLatin1();
}

} // namespace

/// Flattened JWS for ACME requests (RFC 8555 section 6.2), External Account Binding (section
/// 7.3.4), the key change's inner JWS (section 7.3.5), and base64url decoding.
class TestJws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64UrlDecoding_data();
    void base64UrlDecoding();
    void requestWithKid();
    void newAccountRequestCarriesJwk();
    void postAsGetHasEmptyPayload();
    void externalAccountBinding_data();
    void externalAccountBinding();
    void externalAccountBindingRefusesBadKeys_data();
    void externalAccountBindingRefusesBadKeys();
    void keyChange();
};

void TestJws::base64UrlDecoding_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("unpadded") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("padded") << QByteArray("-_8=") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("two pads") << QByteArray("AQ==") << true << QByteArray("\x01", 1);
    QTest::newRow("one of two pads") << QByteArray("AQ=") << false << QByteArray();
    QTest::newRow("standard alphabet") << QByteArray("+/8=") << false << QByteArray();
    QTest::newRow("inner space") << QByteArray("AQ ID") << false << QByteArray();
    QTest::newRow("length 4n+1") << QByteArray("AQIDB") << false << QByteArray();
    QTest::newRow("three pads") << QByteArray("A===") << false << QByteArray();
    QTest::newRow("pad inside") << QByteArray("AQ=D") << false << QByteArray();
}

void TestJws::base64UrlDecoding()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    const std::optional<QByteArray> decoded = decodeBase64Url(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, bytes);
}

void TestJws::requestWithKid()
{
    const AccountKey key = newKey();
    QJsonObject payload;
    payload.insert(u"csr", QStringLiteral("MIIB"));
    const Result<QJsonObject> jws =
        signJws(key,
                acmeProtectedHeader(key, QStringLiteral("https://ca.example/finalize/1"),
                                    QStringLiteral("nonce-1"), QStringLiteral("https://ca.example/acct/7")),
                payload);
    QVERIFY2(jws.ok(), qPrintable(jws.error().fullText()));
    QCOMPARE(jws->keys(), (QStringList{QStringLiteral("payload"), QStringLiteral("protected"),
                                       QStringLiteral("signature")}));
    const QJsonObject header = decodeObject(*jws, "protected");
    QCOMPARE(header.value(u"alg").toString(), QStringLiteral("ES256"));
    QCOMPARE(header.value(u"nonce").toString(), QStringLiteral("nonce-1"));
    QCOMPARE(header.value(u"url").toString(), QStringLiteral("https://ca.example/finalize/1"));
    QCOMPARE(header.value(u"kid").toString(), QStringLiteral("https://ca.example/acct/7"));
    QVERIFY(!header.contains(u"jwk"));
    QCOMPARE(decodeObject(*jws, "payload"), payload);
    QVERIFY(verifySignature(key.toPem(), "SHA256", signingInput(*jws), decodePart(*jws, "signature"), true));
    // No padding anywhere (RFC 7515 section 2).
    for (const QString &member : jws->keys())
        QVERIFY(!jws->value(member).toString().contains(u'='));
}

void TestJws::newAccountRequestCarriesJwk()
{
    const AccountKey key = newKey();
    const Result<QJsonObject> jws = signJws(
        key,
        acmeProtectedHeader(key, QStringLiteral("https://ca.example/new-account"), QStringLiteral("n"), {}),
        QJsonObject{{QStringLiteral("termsOfServiceAgreed"), true}});
    QVERIFY(jws.ok());
    const QJsonObject header = decodeObject(*jws, "protected");
    QCOMPARE(header.value(u"jwk").toObject(), key.jwk());
    QVERIFY(!header.contains(u"kid"));
}

void TestJws::postAsGetHasEmptyPayload()
{
    const AccountKey key = newKey();
    const Result<QJsonObject> jws =
        signJws(key,
                acmeProtectedHeader(key, QStringLiteral("https://ca.example/order/1"), QStringLiteral("n"),
                                    QStringLiteral("k")),
                PostAsGet);
    QVERIFY(jws.ok());
    QCOMPARE(jws->value(u"payload").toString(), QString()); // "" and not "e30" ({})
    const QByteArray body = compactJson(*jws);
    QVERIFY2(body.contains("\"payload\":\"\""), body.constData());
}

void TestJws::externalAccountBinding_data()
{
    QTest::addColumn<QString>("hmacKey");
    const QByteArray bytes = QByteArray::fromHex("00ff10ee20dd30cc40bb50aa60997088");
    QTest::newRow("unpadded") << QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("padded") << QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

void TestJws::externalAccountBinding()
{
    QFETCH(QString, hmacKey);
    const QByteArray keyBytes = QByteArray::fromHex("00ff10ee20dd30cc40bb50aa60997088");
    const AccountKey accountKey = newKey();
    const Result<QJsonObject> binding = externalAccountBindingJws(
        ExternalAccountBinding{QStringLiteral("kid-9"), pki::SecureBytes(hmacKey.toUtf8())}, accountKey,
        QStringLiteral("https://ca.example/new-account"));
    QVERIFY2(binding.ok(), qPrintable(binding.error().fullText()));
    const QJsonObject header = decodeObject(*binding, "protected");
    QCOMPARE(header.value(u"alg").toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(u"kid").toString(), QStringLiteral("kid-9"));
    QCOMPARE(header.value(u"url").toString(), QStringLiteral("https://ca.example/new-account"));
    QVERIFY(!header.contains(u"nonce")); // RFC 8555 section 7.3.4: no nonce
    QCOMPARE(decodeObject(*binding, "payload"), accountKey.jwk());
    // The MAC, computed independently by Qt.
    const QByteArray expected =
        QMessageAuthenticationCode::hash(signingInput(*binding), keyBytes, QCryptographicHash::Sha256);
    QCOMPARE(decodePart(*binding, "signature"), expected);
}

void TestJws::externalAccountBindingRefusesBadKeys_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("hmacKey");
    QTest::addColumn<QString>("message");
    const QString notBase64Url =
        QStringLiteral("The EAB HMAC key is not base64url text (letters, digits, '-' and '_', optionally "
                       "with '=' at the end). Copy it "
                       "again from the CA's account page, completely and without spaces.");
    QTest::newRow("standard base64") << QStringLiteral("kid") << QStringLiteral("ab+/cd==") << notBase64Url;
    QTest::newRow("hex with colons") << QStringLiteral("kid") << QStringLiteral("00:ff:10") << notBase64Url;
    QTest::newRow("empty key") << QStringLiteral("kid") << QStringLiteral("  ")
                               << QStringLiteral(
                                      "The EAB HMAC key is empty. Enter the HMAC key from the CA's account "
                                      "page.");
    QTest::newRow("empty key ID") << QStringLiteral(" ") << QStringLiteral("AQID")
                                  << QStringLiteral(
                                         "The EAB key ID is empty. Enter the key ID from the CA's account "
                                         "page.");
}

void TestJws::externalAccountBindingRefusesBadKeys()
{
    QFETCH(QString, keyId);
    QFETCH(QString, hmacKey);
    QFETCH(QString, message);
    const Result<QJsonObject> binding =
        externalAccountBindingJws(ExternalAccountBinding{keyId, pki::SecureBytes(hmacKey.toUtf8())}, newKey(),
                                  QStringLiteral("https://x/n"));
    QVERIFY(!binding.ok());
    QCOMPARE(binding.error().message, message);
    QCOMPARE(binding.error().code, ErrorCode::InvalidInput);
    QVERIFY(binding.error().detail.isEmpty());
}

void TestJws::keyChange()
{
    const AccountKey oldKey = newKey();
    const Result<AccountKey> newKey = AccountKey::generate(AccountKey::Algorithm::EcP384);
    QVERIFY(newKey.ok());
    const Result<QJsonObject> inner =
        keyChangeJws(*newKey, oldKey, QStringLiteral("https://ca.example/acct/7"),
                     QStringLiteral("https://ca.example/key-change"));
    QVERIFY2(inner.ok(), qPrintable(inner.error().fullText()));
    const QJsonObject header = decodeObject(*inner, "protected");
    QCOMPARE(header.value(u"alg").toString(), QStringLiteral("ES384"));
    QCOMPARE(header.value(u"jwk").toObject(), newKey->jwk());
    QCOMPARE(header.value(u"url").toString(), QStringLiteral("https://ca.example/key-change"));
    QVERIFY(!header.contains(u"nonce"));
    QVERIFY(!header.contains(u"kid"));
    const QJsonObject payload = decodeObject(*inner, "payload");
    QCOMPARE(payload.value(u"account").toString(), QStringLiteral("https://ca.example/acct/7"));
    QCOMPARE(payload.value(u"oldKey").toObject(), oldKey.jwk());
    QVERIFY(verifySignature(newKey->toPem(), "SHA384", signingInput(*inner), decodePart(*inner, "signature"),
                            true));
    QVERIFY(!verifySignature(oldKey.toPem(), "SHA256", signingInput(*inner), decodePart(*inner, "signature"),
                             true));
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
