// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/certificateid.h"
#include "connectors/pki/certificateparser.h"
#include "tests/support/testcertificates.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;

namespace {

/// RFC 9773 Appendix A: the example end-entity certificate (its validity dates are in the year 1).
const QByteArray Rfc9773ExampleCertificate =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBQzCB66ADAgECAgUAh2VDITAKBggqhkjOPQQDAjAVMRMwEQYDVQQDEwpFeGFt\n"
    "cGxlIENBMCIYDzAwMDEwMTAxMDAwMDAwWhgPMDAwMTAxMDEwMDAwMDBaMBYxFDAS\n"
    "BgNVBAMTC2V4YW1wbGUuY29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEeBZu\n"
    "7cbpAYNXZLbbh8rNIzuOoqOOtmxA1v7cRm//AwyMwWxyHz4zfwmBhcSrf47NUAFf\n"
    "qzLQ2PPQxdTXREYEnKMjMCEwHwYDVR0jBBgwFoAUaYhba4dGQEHhs3uEe6CuLN4B\n"
    "yNQwCgYIKoZIzj0EAwIDRwAwRAIge09+S5TZAlw5tgtiVvuERV6cT4mfutXIlwTb\n"
    "+FYN/8oCIClDsqBklhB9KAelFiYt9+6FDj3z4KGVelYM5MdsO3pK\n"
    "-----END CERTIFICATE-----\n";

QByteArray derOf(const QByteArray &pem)
{
    QByteArray base64 = pem;
    base64.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "");
    return QByteArray::fromBase64(base64.simplified().replace(' ', ""));
}

/// A leaf issued by `ca` with the given serial number.
QByteArray leafWithSerial(const TestCa &ca, const QByteArray &serial)
{
    pki::CertificateRequest request;
    request.subject = testSubject(QStringLiteral("ari.example.org"));
    request.subjectAltNames = {QStringLiteral("DNS:ari.example.org")};
    request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-60);
    request.notAfter = request.notBefore.addDays(7);
    request.serial = serial;
    const TestCertificate leaf = issue(&ca, request, pki::KeyAlgorithm::EcP256);
    return leaf.der;
}

} // namespace

/// The ARI certificate identifier (RFC 9773 section 4.1): RFC 9773's own example, and certificates
/// made here whose serial numbers need (or do not need) a leading zero byte.
class TestCertificateId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc9773ExampleParts();
    void rfc9773ExampleCertificate();
    void certificatesMadeHere_data();
    void certificatesMadeHere();
    void certificateWithoutAuthorityKeyIdentifier();
    void notACertificate();
};

void TestCertificateId::rfc9773ExampleParts()
{
    // Section 4.1: AKI keyIdentifier 69:88:5B:..., serial DER content 00:87:65:43:21.
    QCOMPARE(certificateIdFromParts(QByteArray::fromHex("69885B6B87464041E1B37B847BA0AE2CDE01C8D4"),
                                    QByteArray::fromHex("0087654321")),
             QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"));
}

void TestCertificateId::rfc9773ExampleCertificate()
{
    const Result<QString> id = certificateId(derOf(Rfc9773ExampleCertificate));
    QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
    QCOMPARE(*id, QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"));
}

void TestCertificateId::certificatesMadeHere_data()
{
    QTest::addColumn<QByteArray>("serial");
    QTest::addColumn<QString>("serialPart");
    QTest::newRow("top bit set: leading zero") << QByteArray::fromHex("800102") << QStringLiteral("AIABAg");
    QTest::newRow("top bit clear") << QByteArray::fromHex("010203") << QStringLiteral("AQID");
    QTest::newRow("one byte") << QByteArray::fromHex("7f") << QStringLiteral("fw");
    QTest::newRow("twenty bytes") << QByteArray::fromHex("7fffffffffffffffffffffffffffffffffffffff")
                                  << QStringLiteral("f_________________________8");
}

void TestCertificateId::certificatesMadeHere()
{
    QFETCH(QByteArray, serial);
    QFETCH(QString, serialPart);
    const TestCa ca = makeSelfSignedCa(QStringLiteral("ARI Test CA"));
    const QByteArray leaf = leafWithSerial(ca, serial);
    // The AKI of the leaf is the CA's subject key identifier, as the parser shows it.
    const Result<domain::CertificateDetails> caDetails = pki::parseCertificateDer(ca.der);
    QVERIFY(caDetails.ok());
    const QByteArray keyId = QByteArray::fromHex(caDetails->subjectKeyId.toLatin1().replace(':', ""));
    QCOMPARE(keyId.size(), 20);
    const QString keyPart =
        QString::fromLatin1(keyId.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    const Result<QString> id = certificateId(leaf);
    QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
    QCOMPARE(*id, keyPart + u'.' + serialPart);
}

void TestCertificateId::certificateWithoutAuthorityKeyIdentifier()
{
    const TestCa selfSigned = makeSelfSignedCa(QStringLiteral("No AKI"));
    const Result<QString> id = certificateId(selfSigned.der);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().message,
             QStringLiteral("The certificate has no authority key identifier, so the CA cannot give "
                            "renewal information (ARI) for it."));
    QCOMPARE(id.error().code, ErrorCode::InvalidInput);
}

void TestCertificateId::notACertificate()
{
    const Result<QString> id = certificateId(QByteArray::fromHex("3003020101"));
    QVERIFY(!id.ok());
    QVERIFY(
        id.error().message.startsWith(QStringLiteral("The renewal information ID could not be computed")));
    QVERIFY(!certificateId({}).ok());
}

QTEST_GUILESS_MAIN(TestCertificateId)
#include "tst_certificateid.moc"
