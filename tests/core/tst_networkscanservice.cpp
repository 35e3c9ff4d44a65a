// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkScanService on a real SQLite inventory against real TLS and HTTP servers on 127.0.0.1
// started by the test (the network engine's own test servers): scan targets and their validation,
// scans recorded in the discovery store with "tls" locations, triage decisions that survive
// rescans, the scan history, due targets, cancel, and the SCEP probe history.
#include "app/core/discoveryservice.h"
#include "app/core/networkscanservice.h"
#include "connectors/discovery/network/portlist.h"
#include "coretestsupport.h"
#include "models/store/auditrepository.h"
#include "models/store/database.h"
#include "tests/discovery/network/httptestserver.h"
#include "tests/discovery/network/tlstestserver.h"
#include "tests/support/testcertificates.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::testsupport;
using core::ScanTargetField;
using domain::NetworkScanTarget;

namespace {

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

ServerIdentity identityOf(const TestCertificate &leaf, const QList<QByteArray> &chain = {})
{
    return ServerIdentity{leaf.der, leaf.keyPkcs8.bytes(), chain};
}

NetworkScanTarget loopbackTarget(const QString &name, const QList<quint16> &ports)
{
    NetworkScanTarget t;
    t.name = name;
    t.targets = {QStringLiteral("127.0.0.1")};
    QStringList portTexts;
    for (quint16 p : ports)
        portTexts << QString::number(p);
    t.ports = portTexts.join(u',');
    t.timeoutMs = 2000;
    return t;
}

/// The engine's own message for a bad target entry, which the service must pass on unchanged.
QString engineMessage(const QString &entry)
{
    return discovery::parseTarget(entry).error().message;
}

} // namespace

class TestNetworkScanService : public QObject
{
    Q_OBJECT

private:
    TestInventory m_inv;
    TestCa m_ca = makeSelfSignedCa(QStringLiteral("Network Scan Root"));
    TestCertificate m_leaf =
        makeLeaf(m_ca, QStringLiteral("tls.scan.test"), {QStringLiteral("DNS:tls.scan.test")});
    TestCertificate m_named =
        makeLeaf(m_ca, QStringLiteral("www.scan.test"), {QStringLiteral("DNS:www.scan.test")});
    std::unique_ptr<TlsTestServer> m_server;
    std::unique_ptr<TlsTestServer> m_plain;

    core::NetworkScanService &scans() { return m_inv.context->networkScans(); }
    core::DiscoveryService &discovery() { return m_inv.context->discovery(); }

    /// The stored locations of the discovered certificate with this fingerprint.
    QList<domain::DiscoveryLocation> locationsOf(const QString &sha256)
    {
        auto found = discovery().findBySha256(sha256);
        if (!found)
            return {};
        auto details = discovery().details(found->id);
        return details ? details->locations : QList<domain::DiscoveryLocation>{};
    }

    QStringList auditActions(const QString &objectType)
    {
        auto events = store::AuditRepository(m_inv.context->database()->connection()).recent(0, objectType);
        QStringList out;
        if (events) {
            for (const auto &e : *events)
                out << e.action;
        }
        return out;
    }

    void removeAllTargets()
    {
        const auto targets = scans().targets();
        QVERIFY(targets);
        for (const auto &t : *targets)
            QVERIFY(scans().removeTarget(t.name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_inv.open());
        TlsTestServerConfig config;
        config.identity = identityOf(m_leaf, {m_ca.der});
        config.sniIdentities.insert(QStringLiteral("www.scan.test"), identityOf(m_named, {m_ca.der}));
        m_server = std::make_unique<TlsTestServer>(config);
        TlsTestServerConfig plain;
        plain.behaviour = ServerBehaviour::PlainHttp;
        m_plain = std::make_unique<TlsTestServer>(plain);
    }

    void cleanup() { removeAllTargets(); }

    void targetsAreStoredListedChangedAndRemoved()
    {
        auto t = loopbackTarget(QStringLiteral("  lab  "), {443, 8443});
        t.targets = {QStringLiteral(" 10.1.2.3/22 "), QStringLiteral("Mail.Example.COM")};
        t.startTls = {QStringLiteral("8443:SMTP")};
        t.sniNames = {QStringLiteral("WWW.Example.com")};
        t.intervalHours = 6;
        auto added = scans().addTarget(t);
        QVERIFY2(added, qPrintable(added.error().fullText()));
        QVERIFY(added->id > 0);
        QCOMPARE(added->name, QStringLiteral("lab"));
        QCOMPARE(added->targets,
                 QStringList({QStringLiteral("10.1.2.3/22"), QStringLiteral("Mail.Example.COM")}));
        QCOMPARE(added->startTls, QStringList{QStringLiteral("8443:smtp")});
        QCOMPARE(added->sniNames, QStringList{QStringLiteral("www.example.com")});
        QCOMPARE(added->intervalHours, 6);
        QVERIFY(added->enabled);
        QVERIFY(added->createdAt.isValid());
        QVERIFY(!added->lastScanAt.isValid());
        QVERIFY(!added->lastResult);

        auto duplicate = scans().addTarget(t);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::InvalidInput);
        QVERIFY(duplicate.error().message.contains(QLatin1String("lab")));

        auto changed = *added;
        changed.ports = QStringLiteral("443");
        changed.startTls.clear();
        changed.enabled = false;
        auto saved = scans().updateTarget(changed);
        QVERIFY2(saved, qPrintable(saved.error().fullText()));
        auto listed = scans().targets();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().ports, QStringLiteral("443"));
        QVERIFY(!listed->first().enabled);
        QCOMPARE(listed->first().timeoutMs, 2000);

