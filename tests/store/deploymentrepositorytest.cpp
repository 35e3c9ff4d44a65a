// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/store/deploymentrepositorytest.h"

#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/deploymentrepository.h"
#include "models/store/jobrepository.h"
#include "models/store/targetrepository.h"

#include <QCryptographicHash>
#include <QTest>

namespace certdesk::store::test {

using domain::DeploymentTarget;

namespace {

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

DeploymentTarget target(const QString &name, const QString &type = QStringLiteral("nginx"))
{
    DeploymentTarget t;
    t.name = name;
    t.type = type;
    t.config = QJsonObject{{QStringLiteral("cert_path"), QStringLiteral("/etc/nginx/certs/site.crt")},
                           {QStringLiteral("reload_command"), QStringLiteral("systemctl reload nginx")}};
    t.secretKeys = {QStringLiteral("password")};
    return t;
}

QStringList names(const QList<DeploymentTarget> &targets)
{
    QStringList out;
    for (const auto &t : targets)
        out << t.name;
    return out;
}

/// A managed certificate (its single version); the DER only has to be unique.
qint64 certificate(QSqlDatabase db, const QString &cn)
{
    NewManagedCertificate c;
    c.details.der = cn.toUtf8() + QByteArrayLiteral("-der");
    c.details.commonName = cn;
    c.details.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(c.details.der, QCryptographicHash::Sha256).toHex());
    auto id = CertificateRepository(db).create(c);
    if (!id)
        qWarning("create certificate: %s", qPrintable(id.error().fullText()));
    return id ? *id : 0;
}

NewDeployment deployment(qint64 certificateId, qint64 targetId, qint64 jobId, qint64 startedAt)
{
    NewDeployment d;
    d.certificateId = certificateId;
    d.targetId = targetId;
    d.targetType = QStringLiteral("nginx");
    d.sha256 = QString(64, u'a');
    d.jobId = jobId;
    d.startedAt = at(startedAt);
    return d;
}

/// Two certificates (www and mail) and two targets (web and api) in a fresh inventory.
struct Seeded
{
    qint64 cert = 0;
    qint64 other = 0;
    qint64 web = 0;
    qint64 api = 0;

