// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/store/scantargetrepositorytest.h"

#include "models/store/database.h"
#include "models/store/discoveryrepository.h"
#include "models/store/scantargetrepository.h"
#include "models/store/scepproberepository.h"

#include <QTest>

namespace certdesk::store::test {

using domain::NetworkScanTarget;

namespace {

NetworkScanTarget target(const QString &name, int intervalHours = 24, bool enabled = true)
{
    NetworkScanTarget t;
    t.name = name;
    t.targets = {QStringLiteral("192.0.2.0/28"), QStringLiteral("mail.example.test")};
    t.ports = QStringLiteral("443,25");
    t.startTls = {QStringLiteral("25:smtp")};
    t.sniNames = {QStringLiteral("www.example.test")};
    t.timeoutMs = 1500;
    t.concurrency = 20;
    t.intervalHours = intervalHours;
    t.enabled = enabled;
    return t;
}

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QStringList names(const QList<NetworkScanTarget> &targets)
{
    QStringList out;
    for (const auto &t : targets)
        out << t.name;
    return out;
}

} // namespace

void ScanTargetRepositoryTest::insertFindListUpdateRemove()
{
    OPEN_OR_FAIL(db, m_spec);
    ScanTargetRepository repo(db->connection());
    auto id = repo.insert(target(QStringLiteral("lab")), at(1'700'000'000));
    VERIFY_OK(id);
    VERIFY_OK(repo.insert(target(QStringLiteral("dmz")), at(1'700'000'000)));
    auto dup = repo.insert(target(QStringLiteral("lab")), at(1'700'000'000));
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, ErrorCode::InvalidInput);

    auto found = repo.findByName(QStringLiteral("lab"));
    VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->targets, target(QString()).targets);
    QCOMPARE(found->ports, QStringLiteral("443,25"));
    QCOMPARE(found->startTls, QStringList{QStringLiteral("25:smtp")});
    QCOMPARE(found->sniNames, QStringList{QStringLiteral("www.example.test")});
    QCOMPARE(found->timeoutMs, 1500);
    QCOMPARE(found->concurrency, 20);
    QCOMPARE(found->createdAt, at(1'700'000'000));
    QVERIFY(!found->lastScanAt.isValid());
    QVERIFY(!found->lastResult);
    QCOMPARE(repo.findByName(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    QCOMPARE(names(*repo.list()), QStringList({QStringLiteral("dmz"), QStringLiteral("lab")}));

    auto changed = *found;
    changed.name = QStringLiteral("lab2");
    changed.ports = QStringLiteral("8443");
    changed.enabled = false;
    VERIFY_OK(repo.update(changed, at(1'700'000'100)));
    auto after = repo.findByName(QStringLiteral("lab2"));
    VERIFY_OK(after);
    QCOMPARE(after->ports, QStringLiteral("8443"));
    QVERIFY(!after->enabled);
    QCOMPARE(after->updatedAt, at(1'700'000'100));
    changed.name = QStringLiteral("dmz");
    QCOMPARE(repo.update(changed, at(1'700'000'200)).error().code, ErrorCode::InvalidInput);

    VERIFY_OK(repo.remove(*id));
    QCOMPARE(repo.remove(*id).error().code, ErrorCode::NotFound);
    changed.name = QStringLiteral("gone");
    QCOMPARE(repo.update(changed, at(1'700'000'300)).error().code, ErrorCode::NotFound);
    QCOMPARE(names(*repo.list()), QStringList{QStringLiteral("dmz")});
}

void ScanTargetRepositoryTest::dueTargets()
{
    OPEN_OR_FAIL(db, m_spec);
    ScanTargetRepository repo(db->connection());
    const qint64 now = 1'700'000'000;
    auto never = repo.insert(target(QStringLiteral("never")), at(now));
    auto hourly = repo.insert(target(QStringLiteral("hourly"), 1), at(now));
    auto daily = repo.insert(target(QStringLiteral("daily"), 24), at(now));
    auto off = repo.insert(target(QStringLiteral("off"), 1, false), at(now));
    VERIFY_OK(never);
    VERIFY_OK(hourly);
    VERIFY_OK(daily);
    VERIFY_OK(off);
    domain::NetworkScanSummary run;
    run.startedAt = at(now - 2 * 3600);
    VERIFY_OK(repo.recordRun(*hourly, run));
    VERIFY_OK(repo.recordRun(*daily, run));
    VERIFY_OK(repo.recordRun(*off, run));
    // Never scanned first, then the longest waiting.
    QCOMPARE(names(*repo.due(at(now))), QStringList({QStringLiteral("never"), QStringLiteral("hourly")}));
    QCOMPARE(names(*repo.due(at(now + 22 * 3600))),
             QStringList({QStringLiteral("never"), QStringLiteral("hourly"), QStringLiteral("daily")}));
    QCOMPARE(names(*repo.due(at(now - 3600 - 1))), QStringList{QStringLiteral("never")});
}

void ScanTargetRepositoryTest::recordRunAndLinkScan()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    ScanTargetRepository repo(conn);
    auto id = repo.insert(target(QStringLiteral("lab")), at(1'700'000'000));
    VERIFY_OK(id);
    auto scanId = DiscoveryRepository(conn).startScan(QStringLiteral("network"),
                                                      {QStringLiteral("192.0.2.0/28")}, at(1'700'000'500));
    VERIFY_OK(scanId);
    VERIFY_OK(repo.linkScan(*scanId, *id));
    domain::NetworkScanSummary run;
    run.scanId = *scanId;
    run.startedAt = at(1'700'000'500);
    run.durationMs = 1234;
    run.endpointsProbed = 32;
    run.endpointsOpen = 3;
    run.endpointsTls = 2;
    run.certificatesFound = 4;
    run.newFound = 1;
    run.errors = {{QStringLiteral("192.0.2.1:25"), QStringLiteral("the SMTP server refused STARTTLS")}};
    VERIFY_OK(repo.recordRun(*id, run));
    QCOMPARE(repo.recordRun(*id + 100, run).error().code, ErrorCode::NotFound);
    auto found = repo.findByName(QStringLiteral("lab"));
    VERIFY_OK(found);
    QCOMPARE(found->lastScanAt, at(1'700'000'500));
    QVERIFY(found->lastResult);
    QCOMPARE(found->lastResult->scanId, *scanId);
    QCOMPARE(found->lastResult->durationMs, 1234);
    QCOMPARE(found->lastResult->endpointsProbed, 32);
    QCOMPARE(found->lastResult->endpointsOpen, 3);
    QCOMPARE(found->lastResult->endpointsTls, 2);
    QCOMPARE(found->lastResult->certificatesFound, 4);
    QCOMPARE(found->lastResult->newFound, 1);
    QCOMPARE(found->lastResult->errors.size(), 1);
    QCOMPARE(found->lastResult->errors.first().path, QStringLiteral("192.0.2.1:25"));
    auto linked = runQuery(conn, QStringLiteral("SELECT scan_target_id FROM discovery_scans WHERE id = ?"),
                           {*scanId}, QStringLiteral("read the scan"));
    VERIFY_OK(linked);
    QVERIFY(linked.value().next());
    QCOMPARE(linked.value().value(0).toLongLong(), *id);
}

void ScanTargetRepositoryTest::scepProbeHistory()
{
    OPEN_OR_FAIL(db, m_spec);
    ScepProbeRepository repo(db->connection());
    domain::ScepProbeRecord ok;
    ok.url = QStringLiteral("http://ca.example.test/scep");
    ok.probedAt = at(1'700'000'000);
    ok.ok = true;
    ok.capabilities = {QStringLiteral("POSTPKIOperation"), QStringLiteral("SHA-256")};
    ok.withRaCertificates = true;
    domain::ScepCaCertificate ca;
    ca.subject = QStringLiteral("CN=Example CA");
    ca.issuer = ca.subject;
    ca.keyAlgorithm = QStringLiteral("RSA 3072");
    ca.sha256 = QString(64, u'a');
    ca.notAfter = at(1'800'000'000);
    ok.caCertificates = {ca};
    VERIFY_OK(repo.insert(ok));
    domain::ScepProbeRecord failed;
    failed.url = QStringLiteral("http://down.example.test/scep");
    failed.probedAt = at(1'700'000'100);
    failed.error = QStringLiteral("the SCEP server answered HTTP 404 for GetCACert");
    VERIFY_OK(repo.insert(failed));

    auto recent = repo.recent(10);
    VERIFY_OK(recent);
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->at(0).url, failed.url);
    QVERIFY(!recent->at(0).ok);
    QCOMPARE(recent->at(0).error, failed.error);
    QVERIFY(recent->at(0).caCertificates.isEmpty());
    const auto &first = recent->at(1);
    QVERIFY(first.ok);
    QCOMPARE(first.probedAt, ok.probedAt);
    QCOMPARE(first.capabilities, ok.capabilities);
    QVERIFY(first.withRaCertificates);
    QCOMPARE(first.caCertificates.size(), 1);
    QCOMPARE(first.caCertificates.first().subject, ca.subject);
    QCOMPARE(first.caCertificates.first().keyAlgorithm, ca.keyAlgorithm);
    QCOMPARE(first.caCertificates.first().notAfter, ca.notAfter);
    QCOMPARE(first.caCertificates.first().daysToExpiry(at(1'800'000'000 - 86400 * 3)), 3);
    QCOMPARE(repo.recent(1)->size(), 1);
}

} // namespace certdesk::store::test
