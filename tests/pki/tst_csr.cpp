// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/crl.h"
#include "connectors/pki/csr.h"
#include "connectors/pki/keygenerator.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

const QString Subject = QStringLiteral("/C=DE/O=CSR Test/CN=www.example.test");

/// One SAN of every kind, IPv4 and IPv6, and a wildcard.
const QStringList AllSans = {
    QStringLiteral("DNS:www.example.test"),
    QStringLiteral("DNS:*.example.test"),
    QStringLiteral("IP:192.0.2.10"),
    QStringLiteral("IP:2001:db8::1"),
    QStringLiteral("email:admin@example.test"),
    QStringLiteral("URI:https://example.test/id"),
};

void addAlgorithmRows()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048;
    QTest::newRow("EC P-256") << KeyAlgorithm::EcP256;
    QTest::newRow("EC P-384") << KeyAlgorithm::EcP384;
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519;
}

} // namespace

/// createCsr and parseCsr, checked against `openssl req`.
class TestCsr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslVerifies_data();
    void opensslVerifies();
    void roundTrip_data();
    void roundTrip();
    void readsOpensslCsr();
    void tamperedSignatureFails_data();
    void tamperedSignatureFails();
    void emptySubjectMakesSanCritical();
    void invalidSans_data();
    void invalidSans();
    void badInputs();
    void requestHandle_data();
    void requestHandle();
    void decodedRequestHandle();

private:
    const GeneratedKey &key(KeyAlgorithm algorithm);
    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeFile(m_dir.path(), name, bytes);
    }

    QTemporaryDir m_dir;
    std::map<KeyAlgorithm, GeneratedKey> m_keys;
};

const GeneratedKey &TestCsr::key(KeyAlgorithm algorithm)
{
    auto it = m_keys.find(algorithm);
    if (it == m_keys.end()) {
        auto generated = generateKey(algorithm);
        if (!generated)
            qFatal("generateKey: %s", qPrintable(generated.error().fullText()));
        it = m_keys.emplace(algorithm, std::move(generated).value()).first;
    }
    return it->second;
}

void TestCsr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto version = runOpenssl({QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0, version.describe().constData());
}

void TestCsr::opensslVerifies_data()
{
    addAlgorithmRows();
}

void TestCsr::opensslVerifies()
{
    QFETCH(KeyAlgorithm, algorithm);
    const auto der = createCsr(Subject, AllSans, key(algorithm).pkcs8Der);
    QVERIFY2(der.ok(), qPrintable(der.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
    const QString pem = write(QStringLiteral("req.pem"), derToPem(*der, "CERTIFICATE REQUEST"));
    const QString derFile = write(QStringLiteral("req.der"), *der);

    auto run = runOpenssl({QStringLiteral("req"), QStringLiteral("-verify"), QStringLiteral("-noout"),
                           QStringLiteral("-in"), pem});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());
    run = runOpenssl({QStringLiteral("req"), QStringLiteral("-inform"), QStringLiteral("DER"),
                      QStringLiteral("-verify"), QStringLiteral("-noout"), QStringLiteral("-in"), derFile});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());

    run = runOpenssl({QStringLiteral("req"), QStringLiteral("-text"), QStringLiteral("-noout"),
                      QStringLiteral("-in"), pem});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray text = run.out;
    QVERIFY2(text.contains("Subject: C = DE, O = CSR Test, CN = www.example.test"), text.constData());
    QVERIFY2(text.contains("Requested Extensions:"), text.constData());
    QVERIFY2(text.contains("X509v3 Subject Alternative Name: \n"), text.constData()); // not critical
    for (const char *expected :
         {"DNS:www.example.test", "DNS:*.example.test", "IP Address:192.0.2.10",
          "IP Address:2001:DB8:0:0:0:0:0:1", "email:admin@example.test", "URI:https://example.test/id"})
        QVERIFY2(text.contains(expected), qPrintable(QString::fromLatin1(expected) + u'\n' + text));
}

void TestCsr::roundTrip_data()
{
    addAlgorithmRows();
}

