// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS scanner against real servers on 127.0.0.1 started by the test: chains, SNI, STARTTLS,
// endpoints that go wrong, progress and cancel. Every chain found is also fetched with
// `openssl s_client -showcerts` and fingerprinted with `openssl x509` as an independent check.
#include "connectors/discovery/network/tlsscanner.h"
#include "tests/discovery/network/sclient.h"
#include "tests/discovery/network/tlstestserver.h"
#include "tests/support/testcertificates.h"

#include <openssl/ssl.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <thread>

using namespace certdesk;
using namespace certdesk::discovery;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::discovery::StartTlsProtocol)

namespace {

ServerIdentity identityOf(const TestCertificate &leaf, const QList<QByteArray> &chain = {})
{
    return ServerIdentity{leaf.der, leaf.keyPkcs8.bytes(), chain};
}

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QStringList fingerprintsOf(const QList<CertificateBlob> &chain)
{
    QStringList fingerprints;
    for (const CertificateBlob &blob : chain)
        fingerprints.append(blob.sha256);
    return fingerprints;
}

QStringList fingerprintsOf(const QList<QByteArray> &ders)
{
    QStringList fingerprints;
    for (const QByteArray &der : ders)
        fingerprints.append(sha256Hex(der));
    return fingerprints;
}

TlsScanOptions loopbackOptions(const QList<quint16> &ports, int timeoutMs = 3000)
{
    TlsScanOptions options;
    options.targets = {*parseTarget(QStringLiteral("127.0.0.1"))};
    options.ports = ports;
    options.timeoutMs = timeoutMs;
    return options;
}

TlsTestServerConfig tlsServer(ServerIdentity identity, int maxTlsVersion = 0)
{
    TlsTestServerConfig config;
    config.identity = std::move(identity);
    config.maxTlsVersion = maxTlsVersion;
    return config;
}

TlsTestServerConfig behaving(ServerBehaviour behaviour)
{
    TlsTestServerConfig config;
    config.behaviour = behaviour;
    return config;
}

/// `count` servers that accept and never answer; their ports are appended to `ports`.
std::vector<std::unique_ptr<TlsTestServer>> silentServers(int count, QList<quint16> &ports)
{
    std::vector<std::unique_ptr<TlsTestServer>> servers;
    for (int i = 0; i < count; ++i) {
        servers.push_back(std::make_unique<TlsTestServer>(behaving(ServerBehaviour::Silent)));
        ports.append(servers.back()->port());
    }
    return servers;
}

/// `count` different ports of 127.0.0.1 that nothing listens on.
QList<quint16> closedPorts(int count)
{
    QList<quint16> ports;
    while (ports.size() < count) {
        const quint16 port = closedLoopbackPort();
        if (!ports.contains(port))
            ports.append(port);
    }
    return ports;
}

QString describe(const TlsScanResult &result)
{
    QString text = QStringLiteral("probed %1 open %2 tls %3 closed %4 filtered %5\n")
                       .arg(result.endpointsProbed)
                       .arg(result.endpointsOpen)
                       .arg(result.endpointsTls)
                       .arg(result.endpointsClosed)
                       .arg(result.endpointsFiltered);
    for (const TlsScanError &error : result.errors)
        text += QStringLiteral("error %1:%2 %3\n").arg(error.host).arg(error.port).arg(error.reason);
    for (const TlsEndpoint &endpoint : result.endpoints)
        text +=
            QStringLiteral("tls %1:%2 sni '%3'\n").arg(endpoint.host).arg(endpoint.port).arg(endpoint.sni);
    return text;
}

} // namespace

class TestTlsScanner : public QObject
{
    Q_OBJECT

private:
    TestCa m_root = makeSelfSignedCa(QStringLiteral("Scan Test Root"));
    TestCa m_intermediate = makeIntermediateCa(m_root, QStringLiteral("Scan Test Intermediate"));
    TestCa m_otherRoot = makeSelfSignedCa(QStringLiteral("Scan Test Other Root"), pki::KeyAlgorithm::Rsa2048);

