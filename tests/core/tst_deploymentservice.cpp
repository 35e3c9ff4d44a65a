// SPDX-License-Identifier: GPL-3.0-or-later
// DeploymentService and the deploy job on a real inventory: real jobs through the JobRunner, the
// real "traefik" target type writing real files (Traefik itself is not started: its file provider
// only reads these files, and `openssl s_server` on 127.0.0.1, started by the test on the files the
// job wrote, stands in for the TLS endpoint), checked with the real openssl CLI. Covers the
// history (succeeded, unchanged, failed with the output), the endpoint verification by a TLS
// handshake (the deployed certificate presented, or another one), input errors that fail at once,
// the private key never reaching the history, the audit log or the database in plain text, and
// the deployments a renewal queues for the bound targets in its own transaction.
#include "app/core/deployjob.h"
#include "app/core/deploymentservice.h"
#include "app/core/inventoryservice.h"
#include "app/core/issuancejobs.h"
#include "app/core/issuerservice.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/targetservice.h"
#include "connectors/pki/crl.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/pki/opensslcli.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

using namespace certdesk;
using namespace std::chrono_literals;

namespace {

/// `openssl s_server -www` on 127.0.0.1 serving a certificate file (with its chain) and key file.
class SServer final
{
public:
    ~SServer() { stop(); }

    bool start(const QString &certFile, const QString &keyFile)
    {
        stop();
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = quint16(testsupport::freeLoopbackPort());
            m_process.start(QStringLiteral("openssl"),
                            {QStringLiteral("s_server"), QStringLiteral("-www"), QStringLiteral("-accept"),
                             QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"), certFile,
                             QStringLiteral("-key"), keyFile});
            if (!m_process.waitForStarted(5000))
                return false;
            if (testsupport::waitForLoopbackPort(m_port) && m_process.state() == QProcess::Running)
                return true;
            stop();
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString endpoint() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// An inventory with a local CA and two certificates it issued (with their keys).
struct Fixture
{
    testsupport::TestInventory inv;
    qint64 web = 0;   ///< www.deploy.test
    qint64 other = 0; ///< other.deploy.test

    bool open()
    {
        if (!inv.open())
            return false;
        core::LocalCaSetup ca;
        ca.name = QStringLiteral("Deploy CA");
        if (!inv.context->issuers().addLocalCa(ca))
            return false;
        web = issue(QStringLiteral("www.deploy.test"));
        other = issue(QStringLiteral("other.deploy.test"));
        return web && other;
    }
    qint64 issue(const QString &cn)
    {
        core::IssueCertificateRequest request;
        request.issuerName = QStringLiteral("Deploy CA");
        request.commonName = cn;
        auto id = inv.context->lifecycle().issue(request);
        return id ? *id : 0;
    }
    /// A traefik target writing into `folder` (made unless `create` is false), verified at `endpoint`.
    bool addTarget(const QString &name, const QString &folder, const QString &endpoint = {},
                   bool create = true)
    {
        if (create && !QDir().mkpath(inv.path(folder)))
            return false;
        target::TargetSettings settings;
        settings.values = QJsonObject{{QStringLiteral("cert_dir"), inv.path(folder)}};
        if (!endpoint.isEmpty())
            settings.values.insert(QStringLiteral("endpoint"), endpoint);
        auto id = inv.context->targets().add(name, QStringLiteral("traefik"), settings);
        if (!id)
            qWarning("add target %s: %s", qPrintable(name), qPrintable(id.error().fullText()));
        return id.ok();
    }
    QString sha256(qint64 certificate)
    {
        auto view = inv.context->inventory().view(certificate);
        return view ? view->certificate.current.details.sha256 : QString();
    }
    /// Works the queue. With `deployOptions`, the deploy handler is made with them; `backoff` 0 runs
    /// a failing job's retries at once, a large one leaves it queued after its first attempt.
    void work(int backoff = 0, const core::DeployJobHandler::Options *deployOptions = nullptr)
    {
        core::JobRunner::Options options;
        options.baseBackoffSeconds = backoff;
        options.maxBackoffSeconds = std::max(backoff, 1);
        core::JobRunner runner(inv.context->database(), options);
        if (deployOptions) {
            core::registerLifecycleHandlers(runner, inv.context->lifecycle());
            runner.registerHandler(QString::fromLatin1(core::JobKind::Deploy),
                                   std::make_shared<core::DeployJobHandler>(inv.context->sharedSecrets(),
                                                                            inv.context->sharedTargets(),
                                                                            *deployOptions));
        } else {
            inv.context->registerJobHandlers(runner);
        }
        runner.runUntilIdle();
    }
    domain::Job job(qint64 id) { return *inv.context->jobs().find(id); }
    core::DeploymentRecord deploymentOf(qint64 jobId)
    {
        auto found = inv.context->deployments().deploymentOfJob(jobId);
        return found && found->has_value() ? **found : core::DeploymentRecord{};
    }
    /// Queues one deployment and returns its job id (0 when refused).
    qint64 deploy(qint64 certificate, const QString &target)
    {
        auto jobs = inv.context->deployments().enqueueDeploy(certificate, {target});
        if (!jobs)
            qWarning("enqueueDeploy: %s", qPrintable(jobs.error().fullText()));
        return jobs ? jobs->value(0) : 0;
    }
    qint64 scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto q =
            store::runQuery(inv.context->database()->connection(), sql, bindings, QStringLiteral("count"));
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }
};

QString sha256OfPemFile(const QString &path)
{
    const auto run = testsupport::runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path,
                                              QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                              QStringLiteral("-sha256")});
    const QString text = QString::fromLatin1(run.out).trimmed();
    return text.mid(text.indexOf(u'=') + 1).remove(u':').toLower();
}