        QVERIFY(scans().removeTarget(QStringLiteral("lab")));
        auto missing = scans().removeTarget(QStringLiteral("lab"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(scans().targets()->size(), 0);
        QCOMPARE(auditActions(QStringLiteral("scan_target")),
                 QStringList({QStringLiteral("scan_target.remove"), QStringLiteral("scan_target.edit"),
                              QStringLiteral("scan_target.add")}));
    }

    void validationNamesEachBadField_data()
    {
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        const int targets = int(ScanTargetField::Targets);
        const int ports = int(ScanTargetField::Ports);
        QTest::newRow("range above /20") << QStringList{QStringLiteral("10.0.0.0/8")} << QStringLiteral("443")
                                         << 24 << targets << engineMessage(QStringLiteral("10.0.0.0/8"));
        QTest::newRow("bad address") << QStringList{QStringLiteral("300.1.1.1")} << QStringLiteral("443")
                                     << 24 << targets << engineMessage(QStringLiteral("300.1.1.1"));
        QTest::newRow("port 0") << QStringList{QStringLiteral("127.0.0.1")} << QStringLiteral("0") << 24
                                << ports << discovery::parsePorts(QStringLiteral("0")).error().message;
        QTest::newRow("port 70000") << QStringList{QStringLiteral("127.0.0.1")} << QStringLiteral("70000")
                                    << 24 << ports
                                    << discovery::parsePorts(QStringLiteral("70000")).error().message;
        QTest::newRow("backwards range")
            << QStringList{QStringLiteral("127.0.0.1")} << QStringLiteral("9010-9000") << 24 << ports
            << discovery::parsePorts(QStringLiteral("9010-9000")).error().message;
        QTest::newRow("interval 0") << QStringList{QStringLiteral("127.0.0.1")} << QStringLiteral("443") << 0
                                    << int(ScanTargetField::Interval)
                                    << QStringLiteral("The scan interval must be 1 to 8760 hours.");
    }

    void validationNamesEachBadField()
    {
        QFETCH(QStringList, targets);
        QFETCH(QString, ports);
        QFETCH(int, interval);
        QFETCH(int, field);
        QFETCH(QString, message);
        NetworkScanTarget t;
        t.name = QStringLiteral("bad");
        t.targets = targets;
        t.ports = ports;
        t.intervalHours = interval;
        const auto errors = core::NetworkScanService::validate(t);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.first().field), field);
        QCOMPARE(errors.first().message, message);
        QVERIFY(!message.isEmpty());
        auto added = scans().addTarget(t);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        QCOMPARE(added.error().message, message);
        QCOMPARE(scans().targets()->size(), 0);
    }

    void everyBadFieldIsReported()
    {
        NetworkScanTarget t;
        t.targets = {QStringLiteral("10.0.0.0/8")};
        t.ports = QStringLiteral("9010-9000");
        t.startTls = {QStringLiteral("25:gopher")};
        t.timeoutMs = 5;
        t.concurrency = 0;
        t.intervalHours = 9000;
        QList<int> fields;
        for (const auto &e : core::NetworkScanService::validate(t))
            fields << int(e.field);
        std::sort(fields.begin(), fields.end());
        QCOMPARE(fields, (QList<int>{int(ScanTargetField::Name), int(ScanTargetField::Targets),
                                     int(ScanTargetField::Ports), int(ScanTargetField::StartTls),
                                     int(ScanTargetField::Timeout), int(ScanTargetField::Concurrency),
                                     int(ScanTargetField::Interval)}));
    }

    void scanRecordsChainsWithTlsLocations()
    {
        const quint16 closed = closedLoopbackPort();
        auto t = loopbackTarget(QStringLiteral("loopback"), {m_server->port(), m_plain->port(), closed});
        t.sniNames = {QStringLiteral("www.scan.test")};
        QVERIFY(scans().addTarget(t));
        int progressCalls = 0;
        core::NetworkScanObserver observer;
        observer.progress = [&](const discovery::TlsScanProgress &) { ++progressCalls; };
        auto report = scans().scanTarget(QStringLiteral("loopback"), observer);
        QVERIFY2(report, qPrintable(report.error().fullText()));
        QVERIFY(progressCalls > 0);
        QCOMPARE(report->targetName, QStringLiteral("loopback"));
        QCOMPARE(report->result.endpointsProbed, 3);
        QCOMPARE(report->result.endpointsOpen, 2);
        QCOMPARE(report->result.endpointsTls, 1);
        QCOMPARE(report->result.errors.size(), 1); // the plain HTTP server
        QCOMPARE(report->result.errors.first().port, m_plain->port());

        const QString plainLocation = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        const QString sniLocation = plainLocation + QStringLiteral(" (sni www.scan.test)");
        QCOMPARE(report->scan.certificatesFound, 3);
        QCOMPARE(report->scan.newFound, 3);
        const QString leaf = sha256Hex(m_leaf.der);
        const QString named = sha256Hex(m_named.der);
        const QString ca = sha256Hex(m_ca.der);
        for (const auto &[sha, expected] :
             {std::pair{leaf, QStringList{plainLocation}}, std::pair{named, QStringList{sniLocation}},
              std::pair{ca, QStringList{plainLocation, sniLocation}}}) {
            QStringList seen;
            for (const auto &l : locationsOf(sha)) {
                QCOMPARE(l.kind, QStringLiteral("tls"));
                seen << l.location;
            }
            seen.sort();
            QCOMPARE(seen, expected);
        }
        auto found = discovery().findBySha256(leaf);
        QVERIFY(found);
        QCOMPARE(found->sources, int(domain::SourceNetwork));

        auto history = discovery().scans(1);
        QVERIFY(history);
        const auto &scan = history->first();
        QCOMPARE(scan.id, report->scan.id);
        QCOMPARE(scan.kind, QStringLiteral("network"));
        QCOMPARE(scan.roots, QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(scan.filesRead, 3);
        QCOMPARE(scan.certificatesFound, 3);
        QCOMPARE(scan.errors.size(), 1);
        QCOMPARE(scan.errors.first().path, QStringLiteral("127.0.0.1:%1").arg(m_plain->port()));
        QVERIFY(scan.finishedAt.isValid());

        auto stored = scans().target(QStringLiteral("loopback"));
        QVERIFY(stored);
        QVERIFY(stored->lastScanAt.isValid());
        QVERIFY(stored->lastResult);
        QCOMPARE(stored->lastResult->scanId, scan.id);
        QCOMPARE(stored->lastResult->endpointsProbed, 3);
        QCOMPARE(stored->lastResult->endpointsTls, 1);
        QCOMPARE(stored->lastResult->certificatesFound, 3);
        QCOMPARE(stored->lastResult->errors.size(), 1);
        QVERIFY(auditActions(QStringLiteral("discovery_scan"))
                    .contains(QStringLiteral("discovery.network_scan")));

        auto linked = QSqlQuery(m_inv.context->database()->connection());
        QVERIFY(linked.exec(
            QStringLiteral("SELECT scan_target_id FROM discovery_scans WHERE id = %1").arg(scan.id)));
        QVERIFY(linked.next());
        QCOMPARE(linked.value(0).toLongLong(), stored->id);
    }

    void rescanKeepsTriageDecisions()
    {
        QVERIFY(scans().addTarget(loopbackTarget(QStringLiteral("again"), {m_server->port()})));
        QVERIFY(scans().scanTarget(QStringLiteral("again")));
        const QString leaf = sha256Hex(m_leaf.der);
        auto found = discovery().findBySha256(leaf);
        QVERIFY(found);
        QVERIFY(discovery().dismiss({found->id}, QStringLiteral("lab box")));
        auto report = scans().scanTarget(QStringLiteral("again"));
        QVERIFY(report);
        QCOMPARE(report->scan.newFound, 0);
        bool seen = false;
        for (const auto &f : report->discovered) {
            if (f.sha256 == leaf) {
                seen = true;
                QCOMPARE(f.status, domain::TriageStatus::Dismissed);
            }
        }
        QVERIFY(seen);
        auto after = discovery().findBySha256(leaf);
        QCOMPARE(after->status, domain::TriageStatus::Dismissed);
        QCOMPARE(after->dismissReason, QStringLiteral("lab box"));
    }

    void dueTargetsAreScannedOnTheirInterval()
    {
        QVERIFY(scans().addTarget(loopbackTarget(QStringLiteral("due"), {m_server->port()})));
        auto off = loopbackTarget(QStringLiteral("off"), {m_server->port()});
        off.enabled = false;
        QVERIFY(scans().addTarget(off));

        auto first = scans().scanDueTargets();
        QVERIFY2(first, qPrintable(first.error().fullText()));
        QCOMPARE(first->failures.size(), 0);
        QCOMPARE(first->reports.size(), 1);
        QCOMPARE(first->reports.first().targetName, QStringLiteral("due"));

        auto second = scans().scanDueTargets();
        QVERIFY(second);
        QCOMPARE(second->reports.size(), 0);

        // 25 hours ago: the default 24-hour interval has passed.
        QSqlQuery back(m_inv.context->database()->connection());
        QVERIFY(back.exec(QStringLiteral("UPDATE scan_targets SET last_scan_at = last_scan_at - 90000")));
        auto third = scans().scanDueTargets();
        QVERIFY(third);
        QCOMPARE(third->reports.size(), 1);
        QCOMPARE(third->reports.first().targetName, QStringLiteral("due"));
    }

    void adhocScanAndCancel()
    {
        discovery::TlsScanForm form;
        form.targets = QStringLiteral("127.0.0.1");
        form.ports = QString::number(m_server->port());
        auto options = core::NetworkScanService::readScanForm(form);
        QVERIFY(options);
        auto report = scans().scanAdhoc(*options);
        QVERIFY2(report, qPrintable(report.error().fullText()));
        QVERIFY(report->targetName.isEmpty());
        QCOMPARE(report->result.endpoints.size(), 1);
        QCOMPARE(report->result.endpoints.first().chain.size(), 2);

        form.targets = QStringLiteral("10.0.0.0/8, 127.0.0.1");
        form.ports = QStringLiteral("0");
        auto bad = core::NetworkScanService::readScanForm(form);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().message, engineMessage(QStringLiteral("10.0.0.0/8")) + u'\n' +
                                          discovery::parsePorts(QStringLiteral("0")).error().message);

        std::atomic<bool> cancel{true};
        core::NetworkScanObserver observer;
        observer.cancel = &cancel;
        auto cancelled = scans().scanAdhoc(*options, observer);
        QVERIFY(cancelled);
        QVERIFY(cancelled->scan.cancelled);
        QVERIFY(discovery().scans(1)->first().cancelled);
    }

    void scepProbesAreKept()
    {
        const QByteArray caps = "POSTPKIOperation\nSHA-256\nAES\n";
        HttpTestServer server(
            {{QStringLiteral("GetCACaps"), HttpReply{200, "text/plain", caps, false}},
             {QStringLiteral("GetCACert"), HttpReply{200, "application/x-x509-ca-cert", m_ca.der, false}}});
        discovery::ScepProbeOptions options;
        options.url = server.url();
        auto probe = scans().probeScep(options);
        QVERIFY2(probe, qPrintable(probe.error().fullText()));
        QVERIFY(probe->ok);
        QCOMPARE(probe->capabilities, QStringList({QStringLiteral("POSTPKIOperation"),
                                                   QStringLiteral("SHA-256"), QStringLiteral("AES")}));
        QCOMPARE(probe->caCertificates.size(), 1);
        QCOMPARE(probe->caCertificates.first().sha256, sha256Hex(m_ca.der));
        QVERIFY(probe->caCertificates.first().subject.contains(QLatin1String("Network Scan Root")));
        QVERIFY(probe->caCertificates.first().daysToExpiry(QDateTime::currentDateTimeUtc()) > 3000);

        HttpTestServer empty({{QStringLiteral("GetCACaps"), HttpReply{200, "text/plain", caps, false}}});
        options.url = empty.url();
        auto failed = scans().probeScep(options);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QLatin1String("404")));

        options.url = QStringLiteral("ftp://example.com/scep");
        QCOMPARE(scans().probeScep(options).error().code, ErrorCode::InvalidInput);

        auto history = scans().scepProbes(10);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(!history->at(0).ok || !history->at(1).ok);
        for (const auto &p : *history) {
            if (p.ok) {
                QCOMPARE(p.url, server.url());
                QCOMPARE(p.caCertificates.size(), 1);
                QCOMPARE(p.capabilities.size(), 3);
            } else {
                QCOMPARE(p.url, empty.url());
                QVERIFY(p.error.contains(QLatin1String("404")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkScanService)
#include "tst_networkscanservice.moc"
