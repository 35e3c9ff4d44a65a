// SPDX-License-Identifier: GPL-3.0-or-later
// The file-target engine (connectors/target/sdk/filetarget) and the types whose daemons these tests
// do not run: Postfix/Dovecot (a mail server needs a system-wide setup: its spool, its users, its
// chroot; `postfix check` and `doveconf -n` read /etc), Traefik and Envoy (not packaged in Debian
// 12). For them the tests check the files (contents, order, modes, sds.json parsed as JSON) and the
// commands: the check and the reload run tests/target/scripts/record-command.sh, which records
// its argv and exits with the statuses the test queues, so the engine's restore paths run for
// real. nginx, Apache and HAProxy are deployed to running servers in tests/target/servers.

#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/settingsreader.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::target;
using testsupport::fileBytes;
using testsupport::fileMode;
using testsupport::makeTestDeployment;
using testsupport::snapshotFolder;

namespace {

const QString Recorder = QStringLiteral(CERTDESK_TARGET_SCRIPTS_DIR "/record-command.sh");

Result<std::unique_ptr<Connector>> create(const QString &type, const QJsonObject &values)
{
    const TargetType *targetType = findTargetType(type);
    if (!targetType)
        return Error{QStringLiteral("no target type %1").arg(type)};
    TargetSettings settings;
    settings.values = values;
    return targetType->create(settings);
}

const FileConnector *fileConnector(const std::unique_ptr<Connector> &connector)
{
    return dynamic_cast<const FileConnector *>(connector.get());
}

} // namespace