QByteArray publicKeyOf(const QStringList &args)
{
    return testsupport::runOpenssl(args).out;
}

/// The base64 lines of a PEM key file: what must never appear anywhere else.
QList<QByteArray> keyLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    for (const auto &line : file.readAll().split('\n')) {
        if (line.size() >= 16 && !line.startsWith("-----"))
            lines << line;
    }
    return lines;
}

} // namespace

class TestDeploymentService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CERTDESK_REQUIRE_PROGRAM(QStringLiteral("openssl"), QStringLiteral("openssl")); }

    void deploysThenRedeployIsUnchanged()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.addTarget(QStringLiteral("edge"), QStringLiteral("edge")));
        const qint64 jobId = f.deploy(f.web, QStringLiteral("edge"));
        QVERIFY(jobId);
        f.work();

        const auto job = f.job(jobId);
        QCOMPARE(job.status, domain::JobStatus::Succeeded);
        QCOMPARE(job.attempts, 1);
        QCOMPARE(job.progressDone, job.progressTotal);
        const auto first = f.deploymentOf(jobId);
        QCOMPARE(job.result.value(QStringLiteral("deployment_id")).toInteger(), first.id);
        QCOMPARE(first.status, QStringLiteral("succeeded"));
        QCOMPARE(first.sha256, f.sha256(f.web));
        QCOMPARE(first.certificateId, f.web);
        QCOMPARE(first.targetName, QStringLiteral("edge"));
        QCOMPARE(first.targetType, QStringLiteral("traefik"));
        QCOMPARE(first.jobId, jobId);
        QVERIFY(first.startedAt.isValid() && first.finishedAt.isValid());
        QVERIFY2(first.output.contains(QStringLiteral("site.crt")), qPrintable(first.output));

        // The files: the certificate (0644) is the one deployed, the key (0600) is its key.
        const QString cert = f.inv.path(QStringLiteral("edge/site.crt"));
        const QString key = f.inv.path(QStringLiteral("edge/site.key"));
        QCOMPARE(sha256OfPemFile(cert), f.sha256(f.web));
        QCOMPARE(QFileInfo(key).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(QFileInfo(cert).permissions() & QFileDevice::ReadOther);
        const QByteArray certKey = publicKeyOf({QStringLiteral("x509"), QStringLiteral("-in"), cert,
                                                QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QVERIFY(!certKey.isEmpty());
        QCOMPARE(publicKeyOf({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout")}),
                 certKey);
        const auto written = QFileInfo(cert).lastModified();

        // Again: nothing changes, the deployment says so and still succeeds.
        const qint64 again = f.deploy(f.web, QStringLiteral("edge"));
        QVERIFY(again && again != jobId);
        f.work();
        QCOMPARE(f.job(again).status, domain::JobStatus::Succeeded);
        QCOMPARE(f.deploymentOf(again).status, QStringLiteral("unchanged"));
        QCOMPARE(QFileInfo(cert).lastModified(), written);

        auto history = f.inv.context->deployments().history({});
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).status, QStringLiteral("unchanged")); // newest first
        domain::DeploymentFilter other;
        other.certificateId = f.other;
        QVERIFY(f.inv.context->deployments().history(other)->isEmpty());
        auto target = f.inv.context->targets().find(QStringLiteral("edge"));
        QCOMPARE(target->lastStatus, QStringLiteral("unchanged"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'certificate.deploy' "
                                    "AND object_id = ?"),
                     {QString::number(f.web)}),
            2);

        // The key is in the files it belongs in, and nowhere in the inventory in plain text.
        const auto lines = keyLines(key);
        QVERIFY(!lines.isEmpty());
        const QByteArray database = testsupport::allDatabaseBytes(f.inv.dbPath);
        for (const auto &line : lines) {
            QVERIFY(!database.contains(line));
            QVERIFY(!first.output.toUtf8().contains(line));
        }
    }

    void failedDeploymentIsRecordedWithItsOutput()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.addTarget(QStringLiteral("nofolder"), QStringLiteral("missing-folder"), {}, false));
        const qint64 jobId = f.deploy(f.web, QStringLiteral("nofolder"));
        QVERIFY(jobId);
        f.work(0); // the retries run at once
        const auto job = f.job(jobId);
        QCOMPARE(job.status, domain::JobStatus::Failed);
        QCOMPARE(job.attempts, 3);
        QVERIFY2(job.error.contains(QStringLiteral("missing-folder")), qPrintable(job.error));
        const auto row = f.deploymentOf(jobId);
        QCOMPARE(row.status, QStringLiteral("failed"));
        QVERIFY2(row.output.contains(QStringLiteral("does not exist")), qPrintable(row.output));
        QCOMPARE(f.inv.context->deployments().history({})->size(), 1); // one row per job, not per attempt
        QVERIFY(!QFileInfo::exists(f.inv.path(QStringLiteral("missing-folder"))));
        QCOMPARE(f.inv.context->targets().find(QStringLiteral("nofolder"))->lastStatus,
                 QStringLiteral("failed"));
        QVERIFY(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'certificate.deploy' "
                                    "AND details LIKE '%failed%'")) >= 1);
    }

    void inputErrorsFailAtOnce()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.addTarget(QStringLiteral("edge"), QStringLiteral("edge")));
        auto &deployments = f.inv.context->deployments();
        const qint64 jobs = f.scalar(QStringLiteral("SELECT COUNT(*) FROM jobs"));
        QCOMPARE(deployments.enqueueDeploy(f.web, {QStringLiteral("nope")}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(
            deployments.enqueueDeploy(f.web, {QStringLiteral("edge"), QStringLiteral("nope")}).error().code,
            ErrorCode::NotFound);
        QCOMPARE(deployments.enqueueDeploy(f.web, {}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(deployments.enqueueDeploy(f.web + 100, {QStringLiteral("edge")}).error().code,
                 ErrorCode::NotFound);
        QVERIFY(f.inv.context->targets().setEnabled(QStringLiteral("edge"), false).ok());
        QCOMPARE(deployments.enqueueDeploy(f.web, {QStringLiteral("edge")}).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(f.inv.context->targets().setEnabled(QStringLiteral("edge"), true).ok());
        QVERIFY(f.inv.context->lifecycle().revoke(f.other, pki::RevocationReason::Superseded).ok());
        const auto revoked = deployments.enqueueDeploy(f.other, {QStringLiteral("edge")});
        QCOMPARE(revoked.error().code, ErrorCode::InvalidInput);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM jobs")), jobs);

        // A target removed while its job waits: the job fails at once, without retries.
        const qint64 jobId = f.deploy(f.web, QStringLiteral("edge"));
        QVERIFY(jobId);
        QVERIFY(f.inv.context->targets().remove(QStringLiteral("edge")).ok());
        f.work(300);
        const auto job = f.job(jobId);
        QCOMPARE(job.status, domain::JobStatus::Failed);
        QCOMPARE(job.attempts, 1);
        QVERIFY2(job.error.contains(QStringLiteral("edge")), qPrintable(job.error));
        QVERIFY(!QFileInfo::exists(f.inv.path(QStringLiteral("edge/site.crt"))));
    }

    void endpointMustPresentTheDeployedCertificate()
    {
        Fixture f;
        QVERIFY(f.open());
        // The certificates' files, for the servers: each deployed once to a folder of its own.
        QVERIFY(f.addTarget(QStringLiteral("web-files"), QStringLiteral("web-files")));
        QVERIFY(f.addTarget(QStringLiteral("other-files"), QStringLiteral("other-files")));
        const qint64 webFiles = f.deploy(f.web, QStringLiteral("web-files"));
        const qint64 otherFiles = f.deploy(f.other, QStringLiteral("other-files"));
        f.work();
        QCOMPARE(f.job(webFiles).status, domain::JobStatus::Succeeded);
        QCOMPARE(f.job(otherFiles).status, domain::JobStatus::Succeeded);
        const auto files = [&f](const QString &folder, const char *name) {
            return f.inv.path(folder + u'/' + QLatin1String(name));
        };

        // The endpoint serves the certificate deployed: verified by a handshake.
        SServer server;
        QVERIFY(server.start(files(QStringLiteral("web-files"), "site.crt"),
                             files(QStringLiteral("web-files"), "site.key")));
        QVERIFY(f.addTarget(QStringLiteral("web"), QStringLiteral("web"), server.endpoint()));
        const qint64 verified = f.deploy(f.web, QStringLiteral("web"));
        f.work(300);
        QCOMPARE(f.job(verified).status, domain::JobStatus::Succeeded);
        const auto ok = f.deploymentOf(verified);
        QCOMPARE(ok.status, QStringLiteral("succeeded"));
        QVERIFY2(ok.output.contains(QStringLiteral("Verified: %1").arg(server.endpoint())),
                 qPrintable(ok.output));

        // It serves another certificate: the deployment fails, names what is presented, and the
        // target's files are put back (none were there).
        SServer wrong;
        QVERIFY(wrong.start(files(QStringLiteral("other-files"), "site.crt"),
                            files(QStringLiteral("other-files"), "site.key")));
        QVERIFY(f.addTarget(QStringLiteral("wrong"), QStringLiteral("wrong"), wrong.endpoint()));
        const qint64 failed = f.deploy(f.web, QStringLiteral("wrong"));
        f.work(300); // one attempt; a retry would come after the backoff
        auto job = f.job(failed);
        QCOMPARE(job.status, domain::JobStatus::Queued);
        QCOMPARE(job.attempts, 1);
        QVERIFY(!job.error.isEmpty());
        const auto row = f.deploymentOf(failed);
        QCOMPARE(row.status, QStringLiteral("failed"));
        QVERIFY2(row.output.contains(f.sha256(f.other)), qPrintable(row.output));
        QVERIFY(!QFileInfo::exists(f.inv.path(QStringLiteral("wrong/site.crt"))));
        QVERIFY(f.inv.context->jobs().cancel(failed).ok());

        // The files already hold the certificate (nothing to write) but the endpoint now serves
        // another one: the job's own check finds it.
        QVERIFY(server.start(files(QStringLiteral("other-files"), "site.crt"),
                             files(QStringLiteral("other-files"), "site.key")));
        QVERIFY(f.inv.context->targets()
                    .update(QStringLiteral("web"),
                            [&] {
                                target::TargetSettings s;
                                s.values = QJsonObject{
                                    {QStringLiteral("cert_dir"), f.inv.path(QStringLiteral("web"))},
                                    {QStringLiteral("endpoint"), server.endpoint()}};
                                return s;
                            }())
                    .ok());
        core::DeployJobHandler::Options quick;
        quick.verifyFor = 1500ms;
        quick.retryEvery = 300ms;
        const qint64 stale = f.deploy(f.web, QStringLiteral("web"));
        QVERIFY(stale && stale != verified);
        f.work(300, &quick);
        QCOMPARE(f.job(stale).status, domain::JobStatus::Queued);
        const auto staleRow = f.deploymentOf(stale);
        QCOMPARE(staleRow.status, QStringLiteral("failed"));
        QVERIFY2(staleRow.output.contains(QStringLiteral("does not present the deployed certificate")) &&
                     staleRow.output.contains(f.sha256(f.other)),
                 qPrintable(staleRow.output));
        QVERIFY(f.inv.context->jobs().cancel(stale).ok());
    }

    void renewalQueuesDeploymentsInItsTransaction()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.addTarget(QStringLiteral("a"), QStringLiteral("a")));
        QVERIFY(f.addTarget(QStringLiteral("b"), QStringLiteral("b")));
        QVERIFY(f.addTarget(QStringLiteral("off"), QStringLiteral("off")));
        QVERIFY(f.addTarget(QStringLiteral("unbound"), QStringLiteral("unbound")));
        auto &targets = f.inv.context->targets();
        for (const auto &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("off")})
            QVERIFY(targets.bind(f.web, name).ok());
        QVERIFY(targets.bind(f.other, QStringLiteral("unbound")).ok());
        QVERIFY(targets.setEnabled(QStringLiteral("off"), false).ok());
        const QString deployJobs =
            QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = 'certificate.deploy'");

        // A renewal that rolls back leaves no deployment behind.
        auto &lifecycle = f.inv.context->lifecycle();
        qint64 seenInTransaction = -1;
        auto failed = lifecycle.renew(f.web, false, [&](QSqlDatabase db, qint64) -> Status {
            auto q = store::runQuery(db, deployJobs, {}, QStringLiteral("count"));
            seenInTransaction = q && q.value().next() ? q.value().value(0).toLongLong() : -1;
            return Error{QStringLiteral("the caller's part failed")};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(seenInTransaction, 2); // a and b, queued inside the renewal's transaction
        QCOMPARE(f.scalar(deployJobs), 0);
        QCOMPARE(f.inv.context->inventory().versions(f.web)->size(), 1);

        // A renewal that commits brings its deployments with it: one per enabled bound target.
        auto version = lifecycle.renew(f.web);
        QVERIFY2(version.ok(), qPrintable(version.error().fullText()));
        QCOMPARE(f.scalar(deployJobs), 2);
        QCOMPARE(
            f.scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM jobs WHERE kind = 'certificate.deploy' AND dedupe LIKE ?"),
                     {QStringLiteral("deploy:%1:%:%2").arg(f.web).arg(*version)}),
            2);
        f.work();
        const QString renewed = f.sha256(f.web);
        QCOMPARE(sha256OfPemFile(f.inv.path(QStringLiteral("a/site.crt"))), renewed);
        QCOMPARE(sha256OfPemFile(f.inv.path(QStringLiteral("b/site.crt"))), renewed);
        QVERIFY(!QFileInfo::exists(f.inv.path(QStringLiteral("off/site.crt"))));
        QVERIFY(!QFileInfo::exists(f.inv.path(QStringLiteral("unbound/site.crt"))));

        // Through the queue, as the scheduler and the console renew: the renew job's commit carries
        // the deployments, and the same runner deploys the new version.
        auto renewJob = f.inv.context->jobs().enqueueRenew(f.web, false);
        QVERIFY(renewJob.ok());
        f.work();
        QCOMPARE(f.job(*renewJob).status, domain::JobStatus::Succeeded);
        QCOMPARE(f.scalar(deployJobs), 4);
        QCOMPARE(f.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM jobs WHERE kind = 'certificate.deploy' AND status = 'succeeded'")),
                 4);
        QVERIFY(f.sha256(f.web) != renewed);
        QCOMPARE(sha256OfPemFile(f.inv.path(QStringLiteral("a/site.crt"))), f.sha256(f.web));
        domain::DeploymentFilter forB;
        forB.targetName = QStringLiteral("b");
        QCOMPARE(f.inv.context->deployments().history(forB)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentService)
#include "tst_deploymentservice.moc"
