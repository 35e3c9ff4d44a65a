// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `certdeskctl scan-targets add|list|remove`, `scan run|adhoc`, `scep-probe`
// and the daemon's scheduled network scans: the real binary on a temporary SQLite inventory,
// against TLS and HTTP servers on 127.0.0.1 that the test runs (the network engine's test
// servers). Expected fingerprints are SHA-256 of the DER the servers present.

#include "tests/cli/clitestsupport.h"
#include "tests/discovery/network/httptestserver.h"
#include "tests/discovery/network/loopbackserver.h"
#include "tests/discovery/network/tlstestserver.h"
#include "tests/support/testcertificates.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <csignal>
#include <memory>

using namespace certdesk;
using namespace certdesk::clitest;
using namespace certdesk::testsupport;

class TestCliScan final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliSandbox> m_cli;
    TestCa m_ca = makeSelfSignedCa(QStringLiteral("CLI Scan Root"));
    TestCertificate m_leaf =
        makeLeaf(m_ca, QStringLiteral("cli.scan.test"), {QStringLiteral("DNS:cli.scan.test")});
    std::unique_ptr<TlsTestServer> m_server;
    std::unique_ptr<TlsTestServer> m_plain;

    QString serverPort() const { return QString::number(m_server->port()); }
    QStringList addArgs(const QString &name, const QString &ports)
    {
        return {QStringLiteral("scan-targets"), QStringLiteral("add"),       QStringLiteral("--name"),  name,
                QStringLiteral("--cidr"),       QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), ports,
                QStringLiteral("--timeout-ms"), QStringLiteral("2000")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TlsTestServerConfig config;
        config.identity = ServerIdentity{m_leaf.der, m_leaf.keyPkcs8.bytes(), {m_ca.der}};
        m_server = std::make_unique<TlsTestServer>(config);
        TlsTestServerConfig plain;
        plain.behaviour = ServerBehaviour::PlainHttp;
        m_plain = std::make_unique<TlsTestServer>(plain);
    }

    void init()
    {
        m_cli = std::make_unique<CliSandbox>("scan passphrase");
        QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));
    }

    void targetsAddListRemove()
    {
        const auto add = m_cli->run({QStringLiteral("scan-targets"),
                                     QStringLiteral("add"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("dmz"),
                                     QStringLiteral("--cidr"),
                                     QStringLiteral("192.0.2.0/28"),
                                     QStringLiteral("--host"),
                                     QStringLiteral("mail.example.test"),
                                     QStringLiteral("--ports"),
                                     QStringLiteral("443,25"),
                                     QStringLiteral("--sni"),
                                     QStringLiteral("WWW.example.test"),
                                     QStringLiteral("--starttls"),
                                     QStringLiteral("25:smtp"),
                                     QStringLiteral("--timeout-ms"),
                                     QStringLiteral("1500"),
                                     QStringLiteral("--concurrency"),
                                     QStringLiteral("20"),
                                     QStringLiteral("--interval-hours"),
                                     QStringLiteral("12")});
        CLI_EXPECT_EXIT(add, Ok);
        CLI_EXPECT_CONTAINS(add.out, QStringLiteral("dmz"));
        CLI_EXPECT_EXIT(m_cli->run(addArgs(QStringLiteral("lab"), QStringLiteral("443"))), Ok);

        const auto list =
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(list, Ok);
        CLI_JSON(doc, list);
        const auto targets = doc.value(QStringLiteral("scan_targets")).toArray();
        QCOMPARE(targets.size(), 2);
        const auto dmz = targets.at(0).toObject();
        QCOMPARE(dmz.value(QStringLiteral("name")).toString(), QStringLiteral("dmz"));
        QCOMPARE(toStringList(dmz.value(QStringLiteral("targets"))),
                 QStringList({QStringLiteral("192.0.2.0/28"), QStringLiteral("mail.example.test")}));
        QCOMPARE(dmz.value(QStringLiteral("ports")).toString(), QStringLiteral("443,25"));
        QCOMPARE(toStringList(dmz.value(QStringLiteral("starttls"))), QStringList{QStringLiteral("25:smtp")});
        QCOMPARE(toStringList(dmz.value(QStringLiteral("sni"))),
                 QStringList{QStringLiteral("www.example.test")});
        QCOMPARE(dmz.value(QStringLiteral("timeout_ms")).toInt(), 1500);
        QCOMPARE(dmz.value(QStringLiteral("concurrency")).toInt(), 20);
        QCOMPARE(dmz.value(QStringLiteral("interval_hours")).toInt(), 12);
        QCOMPARE(dmz.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(dmz.value(QStringLiteral("last_scan_at")).toString(), QString());
        QVERIFY(!dmz.contains(QStringLiteral("last_result")));

        const auto plain = m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("list")});
        CLI_EXPECT_EXIT(plain, Ok);
        CLI_EXPECT_CONTAINS(plain.out, QStringLiteral("never scanned"));

        const auto duplicate = m_cli->run(addArgs(QStringLiteral("lab"), QStringLiteral("443")));
        CLI_EXPECT_EXIT(duplicate, Failed);
        CLI_EXPECT_CONTAINS(duplicate.err, QStringLiteral("already exists"));

        CLI_EXPECT_EXIT(
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("remove"), QStringLiteral("dmz")}),
            Ok);
        const auto again =
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("remove"), QStringLiteral("dmz")});
        CLI_EXPECT_EXIT(again, Failed);
        CLI_EXPECT_CONTAINS(again.err, QStringLiteral("no scan target named \"dmz\""));
        const auto after =
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_JSON(rest, after);
        QCOMPARE(rest.value(QStringLiteral("scan_targets")).toArray().size(), 1);

        const auto missing =
            m_cli->run({QStringLiteral("scan"), QStringLiteral("run"), QStringLiteral("nosuch")});
        CLI_EXPECT_EXIT(missing, Failed);
        CLI_EXPECT_CONTAINS(missing.err, QStringLiteral("nosuch"));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("needle");
        QTest::newRow("range above /20") << "--cidr"
                                         << "10.0.0.0/8"
                                         << "443"
                                         << "10.0.0.0/8";
        QTest::newRow("bad address") << "--cidr"
                                     << "300.1.1.1"
                                     << "443"
                                     << "300.1.1.1";
        QTest::newRow("host as cidr") << "--cidr"
                                      << "example.test"
                                      << "443"
                                      << "--host";
        QTest::newRow("port 0") << "--host"
                                << "127.0.0.1"
                                << "0"
                                << "0";
        QTest::newRow("port 70000") << "--host"
                                    << "127.0.0.1"
                                    << "70000"
                                    << "70000";
        QTest::newRow("backwards range") << "--host"
                                         << "127.0.0.1"
                                         << "9010-9000"
                                         << "9010-9000";
    }

    void badInputIsRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, ports);
        QFETCH(QString, needle);
        const QStringList scanArgs{option, value, QStringLiteral("--ports"), ports};
        const auto add = m_cli->run(QStringList{QStringLiteral("scan-targets"), QStringLiteral("add"),
                                                QStringLiteral("--name"), QStringLiteral("bad")} +
                                    scanArgs);
        CLI_EXPECT_EXIT(add, Usage);
        CLI_EXPECT_CONTAINS(add.err, needle);
        const auto adhoc =
            m_cli->run(QStringList{QStringLiteral("scan"), QStringLiteral("adhoc")} + scanArgs);
        CLI_EXPECT_EXIT(adhoc, Usage);
        CLI_EXPECT_CONTAINS(adhoc.err, needle);
        const auto list =
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_JSON(doc, list);
        QCOMPARE(doc.value(QStringLiteral("scan_targets")).toArray().size(), 0);
    }

    void missingOptionsAreUsageErrors()
    {
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("scan"), QStringLiteral("adhoc"),
                                    QStringLiteral("--ports"), QStringLiteral("443")}),
                        Usage);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("scan"), QStringLiteral("adhoc"), QStringLiteral("--host"),
                                    QStringLiteral("127.0.0.1")}),
                        Usage);
        CLI_EXPECT_EXIT(
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("add"), QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), QStringLiteral("443")}),
            Usage);
        const auto starttls =
            m_cli->run(addArgs(QStringLiteral("x"), QStringLiteral("443")) +
                       QStringList{QStringLiteral("--starttls"), QStringLiteral("25:smtp")});
        CLI_EXPECT_EXIT(starttls, Usage);
        CLI_EXPECT_CONTAINS(starttls.err, QStringLiteral("25"));
        const auto interval =
            m_cli->run(addArgs(QStringLiteral("x"), QStringLiteral("443")) +
                       QStringList{QStringLiteral("--interval-hours"), QStringLiteral("0")});
        CLI_EXPECT_EXIT(interval, Usage);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("scan"), QStringLiteral("run")}), Usage);
    }

    void scanRunRecordsDiscoveries()
    {
        const quint16 closed = closedLoopbackPort();
        CLI_EXPECT_EXIT(
            m_cli->run(addArgs(QStringLiteral("lab"), serverPort() + u',' + QString::number(m_plain->port()) +
                                                          u',' + QString::number(closed))),
            Ok);
        const auto run = m_cli->run(
            {QStringLiteral("scan"), QStringLiteral("run"), QStringLiteral("lab"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(run, Ok);
        CLI_JSON(doc, run);
        QCOMPARE(doc.value(QStringLiteral("target")).toString(), QStringLiteral("lab"));
        QCOMPARE(doc.value(QStringLiteral("endpoints_probed")).toInt(), 3);
        QCOMPARE(doc.value(QStringLiteral("endpoints_open")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("endpoints_tls")).toInt(), 1);
        QVERIFY(doc.value(QStringLiteral("duration_ms")).isDouble());
        const auto errors = doc.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(errors.first().toObject().value(QStringLiteral("port")).toInt(), int(m_plain->port()));
        QVERIFY(!errors.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
        const auto endpoints = doc.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        const auto endpoint = endpoints.first().toObject();
        QCOMPARE(endpoint.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(endpoint.value(QStringLiteral("port")).toInt(), int(m_server->port()));
        QCOMPARE(endpoint.value(QStringLiteral("sni")).toString(), QString());
        QVERIFY(endpoint.value(QStringLiteral("tls_version")).toString().startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!endpoint.value(QStringLiteral("cipher")).toString().isEmpty());
        QCOMPARE(toStringList(endpoint.value(QStringLiteral("chain"))),
                 QStringList({sha256Hex(m_leaf.der), sha256Hex(m_ca.der)}));

        const auto discovered =
            m_cli->run({QStringLiteral("discovered"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(discovered, Ok);
        CLI_JSON(found, discovered);
        QSet<QString> shas;
        for (const auto &v : found.value(QStringLiteral("discovered")).toArray())
            shas.insert(v.toObject().value(QStringLiteral("sha256")).toString());
        QCOMPARE(shas, (QSet<QString>{sha256Hex(m_leaf.der), sha256Hex(m_ca.der)}));

        const auto list =
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_JSON(targets, list);
        const auto lab = targets.value(QStringLiteral("scan_targets")).toArray().first().toObject();
        QVERIFY(lab.value(QStringLiteral("last_scan_at")).toString().endsWith(u'Z'));
        const auto last = lab.value(QStringLiteral("last_result")).toObject();
        QCOMPARE(last.value(QStringLiteral("endpoints_tls")).toInt(), 1);
        QCOMPARE(last.value(QStringLiteral("certificates")).toInt(), 2);

        const auto scans =
            m_cli->run({QStringLiteral("discovery"), QStringLiteral("scans"), QStringLiteral("--json")});
        CLI_JSON(history, scans);
        QCOMPARE(history.value(QStringLiteral("scans"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("network"));

        const auto text = m_cli->run({QStringLiteral("scan"), QStringLiteral("run"), QStringLiteral("lab")});
        CLI_EXPECT_EXIT(text, Ok);
        CLI_EXPECT_CONTAINS(text.out, QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    }

    void adhocScanPrintsTheDocument()
    {
        const auto run =
            m_cli->run({QStringLiteral("scan"), QStringLiteral("adhoc"), QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), serverPort(),
                        QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("--timeout-ms"),
                        QStringLiteral("2000"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(run, Ok);
        CLI_JSON(doc, run);
        for (const char *key : {"endpoints_probed", "endpoints_open", "endpoints_tls", "duration_ms"})
            QVERIFY2(doc.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(doc.value(QStringLiteral("endpoints_tls")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("errors")).toArray().size(), 0);
        QVERIFY(!doc.contains(QStringLiteral("target")));
        const auto endpoint = doc.value(QStringLiteral("endpoints")).toArray().first().toObject();
        for (const char *key : {"host", "port", "sni", "tls_version", "cipher", "chain"})
            QVERIFY2(endpoint.contains(QLatin1String(key)), key);
        QCOMPARE(endpoint.value(QStringLiteral("chain")).toArray().size(), 2);
    }

    void scepProbe()
    {
        HttpTestServer server(
            {{QStringLiteral("GetCACaps"),
              HttpReply{200, "text/plain", "POSTPKIOperation\nSHA-256\n", false}},
             {QStringLiteral("GetCACert"), HttpReply{200, "application/x-x509-ca-cert", m_ca.der, false}}});
        const auto run = m_cli->run({QStringLiteral("scep-probe"), server.url(), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(run, Ok);
        CLI_JSON(doc, run);
        QCOMPARE(toStringList(doc.value(QStringLiteral("capabilities"))),
                 QStringList({QStringLiteral("POSTPKIOperation"), QStringLiteral("SHA-256")}));
        QCOMPARE(doc.value(QStringLiteral("chain_length")).toInt(), 1);
        const auto ca = doc.value(QStringLiteral("ca_certificates")).toArray().first().toObject();
        CLI_EXPECT_CONTAINS(ca.value(QStringLiteral("subject")).toString().toUtf8(),
                            QStringLiteral("CLI Scan Root"));
        QCOMPARE(ca.value(QStringLiteral("issuer")).toString(),
                 ca.value(QStringLiteral("subject")).toString());
        QVERIFY(!ca.value(QStringLiteral("algorithm")).toString().isEmpty());
        QCOMPARE(ca.value(QStringLiteral("sha256")).toString(), sha256Hex(m_ca.der));
        QVERIFY(ca.value(QStringLiteral("days_to_expiry")).toInt() > 3000);

        const auto text = m_cli->run({QStringLiteral("scep-probe"), server.url()});
        CLI_EXPECT_EXIT(text, Ok);
        CLI_EXPECT_CONTAINS(text.out, QStringLiteral("POSTPKIOperation"));
        CLI_EXPECT_CONTAINS(text.out, QStringLiteral("chain length 1"));

        HttpTestServer empty(QMap<QString, HttpReply>{});
        const auto failed = m_cli->run({QStringLiteral("scep-probe"), empty.url()});
        CLI_EXPECT_EXIT(failed, Failed);
        CLI_EXPECT_CONTAINS(failed.err, QStringLiteral("404"));
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("scep-probe"), QStringLiteral("ftp://example.test/scep")}),
                        Usage);
    }

    void daemonScansDueTargets()
    {
        CLI_EXPECT_EXIT(m_cli->run(addArgs(QStringLiteral("scheduled"), serverPort())), Ok);
        DaemonProcess *daemon = m_cli->startDaemon();
        QVERIFY(daemon);
        const bool scanned = daemon->waitForOutput("Network scan of target \"scheduled\"", ProcessTimeoutMs);
        QVERIFY2(m_cli->stopDaemon(*daemon, SIGTERM), qPrintable(daemon->describe()));
        QVERIFY2(scanned, qPrintable(daemon->describe()));
        QCOMPARE(daemon->process->exitCode(), 0);
        const auto list =
            m_cli->run({QStringLiteral("scan-targets"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_JSON(doc, list);
        const auto t = doc.value(QStringLiteral("scan_targets")).toArray().first().toObject();
        QCOMPARE(
            t.value(QStringLiteral("last_result")).toObject().value(QStringLiteral("endpoints_tls")).toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