class TestFileTargets : public QObject
{
    Q_OBJECT

private:
    /// A folder with a command log and a status queue for record-command.sh.
    QTemporaryDir m_dir;
    QString logPath() const { return m_dir.filePath(QStringLiteral("commands.log")); }
    QString statusPath() const { return m_dir.filePath(QStringLiteral("statuses")); }
    /// "record-command.sh LOG STATUSES <what>" as a command field.
    QString recorded(const QString &what) const
    {
        return QStringLiteral("%1 %2 %3 %4").arg(Recorder, logPath(), statusPath(), what);
    }
    void queueStatuses(const QByteArray &statuses) const
    {
        QFile file(statusPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(statuses);
    }
    QStringList recordedCommands() const
    {
        return QString::fromUtf8(fileBytes(logPath())).split(u'\n', Qt::SkipEmptyParts);
    }
    /// Deploys with a Sandbox holding exactly the connector's grant.
    static Result<DeployOutcome> deploy(Connector &connector, const Deployment &deployment,
                                        const CancelCheck &cancelled = {})
    {
        Sandbox sandbox(connector.name(), connector.capabilities());
        return connector.deploy(sandbox, deployment, cancelled);
    }
    /// nginx settings with every file in `folder` and the recorder as check and reload.
    QJsonObject nginxValues(const QString &folder) const
    {
        return {{QStringLiteral("cert_path"), QDir(folder).filePath(QStringLiteral("cert.pem"))},
                {QStringLiteral("chain_path"), QDir(folder).filePath(QStringLiteral("chain.pem"))},
                {QStringLiteral("key_path"), QDir(folder).filePath(QStringLiteral("key.pem"))},
                {QStringLiteral("validate_command"), recorded(QStringLiteral("check"))},
                {QStringLiteral("reload_command"), recorded(QStringLiteral("reload"))}};
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(logPath());
        QFile::remove(statusPath());
    }

    void separateFilesAndModes()
    {
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("nginx"), nginxValues(dir.path()));
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        const Deployment deployment = makeTestDeployment();
        const Result<DeployOutcome> outcome = deploy(**connector, deployment);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
        QVERIFY(outcome->changed);
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("cert.pem"))), deployment.certificatePem());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("chain.pem"))), deployment.chainPem());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("key.pem"))), deployment.privateKeyPem.bytes());
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("cert.pem"))), 0644);
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("chain.pem"))), 0644);
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("key.pem"))), 0600);
        QCOMPARE(recordedCommands(), (QStringList{QStringLiteral("check"), QStringLiteral("reload")}));
        // The step log names each file and the commands' output, and never the key.
        QVERIFY2(outcome->output.contains(dir.filePath(QStringLiteral("key.pem"))),
                 qPrintable(outcome->output));
        QVERIFY2(outcome->output.contains(QStringLiteral("recorded: reload")), qPrintable(outcome->output));
        QVERIFY(!outcome->output.contains(QStringLiteral("PRIVATE KEY")));

        // Re-deploying the same certificate writes and runs nothing.
        const auto before = snapshotFolder(dir.path());
        const Result<DeployOutcome> again = deploy(**connector, deployment);
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
        QVERIFY(!again->changed);
        QCOMPARE(recordedCommands().size(), 2);
        QCOMPARE(snapshotFolder(dir.path()), before);

        // A mode the administrator gave a file that holds the right bytes stays (the local store
        // writes 0644 or 0600 only; the SSH target, which writes exact modes, rewrites it).
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const Result<DeployOutcome> chmodded = deploy(**connector, deployment);
        QVERIFY2(chmodded.ok(), qPrintable(chmodded.error().fullText()));
        QVERIFY(!chmodded->changed);
        QCOMPARE(fileMode(key), 0640);
        QCOMPARE(recordedCommands().size(), 2);
    }

    void replacedFilesKeepTheirOwnerAndAGroupSharedKey()
    {
        // A key the service reads through its group (root:ssl-cert 0640 on Debian): a renewal keeps
        // the owner, the group and the group's read permission, and the step log shows that mode.
        if (::geteuid() != 0) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("needs root (to give the files to another user) in CI");
            QSKIP("needs root to give the files to another user");
        }
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("nginx"), nginxValues(dir.path()));
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        QVERIFY(deploy(**connector, makeTestDeployment()).ok());
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        for (const QString &path : {key, cert})
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

        const Deployment renewed = makeTestDeployment(QStringLiteral("renewed.certdesk.test"));
        const Result<DeployOutcome> outcome = deploy(**connector, renewed);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
        QVERIFY(outcome->changed);
        QCOMPARE(fileBytes(key), renewed.privateKeyPem.bytes());
        QCOMPARE(fileMode(key), 0640);
        QCOMPARE(fileMode(cert), 0644);
        for (const QString &path : {key, cert}) {
            const QFileInfo info(path);
            QCOMPARE(info.ownerId(), uint(65534));
            QCOMPARE(info.groupId(), uint(65534));
        }
        QVERIFY2(outcome->output.contains(QStringLiteral("Wrote %1 (0640).").arg(key)),
                 qPrintable(outcome->output));
    }

    void failedCheckPutsBackThePreviousFiles()
    {
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("nginx"), nginxValues(dir.path()));
        QVERIFY(connector.ok());
        // The first deployment ever fails its check: the new files are removed again.
        queueStatuses("3\n");
        const Result<DeployOutcome> failed = deploy(**connector, makeTestDeployment());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().detail.contains(QStringLiteral("recorded: check")),
                 qPrintable(failed.error().detail));
        QVERIFY2(failed.error().detail.contains(QStringLiteral("exit status 3")),
                 qPrintable(failed.error().detail));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
        QCOMPARE(recordedCommands(), QStringList{QStringLiteral("check")});

        // With a deployment in place, a failing check puts its bytes and modes back.
        QVERIFY(deploy(**connector, makeTestDeployment()).ok());
        const auto before = snapshotFolder(dir.path());
        queueStatuses("1\n");
        QVERIFY(!deploy(**connector, makeTestDeployment()).ok());
        QCOMPARE(snapshotFolder(dir.path()), before);
    }

    void failedReloadReloadsThePreviousFiles_data()
    {
        QTest::addColumn<QByteArray>("statuses");
        QTest::addColumn<QString>("message");
        QTest::newRow("comes back") << QByteArray("0\n1\n0\n") << QStringLiteral("reloaded with them");
        QTest::newRow("does not come back") << QByteArray("0\n1\n1\n") << QStringLiteral("did not come back");
    }

    void failedReloadReloadsThePreviousFiles()
    {
        QFETCH(QByteArray, statuses);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("nginx"), nginxValues(dir.path()));
        QVERIFY(connector.ok());
        QVERIFY(deploy(**connector, makeTestDeployment()).ok());
        const auto before = snapshotFolder(dir.path());
        QFile::remove(logPath());
        queueStatuses(statuses);
        const Result<DeployOutcome> outcome = deploy(**connector, makeTestDeployment());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
        QCOMPARE(recordedCommands(),
                 (QStringList{QStringLiteral("check"), QStringLiteral("reload"), QStringLiteral("reload")}));
        QCOMPARE(snapshotFolder(dir.path()), before);
    }

    void cancelledDuringTheDeploymentChangesNothing()
    {
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("nginx"), nginxValues(dir.path()));
        QVERIFY(connector.ok());
        QVERIFY(deploy(**connector, makeTestDeployment()).ok());
        const auto before = snapshotFolder(dir.path());
        // Asked before the writes (no) and after them (yes): the writes are undone.
        int asked = 0;
        const Result<DeployOutcome> outcome =
            deploy(**connector, makeTestDeployment(), [&asked] { return ++asked >= 2; });
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QCOMPARE(snapshotFolder(dir.path()), before);
        QCOMPARE(recordedCommands().size(), 2); // the first deployment's check and reload only
    }

    void missingProgramChangesNothing()
    {
        QTemporaryDir dir;
        QJsonObject values = nginxValues(dir.path());
        values.insert(QStringLiteral("reload_command"), QStringLiteral("certdesk-no-such-program --reload"));
        auto connector = create(QStringLiteral("nginx"), values);
        QVERIFY(connector.ok());
        const Result<DeployOutcome> outcome = deploy(**connector, makeTestDeployment());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("certdesk-no-such-program")),
                 qPrintable(outcome.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
        QVERIFY(recordedCommands().isEmpty());
    }

    void emptyChainLeavesTheChainFileAlone()
    {
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("apache"), nginxValues(dir.path()));
        QVERIFY(connector.ok());
        Deployment deployment = makeTestDeployment();
        deployment.chainDer.clear();
        QVERIFY(deploy(**connector, deployment).ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chain.pem"))));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("cert.pem"))), deployment.certificatePem());
    }

    void postfixModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("check");
        QTest::addColumn<QStringList>("reload");
        QTest::newRow("postfix") << QStringLiteral("postfix") << QStringLiteral("/etc/postfix/certs/")
                                 << QStringList{QStringLiteral("postfix"), QStringLiteral("check")}
                                 << QStringList{QStringLiteral("postfix"), QStringLiteral("reload")};
        QTest::newRow("dovecot") << QStringLiteral("dovecot") << QStringLiteral("/etc/dovecot/certs/")
                                 << QStringList{QStringLiteral("doveconf"), QStringLiteral("-n")}
                                 << QStringList{QStringLiteral("doveadm"), QStringLiteral("reload")};
    }

    void postfixModes()
    {
        QFETCH(QString, mode);
        QFETCH(QString, folder);
        QFETCH(QStringList, check);
        QFETCH(QStringList, reload);
        const TargetType *type = findTargetType(QStringLiteral("postfix"));
        QVERIFY(type);
        const QJsonObject defaults = type->defaults({{QStringLiteral("mode"), mode}});
        QCOMPARE(defaults.value(QStringLiteral("cert_path")).toString(), folder + QStringLiteral("cert.pem"));
        QCOMPARE(defaults.value(QStringLiteral("key_path")).toString(), folder + QStringLiteral("key.pem"));
        QCOMPARE(defaults.value(QStringLiteral("chain_path")).toString(), QString());

        auto connector = create(QStringLiteral("postfix"), {{QStringLiteral("mode"), mode}});
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        const FileConnector *files = fileConnector(*connector);
        QVERIFY(files);
        QCOMPARE(files->layout().paths(),
                 (QStringList{folder + QStringLiteral("cert.pem"), folder + QStringLiteral("key.pem")}));
        QCOMPARE(files->commands().validate, check);
        QCOMPARE(files->commands().reload, reload);
    }

    void postfixDeploysAndRunsItsCommands()
    {
        QTemporaryDir dir;
        auto connector =
            create(QStringLiteral("postfix"),
                   {{QStringLiteral("mode"), QStringLiteral("dovecot")},
                    {QStringLiteral("cert_path"), dir.filePath(QStringLiteral("cert.pem"))},
                    {QStringLiteral("key_path"), dir.filePath(QStringLiteral("key.pem"))},
                    {QStringLiteral("validate_command"), recorded(QStringLiteral("doveconf -n"))},
                    {QStringLiteral("reload_command"), recorded(QStringLiteral("doveadm reload"))}});
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        const Deployment deployment = makeTestDeployment(QStringLiteral("mail.certdesk.test"));
        QVERIFY(deploy(**connector, deployment).ok());
        // No chain_path: the chain follows the certificate.
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("cert.pem"))), deployment.fullChainPem());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("key.pem"))), deployment.privateKeyPem.bytes());
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("key.pem"))), 0600);
        QCOMPARE(recordedCommands(),
                 (QStringList{QStringLiteral("doveconf\t-n"), QStringLiteral("doveadm\treload")}));
    }

    void postfixRefusesAnUnknownMode()
    {
        auto connector =
            create(QStringLiteral("postfix"), {{QStringLiteral("mode"), QStringLiteral("exim")}});
        QVERIFY(!connector.ok());
        QVERIFY2(connector.error().message.startsWith(QStringLiteral("mode")),
                 qPrintable(connector.error().message));
    }

    void traefikWritesFullChainAndKeyWithoutCommands()
    {
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("traefik"), {{QStringLiteral("cert_dir"), dir.path()}});
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        for (const Capability &capability : (*connector)->capabilities())
            QVERIFY2(capability.kind == CapabilityKind::FileRead ||
                         capability.kind == CapabilityKind::FileWrite,
                     qPrintable(describeCapability(capability)));
        const Deployment deployment = makeTestDeployment();
        QVERIFY(deploy(**connector, deployment).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("site.crt"), QStringLiteral("site.key")}));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("site.crt"))), deployment.fullChainPem());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("site.key"))), deployment.privateKeyPem.bytes());
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("site.crt"))), 0644);
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("site.key"))), 0600);
    }

    void envoyWritesSdsJson()
    {
        QTemporaryDir dir;
        auto connector = create(QStringLiteral("envoy"), {{QStringLiteral("cert_dir"), dir.path()},
                                                          {QStringLiteral("sds_config"), true}});
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        const Deployment deployment = makeTestDeployment();
        QVERIFY(deploy(**connector, deployment).ok());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("cert.pem"))), deployment.fullChainPem());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("key.pem"))), deployment.privateKeyPem.bytes());
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("sds.json"))), 0644);

        QJsonParseError error;
        const QJsonDocument sds =
            QJsonDocument::fromJson(fileBytes(dir.filePath(QStringLiteral("sds.json"))), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray resources = sds.object().value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 1);
        const QJsonObject secret = resources.first().toObject();
        QCOMPARE(secret.value(QStringLiteral("@type")).toString(),
                 QStringLiteral("type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret"));
        QCOMPARE(secret.value(QStringLiteral("name")).toString(), QStringLiteral("server_cert"));
        const QJsonObject tls = secret.value(QStringLiteral("tls_certificate")).toObject();
        QCOMPARE(tls.value(QStringLiteral("certificate_chain"))
                     .toObject()
                     .value(QStringLiteral("filename"))
                     .toString(),
                 dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(
            tls.value(QStringLiteral("private_key")).toObject().value(QStringLiteral("filename")).toString(),
            dir.filePath(QStringLiteral("key.pem")));
    }

    void envoySeparateChainWithoutSds()
    {
        QTemporaryDir dir;
        auto connector =
            create(QStringLiteral("envoy"), {{QStringLiteral("cert_dir"), dir.path()},
                                             {QStringLiteral("cert_filename"), QStringLiteral("leaf.pem")},
                                             {QStringLiteral("chain_filename"), QStringLiteral("ca.pem")}});
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        const Deployment deployment = makeTestDeployment();
        QVERIFY(deploy(**connector, deployment).ok());
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files),
            (QStringList{QStringLiteral("ca.pem"), QStringLiteral("key.pem"), QStringLiteral("leaf.pem")}));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("leaf.pem"))), deployment.certificatePem());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("ca.pem"))), deployment.chainPem());
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("field");
        QTest::newRow("envoy without cert_dir")
            << QStringLiteral("envoy") << QJsonObject() << QStringLiteral("cert_dir");
        QTest::newRow("file name with a folder")
            << QStringLiteral("envoy")
            << QJsonObject{{QStringLiteral("cert_dir"), QStringLiteral("/tmp/x")},
                           {QStringLiteral("cert_filename"), QStringLiteral("../cert.pem")}}
            << QStringLiteral("cert_filename");
        QTest::newRow("sds_config not a bool")
            << QStringLiteral("envoy")
            << QJsonObject{{QStringLiteral("cert_dir"), QStringLiteral("/tmp/x")},
                           {QStringLiteral("sds_config"), QStringLiteral("maybe")}}
            << QStringLiteral("sds_config");
        QTest::newRow("relative path")
            << QStringLiteral("nginx")
            << QJsonObject{{QStringLiteral("cert_path"), QStringLiteral("certs/cert.pem")}}
            << QStringLiteral("cert_path");
        QTest::newRow("dot-dot path")
            << QStringLiteral("haproxy")
            << QJsonObject{{QStringLiteral("pem_path"), QStringLiteral("/etc/../x.pem")}}
            << QStringLiteral("pem_path");
        QTest::newRow("required path emptied")
            << QStringLiteral("apache") << QJsonObject{{QStringLiteral("key_path"), QString()}}
            << QStringLiteral("key_path");
        QTest::newRow("pipe in the check")
            << QStringLiteral("haproxy")
            << QJsonObject{{QStringLiteral("validate_command"), QStringLiteral("haproxy -c | tee /tmp/x")}}
            << QStringLiteral("validate_command");
        QTest::newRow("endpoint without port")
            << QStringLiteral("traefik")
            << QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("www.example.org")}}
            << QStringLiteral("endpoint");
        QTest::newRow("endpoint port 0")
            << QStringLiteral("traefik")
            << QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:0")}}
            << QStringLiteral("endpoint");
        QTest::newRow("server name alone")
            << QStringLiteral("nginx")
            << QJsonObject{{QStringLiteral("server_name"), QStringLiteral("a.example")}}
            << QStringLiteral("server_name");
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, values);
        QFETCH(QString, field);
        const auto connector = create(type, values);
        QVERIFY(!connector.ok());
        QCOMPARE(connector.error().code, ErrorCode::InvalidInput);
        QVERIFY2(connector.error().message.startsWith(field + u':'), qPrintable(connector.error().message));
    }

    void samePathTwiceIsRefused()
    {
        const auto connector =
            create(QStringLiteral("nginx"), {{QStringLiteral("cert_path"), QStringLiteral("/tmp/x.pem")},
                                             {QStringLiteral("key_path"), QStringLiteral("/tmp/x.pem")}});
        QVERIFY(!connector.ok());
        QVERIFY2(connector.error().message.contains(QStringLiteral("/tmp/x.pem")),
                 qPrintable(connector.error().message));
    }

    void endpointAndGrant()
    {
        auto connector = create(QStringLiteral("haproxy"),
                                {{QStringLiteral("pem_path"), QStringLiteral("/etc/haproxy/certs/site.pem")},
                                 {QStringLiteral("validate_command"), QString()},
                                 {QStringLiteral("reload_command"), QStringLiteral("/bin/true")},
                                 {QStringLiteral("endpoint"), QStringLiteral("[::1]:8443")},
                                 {QStringLiteral("server_name"), QStringLiteral("www.example.org")}});
        QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
        const std::optional<Endpoint> endpoint = (*connector)->endpoint();
        QVERIFY(endpoint);
        QCOMPARE(endpoint->host, QStringLiteral("::1"));
        QCOMPARE(endpoint->port, quint16(8443));
        QCOMPARE(endpoint->serverName, QStringLiteral("www.example.org"));
        const Grant expected{{CapabilityKind::FileRead, QStringLiteral("/etc/haproxy/certs/site.pem")},
                             {CapabilityKind::FileWrite, QStringLiteral("/etc/haproxy/certs/site.pem")},
                             {CapabilityKind::ProcessExec, QStringLiteral("/bin/true")},
                             {CapabilityKind::NetDial, QStringLiteral("[::1]:8443")}};
        QCOMPARE((*connector)->capabilities(), expected);
    }
};

QTEST_GUILESS_MAIN(TestFileTargets)
#include "tst_filetargets.moc"
