// SPDX-License-Identifier: GPL-3.0-or-later
// The SCEP probe against a small HTTP(S) server on 127.0.0.1: GetCACaps, GetCACert with one DER
// certificate and with a PKCS#7 made by `openssl crl2pkcs7`, and the ways a server goes wrong.
#include "connectors/discovery/network/scepprobe.h"
#include "tests/discovery/network/httptestserver.h"
#include "tests/discovery/network/sclient.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace certdesk;
using namespace certdesk::discovery;
using namespace certdesk::testsupport;

namespace {

constexpr char Capabilities[] = "POSTPKIOperation\r\nSHA-256\r\nAES\r\nSCEPStandard\r\nRenewal\r\n";

HttpReply reply(const QByteArray &contentType, const QByteArray &body, int status = 200)
{
    return HttpReply{status, contentType, body, false};
}

QStringList fingerprintsOf(const QList<CertificateBlob> &blobs)
{
    QStringList fingerprints;
    for (const CertificateBlob &blob : blobs)
        fingerprints.append(blob.sha256);
    return fingerprints;
}

ScepProbeOptions probeOptions(const QString &url, int timeoutMs = 10000)
{
    ScepProbeOptions options;
    options.url = url;
    options.timeoutMs = timeoutMs;
    return options;
}

} // namespace

class TestScepProbe : public QObject
{
    Q_OBJECT

private:
    TestCa m_root = makeSelfSignedCa(QStringLiteral("SCEP Test Root"), pki::KeyAlgorithm::Rsa2048);
    TestCa m_issuing = makeIntermediateCa(m_root, QStringLiteral("SCEP Test Issuing CA"));
    TestCertificate m_ra = makeLeaf(m_issuing, QStringLiteral("SCEP Test RA"));

private Q_SLOTS:
    void initTestCase()
    {
        // the servers are on 127.0.0.1: a proxy from the environment must not be asked
        for (const char *name :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    void capabilitiesAndOneCaCertificate()
    {
        HttpTestServer server(
            {{QStringLiteral("GetCACaps"), reply("text/plain", Capabilities)},
             {QStringLiteral("GetCACert"), reply("application/x-x509-ca-cert", m_root.der)}});
        ScepProbeOptions options = probeOptions(server.url());
        options.caIdentifier = QStringLiteral("ca 1");
        const auto result = ScepProbe(options).run();
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(
            result->capabilities,
            (QStringList{QStringLiteral("POSTPKIOperation"), QStringLiteral("SHA-256"), QStringLiteral("AES"),
                         QStringLiteral("SCEPStandard"), QStringLiteral("Renewal")}));
        QVERIFY(result->capabilitiesProblem.isEmpty());
        QVERIFY(!result->withRaCertificates);
        QCOMPARE(result->caCertificates.size(), 1);
        QCOMPARE(result->caCertificates.first().der, m_root.der);
        QCOMPARE(fingerprintsOf(result->caCertificates), opensslFingerprints(toPem(m_root.der)));
        QCOMPARE(server.requests(),
                 (QStringList{QStringLiteral("/cgi-bin/pkiclient.exe?operation=GetCACaps&message=ca%201"),
                              QStringLiteral("/cgi-bin/pkiclient.exe?operation=GetCACert&message=ca%201")}));
    }

    void caAndRaCertificatesInPkcs7()
    {
        QTemporaryDir dir;
        const QString bundle = writeFile(dir.path(), QStringLiteral("bundle.pem"),
                                         toPemBundle({m_ra.der, m_issuing.der, m_root.der}, false));
        const QString p7 = dir.filePath(QStringLiteral("caracert.p7b"));
        const OpensslRun made = runOpenssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                            QStringLiteral("-certfile"), bundle, QStringLiteral("-outform"),
                                            QStringLiteral("DER"), QStringLiteral("-out"), p7});
        QVERIFY2(made.exitCode == 0, made.describe().constData());
        QFile file(p7);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pkcs7 = file.readAll();
        // the order openssl itself reads back (DER sorts a SET OF, so it need not be the file order)
        const OpensslRun printed =
            runOpenssl({QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), p7, QStringLiteral("-print_certs")});
        QVERIFY2(printed.exitCode == 0, printed.describe().constData());