    bool seed(QSqlDatabase db)
    {
        cert = certificate(db, QStringLiteral("www.example.test"));
        other = certificate(db, QStringLiteral("mail.example.test"));
        TargetRepository targets(db);
        auto w = targets.insert(target(QStringLiteral("web")), at(1'700'000'000));
        auto a = targets.insert(target(QStringLiteral("api")), at(1'700'000'000));
        web = w ? *w : 0;
        api = a ? *a : 0;
        return cert && other && web && api;
    }
};

} // namespace

void DeploymentRepositoryTest::targetsInsertFindListUpdateRemove()
{
    OPEN_OR_FAIL(db, m_spec);
    TargetRepository repo(db->connection());
    auto id = repo.insert(target(QStringLiteral("web")), at(1'700'000'000));
    VERIFY_OK(id);
    VERIFY_OK(repo.insert(target(QStringLiteral("api"), QStringLiteral("haproxy")), at(1'700'000'000)));
    auto dup = repo.insert(target(QStringLiteral("web")), at(1'700'000'000));
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, ErrorCode::InvalidInput);
    QVERIFY(dup.error().message.contains(QStringLiteral("web")));

    auto found = repo.findByName(QStringLiteral("web"));
    VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->type, QStringLiteral("nginx"));
    QCOMPARE(found->config, target(QString()).config);
    QCOMPARE(found->secretKeys, QStringList{QStringLiteral("password")});
    QVERIFY(found->enabled);
    QCOMPARE(found->createdAt, at(1'700'000'000));
    QVERIFY(!found->lastDeployedAt.isValid());
    QVERIFY(found->lastStatus.isEmpty());
    QCOMPARE(repo.findById(*id)->name, QStringLiteral("web"));
    QCOMPARE(repo.findByName(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.findById(*id + 100).error().code, ErrorCode::NotFound);
    QCOMPARE(names(*repo.list()), QStringList({QStringLiteral("api"), QStringLiteral("web")}));

    auto changed = *found;
    changed.config.insert(QStringLiteral("cert_path"), QStringLiteral("/srv/tls/site.crt"));
    changed.secretKeys = {};
    changed.enabled = false;
    VERIFY_OK(repo.update(changed, at(1'700'000'100)));
    auto after = repo.findByName(QStringLiteral("web"));
    VERIFY_OK(after);
    QCOMPARE(after->config.value(QStringLiteral("cert_path")).toString(),
             QStringLiteral("/srv/tls/site.crt"));
    QVERIFY(after->secretKeys.isEmpty());
    QVERIFY(!after->enabled);
    QCOMPARE(after->updatedAt, at(1'700'000'100));
    VERIFY_OK(repo.setEnabled(*id, true, at(1'700'000'200)));
    QVERIFY(repo.findById(*id)->enabled);

    VERIFY_OK(repo.remove(*id));
    QCOMPARE(repo.remove(*id).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.update(changed, at(1'700'000'300)).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.setEnabled(*id, false, at(1'700'000'300)).error().code, ErrorCode::NotFound);
    QCOMPARE(names(*repo.list()), QStringList{QStringLiteral("api")});
}

void DeploymentRepositoryTest::bindAndUnbind()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    TargetRepository repo(conn);
    Seeded seeded;
    QVERIFY(seeded.seed(conn));
    const auto [cert, other, web, api] = seeded;

    QCOMPARE(*repo.bind(cert, web), true);
    QCOMPARE(*repo.bind(cert, web), false);
    QCOMPARE(*repo.bind(cert, api), true);
    QCOMPARE(*repo.bind(other, api), true);
    QCOMPARE(names(*repo.boundTargets(cert)), QStringList({QStringLiteral("api"), QStringLiteral("web")}));
    QCOMPARE(names(*repo.boundTargets(other)), QStringList{QStringLiteral("api")});

    QCOMPARE(*repo.unbind(cert, api), true);
    QCOMPARE(*repo.unbind(cert, api), false);
    QCOMPARE(names(*repo.boundTargets(cert)), QStringList{QStringLiteral("web")});
    QCOMPARE(names(*repo.boundTargets(other)), QStringList{QStringLiteral("api")});
}

void DeploymentRepositoryTest::historyPerJobAndFilters()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    TargetRepository targets(conn);
    DeploymentRepository repo(conn);
    Seeded seeded;
    QVERIFY(seeded.seed(conn));
    const auto [cert, other, web, api] = seeded;
    NewJob newJob;
    newJob.kind = QStringLiteral("certificate.deploy");
    auto job = JobRepository(conn).enqueue(newJob);
    VERIFY_OK(job);

    // A job's first run makes its row; a second run (a retry) takes the same row over.
    auto first = repo.start(deployment(cert, web, *job, 1'700'000'100));
    VERIFY_OK(first);
    VERIFY_OK(repo.finish(*first, QStringLiteral("failed"), QStringLiteral("nginx -t: bad config"),
                          at(1'700'000'110)));
    auto again = repo.start(deployment(cert, web, *job, 1'700'000'200));
    VERIFY_OK(again);
    QCOMPARE(*again, *first);
    auto running = repo.findByJob(*job);
    VERIFY_OK(running);
    QVERIFY(running->has_value());
    QCOMPARE((*running)->status, QStringLiteral("running"));
    QVERIFY((*running)->output.isEmpty());
    QVERIFY(!(*running)->finishedAt.isValid());
    VERIFY_OK(
        repo.finish(*first, QStringLiteral("succeeded"), QStringLiteral("wrote 3 files"), at(1'700'000'210)));

    // Without a job every start is a row of its own.
    auto manual = repo.start(deployment(cert, api, 0, 1'700'000'300));
    VERIFY_OK(manual);
    QVERIFY(*manual != *first);
    VERIFY_OK(repo.finish(*manual, QStringLiteral("unchanged"), QString(), at(1'700'000'301)));
    auto otherDeployment = repo.start(deployment(other, api, 0, 1'700'000'400));
    VERIFY_OK(otherDeployment);
    QCOMPARE(repo.finish(*otherDeployment + 100, QStringLiteral("failed"), QString(), at(1)).error().code,
             ErrorCode::NotFound);

    auto all = repo.list({});
    VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, *otherDeployment); // newest first
    QCOMPARE(all->at(0).status, QStringLiteral("running"));
    const auto &byJob = all->at(2);
    QCOMPARE(byJob.id, *first);
    QCOMPARE(byJob.certificateId, cert);
    QCOMPARE(byJob.certificateName, QStringLiteral("www.example.test"));
    QCOMPARE(byJob.targetId, web);
    QCOMPARE(byJob.targetName, QStringLiteral("web"));
    QCOMPARE(byJob.targetType, QStringLiteral("nginx"));
    QCOMPARE(byJob.sha256, QString(64, u'a'));
    QCOMPARE(byJob.status, QStringLiteral("succeeded"));
    QCOMPARE(byJob.output, QStringLiteral("wrote 3 files"));
    QCOMPARE(byJob.startedAt, at(1'700'000'200));
    QCOMPARE(byJob.finishedAt, at(1'700'000'210));
    QCOMPARE(byJob.jobId, *job);
    QCOMPARE(all->at(1).jobId, 0);

    domain::DeploymentFilter forCert;
    forCert.certificateId = cert;
    QCOMPARE(repo.list(forCert)->size(), 2);
    domain::DeploymentFilter forTarget;
    forTarget.targetName = QStringLiteral("api");
    QCOMPARE(repo.list(forTarget)->size(), 2);
    forTarget.certificateId = other;
    QCOMPARE(repo.list(forTarget)->size(), 1);
    forTarget.targetName = QStringLiteral("nope");
    QCOMPARE(repo.list(forTarget)->size(), 0);
    domain::DeploymentFilter limited;
    limited.limit = 1;
    QCOMPARE(repo.list(limited)->size(), 1);
    QVERIFY(!repo.findByJob(*job + 100)->has_value());

    // The target list shows each target's newest deployment.
    auto webTarget = targets.findByName(QStringLiteral("web"));
    QCOMPARE(webTarget->lastStatus, QStringLiteral("succeeded"));
    QCOMPARE(webTarget->lastDeployedAt, at(1'700'000'210));
    auto apiTarget = targets.findByName(QStringLiteral("api"));
    QCOMPARE(apiTarget->lastStatus, QStringLiteral("running"));
    QCOMPARE(apiTarget->lastDeployedAt, at(1'700'000'400));
}

void DeploymentRepositoryTest::removingTargetOrCertificateDropsItsRows()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    TargetRepository targets(conn);
    DeploymentRepository repo(conn);
    Seeded seeded;
    QVERIFY(seeded.seed(conn));
    const auto [cert, other, web, api] = seeded;
    VERIFY_OK(targets.bind(cert, web));
    VERIFY_OK(targets.bind(other, api));
    VERIFY_OK(repo.start(deployment(cert, web, 0, 1'700'000'100)));
    VERIFY_OK(repo.start(deployment(other, api, 0, 1'700'000'100)));

    VERIFY_OK(targets.remove(web));
    QVERIFY(targets.boundTargets(cert)->isEmpty());
    QCOMPARE(repo.list({})->size(), 1);
    VERIFY_OK(CertificateRepository(conn).remove(other));
    QVERIFY(repo.list({})->isEmpty());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM certificate_targets")), 0);
}

} // namespace certdesk::store::test