void TestCsr::roundTrip()
{
    QFETCH(KeyAlgorithm, algorithm);
    const GeneratedKey &k = key(algorithm);
    const auto der = createCsr(Subject, AllSans, k.pkcs8Der);
    QVERIFY2(der.ok(), qPrintable(der.error().fullText()));

    const QByteArray pem = derToPem(*der, "CERTIFICATE REQUEST");
    const QList<QByteArray> inputs = {*der, pem, derToPem(*der, "NEW CERTIFICATE REQUEST"),
                                      QByteArray("junk before\n") + pem + QByteArray("junk after\n")};
    for (const QByteArray &input : inputs) {
        const auto info = parseCsr(input);
        QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
        QCOMPARE(info->der, *der);
        QCOMPARE(info->subject, QStringLiteral("C=DE, O=CSR Test, CN=www.example.test"));
        QCOMPARE(info->commonName, QStringLiteral("www.example.test"));
        QCOMPARE(info->subjectAltNames,
                 QStringList({"DNS:www.example.test", "DNS:*.example.test", "IP:192.0.2.10", "IP:2001:db8::1",
                              "email:admin@example.test", "URI:https://example.test/id"}));
        QCOMPARE(info->publicKeyDer, k.publicKeyDer);
        QCOMPARE(ERR_peek_error(), 0UL);
        switch (algorithm) {
        case KeyAlgorithm::Rsa2048:
            QCOMPARE(info->keyType, QStringLiteral("RSA"));
            QCOMPARE(info->keyBits, 2048);
            QVERIFY(info->curve.isEmpty());
            break;
        case KeyAlgorithm::EcP256:
            QCOMPARE(info->keyType, QStringLiteral("EC"));
            QCOMPARE(info->keyBits, 256);
            QCOMPARE(info->curve, QStringLiteral("P-256"));
            break;
        case KeyAlgorithm::EcP384:
            QCOMPARE(info->keyType, QStringLiteral("EC"));
            QCOMPARE(info->keyBits, 384);
            QCOMPARE(info->curve, QStringLiteral("P-384"));
            break;
        default:
            QCOMPARE(info->keyType, QStringLiteral("Ed25519"));
            QVERIFY(info->keyBits > 0);
            break;
        }
    }
}

void TestCsr::readsOpensslCsr()
{
    const QString keyFile =
        write(QStringLiteral("cli.key"), pemBlock("PRIVATE KEY", key(KeyAlgorithm::EcP256).pkcs8Der.bytes()));
    const QString csrFile = m_dir.filePath(QStringLiteral("cli.csr"));
    const auto run = runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), keyFile,
         QStringLiteral("-subj"), QStringLiteral("/O=CLI Org/CN=cli.example.test"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=DNS:cli.example.test,IP:10.0.0.1,email:ops@example.test"),
         QStringLiteral("-out"), csrFile});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile file(csrFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto info = parseCsr(file.readAll());
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QCOMPARE(info->subject, QStringLiteral("O=CLI Org, CN=cli.example.test"));
    QCOMPARE(info->commonName, QStringLiteral("cli.example.test"));
    QCOMPARE(info->subjectAltNames,
             QStringList({"DNS:cli.example.test", "IP:10.0.0.1", "email:ops@example.test"}));
    QCOMPARE(info->publicKeyDer, key(KeyAlgorithm::EcP256).publicKeyDer);

    // A request without extensions at all.
    const auto plain =
        parseCsr(csrPem(makeSelfSignedCa(QStringLiteral("CSR Owner")), QStringLiteral("plain")));
    QVERIFY2(plain.ok(), qPrintable(plain.error().fullText()));
    QCOMPARE(plain->commonName, QStringLiteral("plain"));
    QVERIFY(plain->subjectAltNames.isEmpty());
}

void TestCsr::tamperedSignatureFails_data()
{
    addAlgorithmRows();
}