        HttpTestServer server(
            {{QStringLiteral("GetCACaps"), reply("text/plain", "SHA-256\nPOSTPKIOperation")},
             {QStringLiteral("GetCACert"), reply("application/x-x509-ca-ra-cert", pkcs7)}});
        const auto result = ScepProbe(probeOptions(server.url())).run();
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->capabilities,
                 (QStringList{QStringLiteral("SHA-256"), QStringLiteral("POSTPKIOperation")}));
        QVERIFY(result->withRaCertificates);
        QCOMPARE(result->caCertificates.size(), 3);
        QCOMPARE(fingerprintsOf(result->caCertificates), opensslFingerprints(printed.out));
    }

    void pemCertificateIsAccepted()
    {
        HttpTestServer server(
            {{QStringLiteral("GetCACaps"), reply("text/plain", Capabilities)},
             {QStringLiteral("GetCACert"), reply("application/x-x509-ca-cert", toPem(m_issuing.der))}});
        const auto result = ScepProbe(probeOptions(server.url())).run();
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->caCertificates.size(), 1);
        QCOMPARE(result->caCertificates.first().der, m_issuing.der);
    }

    void getCaCertNotFound()
    {
        HttpTestServer server({{QStringLiteral("GetCACaps"), reply("text/plain", Capabilities)}});
        const auto result = ScepProbe(probeOptions(server.url())).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("the SCEP server answered HTTP 404 for GetCACert"));
    }

    void capabilitiesMissingIsOnlyNoted()
    {
        HttpTestServer server(
            {{QStringLiteral("GetCACert"), reply("application/x-x509-ca-cert", m_root.der)}});
        const auto result = ScepProbe(probeOptions(server.url())).run();
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QVERIFY(result->capabilities.isEmpty());
        QCOMPARE(result->capabilitiesProblem,
                 QStringLiteral("the SCEP server answered HTTP 404 for GetCACaps"));
        QCOMPARE(result->caCertificates.size(), 1);
    }

    void capabilitiesThatAreNoList()
    {
        HttpTestServer server(
            {{QStringLiteral("GetCACaps"), reply("text/html", "<html><body>Welcome</body></html>")},
             {QStringLiteral("GetCACert"), reply("application/x-x509-ca-cert", m_root.der)}});
        const auto result = ScepProbe(probeOptions(server.url())).run();
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QVERIFY(result->capabilities.isEmpty());
        QCOMPARE(
            result->capabilitiesProblem,
            QStringLiteral(
                "the answer to GetCACaps is not a list of capabilities: <html><body>Welcome</body></html>"));
    }

    void garbageCaCertificates_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("der garbage")
            << QByteArray("application/x-x509-ca-cert") << QByteArray("\x30\x82\x01\x00garbage")
            << "the SCEP server's GetCACert answer (application/x-x509-ca-cert) is not a DER "
               "certificate";
        QTest::newRow("bytes after the certificate")
            << QByteArray("application/x-x509-ca-cert") << m_root.der + "tail"
            << "the SCEP server's GetCACert answer (application/x-x509-ca-cert) is not a DER certificate";
        QTest::newRow("pkcs7 garbage")
            << QByteArray("application/x-x509-ca-ra-cert") << QByteArray("not pkcs7")
            << "the SCEP server's GetCACert answer (application/x-x509-ca-ra-cert) is not "
               "a PKCS#7 certificate bundle";
        QTest::newRow("a certificate sent as ra-cert")
            << QByteArray("application/x-x509-ca-ra-cert") << m_root.der
            << "the SCEP server's GetCACert answer (application/x-x509-ca-ra-cert) is not a PKCS#7 "
               "certificate "
               "bundle";
        QTest::newRow("html page") << QByteArray("text/html") << QByteArray("<html>login</html>")
                                   << "the SCEP server's GetCACert answer (content type text/html) holds no "
                                      "certificate";
        QTest::newRow("empty")
            << QByteArray("application/x-x509-ca-cert") << QByteArray()
            << "the SCEP server's GetCACert answer (application/x-x509-ca-cert) is not a DER "
               "certificate";
    }
    void garbageCaCertificates()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        HttpTestServer server({{QStringLiteral("GetCACaps"), reply("text/plain", Capabilities)},
                               {QStringLiteral("GetCACert"), reply(contentType, body)}});
        const auto result = ScepProbe(probeOptions(server.url())).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
    }

    void serverThatNeverAnswers()
    {
        HttpTestServer server({{QStringLiteral("GetCACaps"), HttpReply{200, {}, {}, true}}});
        QElapsedTimer timer;
        timer.start();
        const auto result = ScepProbe(probeOptions(server.url(), 500)).run();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("the SCEP server did not answer GetCACaps within 0.5 s"));
        QCOMPARE(server.requests().size(), 1); // GetCACert is not tried against a server that does not answer
    }

    void nothingListens()
    {
        const quint16 port = closedLoopbackPort();
        const auto result =
            ScepProbe(probeOptions(QStringLiteral("http://127.0.0.1:%1/cgi-bin/pkiclient.exe").arg(port)))
                .run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("could not connect to the SCEP server"));
        QVERIFY(!result.error().detail.isEmpty());
    }

    void httpsIsVerifiedUnlessTurnedOff()
    {
        const TestCertificate serverCert =
            makeLeaf(m_issuing, QStringLiteral("127.0.0.1"), {QStringLiteral("IP:127.0.0.1")});
        HttpTestServer server(
            {{QStringLiteral("GetCACaps"), reply("text/plain", Capabilities)},
             {QStringLiteral("GetCACert"), reply("application/x-x509-ca-cert", m_root.der)}},
            ServerIdentity{serverCert.der, serverCert.keyPkcs8.bytes(), {m_issuing.der}});
        QVERIFY(server.url().startsWith(QStringLiteral("https://")));
        const auto verified = ScepProbe(probeOptions(server.url())).run();
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().message,
                 QStringLiteral("the SCEP server's TLS certificate is not trusted; to probe "
                                "it anyway, turn off TLS verification"));

        ScepProbeOptions options = probeOptions(server.url());
        options.verifyTls = false;
        const auto unverified = ScepProbe(options).run();
        QVERIFY2(unverified.ok(), qPrintable(unverified.error().fullText()));
        QCOMPARE(unverified->capabilities.size(), 5);
        QCOMPARE(unverified->caCertificates.first().der, m_root.der);
    }

    void urlsThatAreNotScep_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << "ftp://ca.example.com/pkiclient.exe";
        QTest::newRow("no scheme") << "ca.example.com/pkiclient.exe";
        QTest::newRow("empty") << "";
        QTest::newRow("no host") << "http:///pkiclient.exe";
    }
    void urlsThatAreNotScep()
    {
        QFETCH(QString, url);
        const auto result = ScepProbe(probeOptions(url)).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().message,
                 QStringLiteral("'%1' is not a SCEP URL: give an http or https URL like "
                                "http://ca.example.com/cgi-bin/pkiclient.exe")
                     .arg(url));
    }

    void cancelStopsTheWait()
    {
        HttpTestServer server({{QStringLiteral("GetCACaps"), HttpReply{200, {}, {}, true}}});
        std::atomic<bool> cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto result = ScepProbe(probeOptions(server.url(), 30000)).run(&cancel);
        canceller.join();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestScepProbe)
#include "tst_scepprobe.moc"