    /// A leaf under the intermediate, presented with the intermediate and the root.
    ServerIdentity fullChain(const QString &cn, pki::KeyAlgorithm algorithm = pki::KeyAlgorithm::EcP256)
    {
        return identityOf(makeLeaf(m_intermediate, cn, {QStringLiteral("DNS:") + cn}, algorithm),
                          {m_intermediate.der, m_root.der});
    }

    /// Checks that an endpoint's chain is `expected` and is what s_client receives.
    static void checkChain(const TlsEndpoint &endpoint, const QList<QByteArray> &expected,
                           const QString &sClientStartTls = {})
    {
        QCOMPARE(fingerprintsOf(endpoint.chain), fingerprintsOf(expected));
        for (const CertificateBlob &blob : endpoint.chain)
            QCOMPARE(blob.sha256, sha256Hex(blob.der));
        QCOMPARE(fingerprintsOf(endpoint.chain),
                 sClientFingerprints(endpoint.port, endpoint.sni, sClientStartTls));
    }

private Q_SLOTS:
    void chainsOfSeveralServers()
    {
        const ServerIdentity rsaFull = fullChain(QStringLiteral("rsa.scan.test"), pki::KeyAlgorithm::Rsa2048);
        const ServerIdentity ecShort =
            identityOf(makeLeaf(m_otherRoot, QStringLiteral("ec.scan.test")), {m_otherRoot.der});
        const ServerIdentity selfSigned = identityOf(makeSelfSignedCa(QStringLiteral("self.scan.test")));
        const ServerIdentity tls12 = fullChain(QStringLiteral("tls12.scan.test"));
        TlsTestServer first(tlsServer(rsaFull));
        TlsTestServer second(tlsServer(ecShort));
        TlsTestServer third(tlsServer(selfSigned));
        TlsTestServer fourth(tlsServer(tls12, TLS1_2_VERSION));
        const QList<quint16> closed = closedPorts(2);
        const quint16 closed1 = closed.at(0);
        const quint16 closed2 = closed.at(1);

        const TlsScanResult result = TlsScanner(loopbackOptions({first.port(), closed1, second.port(),
                                                                 third.port(), fourth.port(), closed2}))
                                         .run();
        QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.endpointsProbed, 6);
        QCOMPARE(result.endpointsOpen, 4);
        QCOMPARE(result.endpointsTls, 4);
        QCOMPARE(result.endpointsClosed, 2);
        QCOMPARE(result.endpointsFiltered, 0);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.endpoints.size(), 4);

        const QList<quint16> ports{first.port(), second.port(), third.port(), fourth.port()};
        const QList<QList<QByteArray>> chains{rsaFull.presented(), ecShort.presented(),
                                              selfSigned.presented(), tls12.presented()};
        for (int i = 0; i < 4; ++i) {
            const TlsEndpoint &endpoint = result.endpoints.at(i);
            QCOMPARE(endpoint.port, ports.at(i));
            QCOMPARE(endpoint.host, QStringLiteral("127.0.0.1"));
            QCOMPARE(endpoint.ip, QStringLiteral("127.0.0.1"));
            QVERIFY(endpoint.sni.isEmpty());
            QCOMPARE(endpoint.startTls, StartTlsProtocol::None);
            QCOMPARE(endpoint.tlsVersion, i == 3 ? QStringLiteral("TLSv1.2") : QStringLiteral("TLSv1.3"));
            QVERIFY2(i == 3 ? endpoint.cipher.startsWith(QStringLiteral("ECDHE-"))
                            : endpoint.cipher.startsWith(QStringLiteral("TLS_")),
                     qPrintable(endpoint.cipher));
            checkChain(endpoint, chains.at(i));
        }
        QCOMPARE(result.endpoints.at(0).chain.size(), 3);
        // no SNI on an IP target (the s_client runs above send none either)
        QVERIFY(!first.namesSeen().isEmpty());
        QVERIFY(first.namesSeen().join(QString()).isEmpty());
    }

    void sniNamesOnIpTargets()
    {
        const ServerIdentity fallback = fullChain(QStringLiteral("default.scan.test"));
        const ServerIdentity a = fullChain(QStringLiteral("a.scan.test"));
        const ServerIdentity b =
            identityOf(makeLeaf(m_otherRoot, QStringLiteral("b.scan.test")), {m_otherRoot.der});
        TlsTestServerConfig config = tlsServer(fallback);
        config.sniIdentities.insert(QStringLiteral("a.scan.test"), a);
        config.sniIdentities.insert(QStringLiteral("b.scan.test"), b);
        TlsTestServer sni(config);
        const ServerIdentity plainIdentity = fullChain(QStringLiteral("plain.scan.test"));
        TlsTestServer plain(tlsServer(plainIdentity));

        TlsScanOptions options = loopbackOptions({sni.port(), closedLoopbackPort(), plain.port()});
        options.sniNames = {QStringLiteral("a.scan.test"), QStringLiteral("b.scan.test"),
                            QStringLiteral("c.scan.test")};
        TlsScanProgress last;
        const TlsScanResult result = TlsScanner(options).run([&](const TlsScanProgress &p) { last = p; });
        QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.endpointsProbed, 3);
        QCOMPARE(result.endpointsTls, 2);
        QCOMPARE(last.total, 3 + 2 * 3); // SNI probes only on the ports that answered TLS
        QCOMPARE(last.probed, last.total);
        QCOMPARE(result.endpoints.size(), 8);

        const QStringList names{QString(), QStringLiteral("a.scan.test"), QStringLiteral("b.scan.test"),
                                QStringLiteral("c.scan.test")};
        const QList<ServerIdentity> served{fallback, a, b, fallback};
        for (int i = 0; i < 4; ++i) {
            const TlsEndpoint &viaSni = result.endpoints.at(i);
            QCOMPARE(viaSni.port, sni.port());
            QCOMPARE(viaSni.sni, names.at(i));
            checkChain(viaSni, served.at(i).presented());
            const TlsEndpoint &viaPlain = result.endpoints.at(4 + i);
            QCOMPARE(viaPlain.port, plain.port());
            QCOMPARE(viaPlain.sni, names.at(i));
            QCOMPARE(fingerprintsOf(viaPlain.chain), fingerprintsOf(plainIdentity.presented()));
        }
        QStringList seen = sni.namesSeen().mid(0, 4);
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, names);
    }

    void hostNameTargetSendsItsName()
    {
        const ServerIdentity identity = fullChain(QStringLiteral("localhost"));
        TlsTestServer server(tlsServer(identity));
        TlsScanOptions options = loopbackOptions({server.port()});
        options.targets = {*parseTarget(QStringLiteral("LocalHost"))};
        options.sniNames = {QStringLiteral("not-tried.scan.test")}; // only for IP targets
        const TlsScanResult result = TlsScanner(options).run();
        QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.endpoints.size(), 1);
        const TlsEndpoint &endpoint = result.endpoints.first();
        QCOMPARE(endpoint.host, QStringLiteral("localhost"));
        QCOMPARE(endpoint.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(endpoint.sni, QStringLiteral("localhost"));
        checkChain(endpoint, identity.presented());
        QCOMPARE(server.namesSeen().first(), QStringLiteral("localhost"));
        // localhost may also resolve to ::1, where nothing listens on this port
        QVERIFY(result.endpointsProbed >= 1);
    }

    void startTls_data()
    {
        QTest::addColumn<StartTlsProtocol>("protocol");
        QTest::newRow("smtp") << StartTlsProtocol::Smtp;
        QTest::newRow("imap") << StartTlsProtocol::Imap;
        QTest::newRow("pop3") << StartTlsProtocol::Pop3;
        QTest::newRow("ldap") << StartTlsProtocol::Ldap;
        QTest::newRow("postgres") << StartTlsProtocol::Postgres;
    }
    void startTls()
    {
        QFETCH(StartTlsProtocol, protocol);
        const ServerIdentity identity =
            fullChain(startTlsProtocolName(protocol) + QStringLiteral(".scan.test"));
        TlsTestServerConfig config = tlsServer(identity);
        config.startTls = protocol;
        TlsTestServer server(config);
        TlsScanOptions options = loopbackOptions({server.port()});
        options.startTls.insert(server.port(), protocol);
        const TlsScanResult result = TlsScanner(options).run();
        QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.endpoints.size(), 1);
        QCOMPARE(result.endpoints.first().startTls, protocol);
        checkChain(result.endpoints.first(), identity.presented(), startTlsProtocolName(protocol));
    }

    void startTlsRefused_data()
    {
        QTest::addColumn<StartTlsProtocol>("protocol");
        QTest::addColumn<QString>("reason");
        QTest::newRow("smtp") << StartTlsProtocol::Smtp
                              << "the SMTP server refused STARTTLS: 454 4.7.0 TLS not available due to local "
                                 "problem";
        QTest::newRow("imap") << StartTlsProtocol::Imap
                              << "the IMAP server refused STARTTLS: a1 BAD command unknown or not allowed";
        QTest::newRow("pop3") << StartTlsProtocol::Pop3
                              << "the POP3 server refused STLS: -ERR command not allowed";
        QTest::newRow("ldap")
            << StartTlsProtocol::Ldap
            << "the LDAP server refused StartTLS: resultCode 2 (protocolError): StartTLS is "
               "not offered here";
        QTest::newRow("postgres")
            << StartTlsProtocol::Postgres
            << "the PostgreSQL server does not accept TLS (it answered N to SSLRequest)";
    }
    void startTlsRefused()
    {
        QFETCH(StartTlsProtocol, protocol);
        QFETCH(QString, reason);
        TlsTestServerConfig config = tlsServer(fullChain(QStringLiteral("refusing.scan.test")));
        config.startTls = protocol;
        config.refuseStartTls = true;
        TlsTestServer server(config);
        TlsScanOptions options = loopbackOptions({server.port()});
        options.startTls.insert(server.port(), protocol);
        const TlsScanResult result = TlsScanner(options).run();
        QCOMPARE(result.endpoints.size(), 0);
        QCOMPARE(result.endpointsOpen, 1);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(result.errors.first().port, server.port());
        QCOMPARE(result.errors.first().reason, reason);
    }

    void failuresAreExplained()
    {
        TlsTestServer silent(behaving(ServerBehaviour::Silent));
        TlsTestServer silentSmtp(behaving(ServerBehaviour::Silent));
        TlsTestServer http(behaving(ServerBehaviour::PlainHttp));
        TlsTestServer garbage(behaving(ServerBehaviour::GarbageCertificate));
        TlsTestServerConfig smtpConfig = tlsServer(fullChain(QStringLiteral("mail.scan.test")));
        smtpConfig.startTls = StartTlsProtocol::Smtp;
        TlsTestServer smtp(smtpConfig); // scanned without STARTTLS: it greets instead of answering TLS

        TlsScanOptions options = loopbackOptions(
            {silent.port(), silentSmtp.port(), http.port(), garbage.port(), smtp.port()}, 1500);
        options.startTls.insert(silentSmtp.port(), StartTlsProtocol::Smtp);
        QElapsedTimer timer;
        timer.start();
        const TlsScanResult result = TlsScanner(options).run();
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.endpoints.size(), 0);
        QCOMPARE(result.endpointsOpen, 5);
        QCOMPARE(result.errors.size(), 5);
        QCOMPARE(result.errors.at(0).port, silent.port());
        QCOMPARE(
            result.errors.at(0).reason,
            QStringLiteral("the server accepted the connection but did not answer the TLS handshake within "
                           "1500 ms"));
        QCOMPARE(result.errors.at(1).reason,
                 QStringLiteral("no answer within 1500 ms while waiting for the SMTP greeting"));
        QCOMPARE(result.errors.at(2).reason,
                 QStringLiteral("the server did not answer TLS (it looks like plain HTTP)"));
        QVERIFY2(result.errors.at(3).reason.startsWith(
                     QStringLiteral("the server's certificate could not be read (")),
                 qPrintable(result.errors.at(3).reason));
        QCOMPARE(
            result.errors.at(4).reason,
            QStringLiteral("the server did not answer TLS (it greets like SMTP or FTP: 220 mail.scan.test "
                           "ESMTP CertDesk test server; for SMTP, scan the port with STARTTLS smtp)"));
    }

    void closedPortsAreCountedNotListed()
    {
        const QList<quint16> ports = closedPorts(50);
        const TlsScanResult result = TlsScanner(loopbackOptions(ports)).run();
        QCOMPARE(result.endpointsProbed, 50);
        QCOMPARE(result.endpointsClosed, 50);
        QCOMPARE(result.endpointsOpen, 0);
        QVERIFY(result.errors.isEmpty());
        QVERIFY(result.endpoints.isEmpty());
    }

    void unresolvableHostIsAnError()
    {
        const ServerIdentity identity = fullChain(QStringLiteral("resolvable.scan.test"));
        TlsTestServer server(tlsServer(identity));
        TlsScanOptions options = loopbackOptions({server.port()});
        options.targets.prepend(*parseTarget(QStringLiteral("no-such-host.invalid")));
        const TlsScanResult result = TlsScanner(options).run();
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().host, QStringLiteral("no-such-host.invalid"));
        QCOMPARE(result.errors.first().port, 0);
        QVERIFY2(
            result.errors.first().reason.startsWith(QStringLiteral("the host name could not be resolved: ")),
            qPrintable(result.errors.first().reason));
        QCOMPARE(result.endpoints.size(), 1);
        QCOMPARE(result.endpointsProbed, 1);
    }

    void progressOnTheCallingThread()
    {
        QList<quint16> ports;
        const auto servers = silentServers(6, ports);
        TlsScanOptions options = loopbackOptions(ports, 400);
        options.concurrency = 2; // three rounds of 400 ms
        QList<TlsScanProgress> reports;
        bool sameThread = true;
        const auto caller = std::this_thread::get_id();
        const TlsScanResult result = TlsScanner(options).run([&](const TlsScanProgress &progress) {
            sameThread = sameThread && std::this_thread::get_id() == caller;
            reports.append(progress);
        });
        QVERIFY(sameThread);
        QVERIFY2(reports.size() >= 5, qPrintable(QString::number(reports.size())));
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).probed >= reports.at(i - 1).probed);
        QCOMPARE(reports.last().probed, 6);
        QCOMPARE(reports.last().total, 6);
        QCOMPARE(reports.last().open, 6);
        QCOMPARE(reports.last().tls, 0);
        QCOMPARE(result.errors.size(), 6);
    }

    void cancelStopsAtOnce()
    {
        QList<quint16> ports;
        const auto servers = silentServers(4, ports);
        std::atomic<bool> cancel{false};
        QElapsedTimer timer;
        timer.start();
        const TlsScanResult result = TlsScanner(loopbackOptions(ports, 60000))
                                         .run([&](const TlsScanProgress &) { cancel = true; }, &cancel);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.cancelled);
        QVERIFY(result.endpoints.isEmpty());
    }

    void manyPortsWithFewListeners_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one loop") << 1;
        QTest::newRow("two loops") << 2;
    }
    void manyPortsWithFewListeners()
    {
        QFETCH(int, threads);
        std::vector<std::unique_ptr<TlsTestServer>> servers;
        QList<ServerIdentity> identities;
        QList<quint16> ports;
        for (int i = 0; i < 8; ++i) {
            identities.append(fullChain(QStringLiteral("svc-%1.scan.test").arg(i)));
            servers.push_back(std::make_unique<TlsTestServer>(tlsServer(identities.last())));
        }
        const QList<quint16> closed = closedPorts(1000);
        for (int i = 0; i < 1000; ++i) {
            if (i % 125 == 0)
                ports.append(servers.at(i / 125)->port());
            ports.append(closed.at(i));
        }
        TlsScanOptions options = loopbackOptions(ports);
        options.threads = threads;
        const TlsScanResult result = TlsScanner(options).run();
        qInfo("%lld ports, %d loop(s): %lld ms", static_cast<long long>(ports.size()), threads,
              static_cast<long long>(result.durationMs));
        QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.endpointsProbed, ports.size());
        QCOMPARE(result.endpointsTls, 8);
        QCOMPARE(result.endpointsClosed, 1000);
        QCOMPARE(result.endpoints.size(), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(result.endpoints.at(i).port, servers.at(i)->port());
            QCOMPARE(fingerprintsOf(result.endpoints.at(i).chain),
                     fingerprintsOf(identities.at(i).presented()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTlsScanner)
#include "tst_tlsscanner.moc"