void TestCsr::tamperedSignatureFails()
{
    QFETCH(KeyAlgorithm, algorithm);
    const auto der = createCsr(Subject, AllSans, key(algorithm).pkcs8Der);
    QVERIFY(der.ok());

    // The last byte belongs to the signature BIT STRING.
    QByteArray badSignature = *der;
    badSignature[badSignature.size() - 1] = static_cast<char>(badSignature.back() ^ 0x01);
    auto info = parseCsr(badSignature);
    QVERIFY2(!info.ok(), "a CSR with a flipped signature byte was accepted");
    QVERIFY2(info.error().message.contains(QLatin1String("signature")), qPrintable(info.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
    const QString file = write(QStringLiteral("tampered.pem"), derToPem(badSignature, "CERTIFICATE REQUEST"));
    const auto run = runOpenssl({QStringLiteral("req"), QStringLiteral("-verify"), QStringLiteral("-noout"),
                                 QStringLiteral("-in"), file});
    QVERIFY2(run.exitCode != 0 || !run.all().contains("verify OK"), run.describe().constData());

    // A changed subject: "www" becomes "wwx" in the signed part.
    QByteArray badSubject = *der;
    const auto at = badSubject.indexOf("www.example.test");
    QVERIFY(at > 0);
    badSubject[at + 2] = 'x';
    info = parseCsr(badSubject);
    QVERIFY(!info.ok());
    QVERIFY(info.error().message.contains(QLatin1String("signature")));
}

void TestCsr::emptySubjectMakesSanCritical()
{
    const auto der = createCsr(QString(), {QStringLiteral("DNS:only-san.example.test")},
                               key(KeyAlgorithm::EcP256).pkcs8Der);
    QVERIFY2(der.ok(), qPrintable(der.error().fullText()));
    const QString file = write(QStringLiteral("nosubject.pem"), derToPem(*der, "CERTIFICATE REQUEST"));
    const auto run = runOpenssl({QStringLiteral("req"), QStringLiteral("-text"), QStringLiteral("-noout"),
                                 QStringLiteral("-verify"), QStringLiteral("-in"), file});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());
    QVERIFY2(run.out.contains("X509v3 Subject Alternative Name: critical"), run.out.constData());
    const auto info = parseCsr(*der);
    QVERIFY(info.ok());
    QVERIFY(info->subject.isEmpty());
    QCOMPARE(info->subjectAltNames, QStringList{QStringLiteral("DNS:only-san.example.test")});

    // Neither subject nor SAN: nothing would identify the certificate.
    QVERIFY(!createCsr(QString(), {}, key(KeyAlgorithm::EcP256).pkcs8Der).ok());
}

void TestCsr::invalidSans_data()
{
    QTest::addColumn<QString>("san");
    QTest::addColumn<QString>("named");
    QTest::newRow("bad IPv4") << "IP:300.1.1.1"
                              << "300.1.1.1";
    QTest::newRow("bad IPv6") << "IP:2001:db8:::1"
                              << "2001:db8:::1";
    QTest::newRow("non-ASCII DNS") << "DNS:bücher.example"
                                   << "bücher.example";
    QTest::newRow("empty DNS") << "DNS:"
                               << "DNS:";
    QTest::newRow("empty email") << "email:"
                                 << "email:";
    QTest::newRow("unknown kind") << "RID:1.2.3"
                                  << "RID:1.2.3";
    QTest::newRow("untagged") << "www.example.test"
                              << "www.example.test";
}

void TestCsr::invalidSans()
{
    QFETCH(QString, san);
    QFETCH(QString, named);
    const auto der =
        createCsr(Subject, {QStringLiteral("DNS:ok.example.test"), san}, key(KeyAlgorithm::EcP256).pkcs8Der);
    QVERIFY2(!der.ok(), "an invalid SAN was accepted");
    QVERIFY2(der.error().message.contains(named), qPrintable(der.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCsr::badInputs()
{
    const SecureBytes &k = key(KeyAlgorithm::EcP256).pkcs8Der;
    QVERIFY(!createCsr(QStringLiteral("CN=no-slash"), {}, k).ok());
    QVERIFY(!createCsr(QStringLiteral("/XYZ=1"), {}, k).ok());
    QVERIFY(!createCsr(Subject, {}, SecureBytes(QByteArray("not a key"))).ok());
    QVERIFY(!createCsr(Subject, {}, SecureBytes()).ok());
    QCOMPARE(ERR_peek_error(), 0UL);

    QVERIFY(!parseCsr(QByteArray()).ok());
    QVERIFY(!parseCsr("garbage").ok());
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Not A CSR"));
    QVERIFY(!parseCsr(ca.der).ok());
    QVERIFY(!parseCsr(toPem(ca.der)).ok());
    const auto der = createCsr(Subject, {}, k);
    QVERIFY(der.ok());
    QVERIFY2(!parseCsr(*der + "x").ok(), "trailing bytes after the DER were accepted");
    QVERIFY(!parseCsr(der->left(der->size() - 5)).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCsr::requestHandle_data()
{
    addAlgorithmRows();
}

void TestCsr::requestHandle()
{
    // createRequest keeps the request decoded for a CA in this process; what it encodes is the same
    // request createCsr writes, checked by openssl.
    QFETCH(KeyAlgorithm, algorithm);
    const auto pair = generateKeyPair(algorithm);
    QVERIFY2(pair.ok(), qPrintable(pair.error().fullText()));
    const auto request = createRequest(Subject, AllSans, *pair);
    QVERIFY2(request.ok(), qPrintable(request.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
    QVERIFY(!request->isNull());
    QCOMPARE(request->publicKeyDer(), pair->publicKeyDer());
    QCOMPARE(request->commonName(), QStringLiteral("www.example.test"));
    const auto sans = request->subjectAltNames();
    QVERIFY2(sans.ok(), qPrintable(sans.error().fullText()));
    QCOMPARE(sans->size(), AllSans.size());
    QVERIFY2(request->verify().ok(), qPrintable(request->verify().error().fullText()));

    const QString file = write(QStringLiteral("handle.der"), request->der());
    const auto run =
        runOpenssl({QStringLiteral("req"), QStringLiteral("-inform"), QStringLiteral("DER"),
                    QStringLiteral("-verify"), QStringLiteral("-noout"), QStringLiteral("-in"), file});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());
    const auto info = parseCsr(request->der());
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QCOMPARE(info->publicKeyDer, pair->publicKeyDer());
    QCOMPARE(info->der, request->der());

    // Copies share the request.
    const CertificationRequest copy = *request;
    QCOMPARE(copy.der(), request->der());
    QVERIFY(copy.verify().ok());
}

void TestCsr::decodedRequestHandle()
{
    const GeneratedKey &k = key(KeyAlgorithm::EcP256);
    const auto der = createCsr(Subject, AllSans, k.pkcs8Der);
    QVERIFY(der.ok());
    for (const QByteArray &input : {*der, derToPem(*der, "CERTIFICATE REQUEST")}) {
        const auto decoded = CertificationRequest::decode(input);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().fullText()));
        QCOMPARE(decoded->der(), *der);
        QCOMPARE(decoded->publicKeyDer(), k.publicKeyDer);
        QCOMPARE(decoded->commonName(), QStringLiteral("www.example.test"));
        QVERIFY(decoded->verify().ok());
    }

    // The signature is checked by verify(), not by decode().
    QByteArray tampered = *der;
    tampered[tampered.size() - 1] = static_cast<char>(tampered.back() ^ 0x01);
    const auto decoded = CertificationRequest::decode(tampered);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().fullText()));
    const Status verified = decoded->verify();
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().message.contains(QLatin1String("signature")),
             qPrintable(verified.error().fullText()));

    QVERIFY(!CertificationRequest::decode("garbage").ok());
    QVERIFY(CertificationRequest().isNull());
    QVERIFY(CertificationRequest().der().isEmpty());
    QVERIFY(!CertificationRequest().verify().ok());
    QVERIFY(CertificationRequest().subjectAltNames()->isEmpty());
    QVERIFY(!createRequest(Subject, {}, KeyPair()).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

QTEST_GUILESS_MAIN(TestCsr)
#include "tst_csr.moc"
