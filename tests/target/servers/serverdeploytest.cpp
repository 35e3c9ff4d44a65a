// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/target/servers/serverdeploytest.h"

#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace certdesk::testsupport {

ServerDeployTest::ServerDeployTest(std::function<std::unique_ptr<TestTlsServer>()> makeServer)
    : m_makeServer(std::move(makeServer))
{}

ServerDeployTest::~ServerDeployTest() = default;

Result<target::DeployOutcome> ServerDeployTest::deploy(const target::Deployment &deployment,
                                                       const QJsonObject &changes)
{
    Result<std::unique_ptr<target::Connector>> connector = m_server->connector(changes);
    if (!connector)
        return connector.error();
    target::Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
    return (*connector)->deploy(sandbox, deployment, {});
}

void ServerDeployTest::verifyStillServed()
{
    const Result<QString> presented = presentedSha256(m_server->port());
    QVERIFY2(presented.ok(), qPrintable(presented.error().fullText() + u'\n' + m_server->recentLog()));
    QCOMPARE(presented.value(), m_served.sha256);
}

target::Deployment ServerDeployTest::mismatchedDeployment()
{
    target::Deployment deployment = makeTestDeployment(QStringLiteral("mismatch.certdesk.test"));
    deployment.privateKeyPem =
        makeTestDeployment(QStringLiteral("other.certdesk.test")).privateKeyPem.clone();
    return deployment;
}

void ServerDeployTest::initTestCase()
{
    m_server = m_makeServer();
    CERTDESK_REQUIRE_PROGRAM(m_server->program(), m_server->debianPackage());
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("openssl"), QStringLiteral("openssl"));
    m_served = makeTestDeployment(QStringLiteral("bootstrap.certdesk.test"));
    const Status started = m_server->start(m_served);
    QVERIFY2(started.ok(), qPrintable(started.error().fullText()));
}

void ServerDeployTest::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

void ServerDeployTest::dryRunPasses()
{
    Result<std::unique_ptr<target::Connector>> connector = m_server->connector();
    QVERIFY2(connector.ok(), qPrintable(connector.error().fullText()));
    target::Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
    const target::ValidationReport report = (*connector)->validate(sandbox);
    QString steps;
    for (const target::ValidationStep &step : report.steps)
        steps += QStringLiteral("%1 %2: %3\n").arg(step.ok ? u'+' : u'-').arg(step.title, step.detail);
    QVERIFY2(report.ok(), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("Configuration check")), qPrintable(steps));
    QVERIFY2(steps.contains(m_served.sha256), qPrintable(steps)); // the endpoint step's handshake
}

void ServerDeployTest::deployIsServed()
{
    target::Deployment deployment = makeTestDeployment(QStringLiteral("deploy.certdesk.test"));
    const Result<target::DeployOutcome> outcome = deploy(deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    QVERIFY2(outcome->output.contains(QStringLiteral("presents the new certificate")),
             qPrintable(outcome->output));

    const Result<QString> presented = waitForPresented(server().port(), deployment.sha256);
    QVERIFY2(presented.ok(), qPrintable(presented.error().fullText()));
    QCOMPARE(presented.value(), deployment.sha256);
    const Result<QString> seenByOpenSsl = presentedSha256ByOpenSsl(server().port());
    QVERIFY2(seenByOpenSsl.ok(), qPrintable(seenByOpenSsl.error().fullText()));
    QCOMPARE(seenByOpenSsl.value(), deployment.sha256);

    // Every file holds what the type lays out for this deployment, with its mode.
    Result<std::unique_ptr<target::Connector>> connector = server().connector();
    QVERIFY(connector.ok());
    const auto *files = dynamic_cast<const target::FileConnector *>(connector->get());
    QVERIFY(files);
    for (const target::TargetFile &file : files->layout().files(deployment)) {
        QVERIFY2(QFileInfo::exists(file.path), qPrintable(file.path));
        QVERIFY2(fileBytes(file.path) == file.bytes.bytes(), qPrintable(file.path));
        QCOMPARE(fileMode(file.path), file.mode == sysio::FileMode::OwnerOnly ? 0600 : 0644);
    }
    m_served = std::move(deployment);
}

void ServerDeployTest::redeployIsNoop()
{
    const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
    const Result<target::DeployOutcome> outcome = deploy(m_served);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(!outcome->changed);
    QCOMPARE(snapshotFolder(server().certFolder()), before);
    verifyStillServed();
}

void ServerDeployTest::renewalIsServed()
{
    target::Deployment renewal = makeTestDeployment(QStringLiteral("deploy.certdesk.test"));
    QVERIFY(renewal.sha256 != m_served.sha256);
    const Result<target::DeployOutcome> outcome = deploy(renewal);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    const Result<QString> presented = waitForPresented(server().port(), renewal.sha256);
    QVERIFY2(presented.ok(), qPrintable(presented.error().fullText()));
    QCOMPARE(presented.value(), renewal.sha256);
    m_served = std::move(renewal);
}

void ServerDeployTest::brokenConfigKeepsOldCertificate()
{
    const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
    server().breakConfig();

    Result<std::unique_ptr<target::Connector>> connector = server().connector();
    QVERIFY(connector.ok());
    target::Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
    const target::ValidationReport report = (*connector)->validate(sandbox);
    QVERIFY(!report.ok());

    const target::Deployment next = makeTestDeployment(QStringLiteral("deploy.certdesk.test"));
    const Result<target::DeployOutcome> outcome = deploy(next);
    server().healConfig();
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("configuration check")),
             qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().detail.contains(server().brokenConfigMessage()),
             qPrintable(outcome.error().detail));
    QCOMPARE(snapshotFolder(server().certFolder()), before);
    verifyStillServed();
}

void ServerDeployTest::readOnlyFileChangesNothing()
{
    // The first file setting: cert_path, or HAProxy's pem_path.
    QString certificate;
    const QJsonObject settings = server().settings();
    for (auto it = settings.begin(); it != settings.end() && certificate.isEmpty(); ++it) {
        if (it.key().endsWith(QLatin1String("_path")))
            certificate = it.value().toString();
    }
    QVERIFY(QFile::setPermissions(certificate, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
    const Result<target::DeployOutcome> outcome =
        deploy(makeTestDeployment(QStringLiteral("deploy.certdesk.test")));
    const QMap<QString, QByteArray> after = snapshotFolder(server().certFolder());
    QVERIFY(QFile::setPermissions(certificate, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                   QFile::ReadOther));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("read-only")),
             qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().message.contains(certificate), qPrintable(outcome.error().message));
    QCOMPARE(after, before);
    verifyStillServed();
}

void ServerDeployTest::missingFolderChangesNothing()
{
    const QString missing = server().dir() + QStringLiteral("/missing");
    QJsonObject changes;
    const QJsonObject settings = server().settings();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_path")) && !it.value().toString().isEmpty())
            changes.insert(it.key(), it.value().toString().replace(server().certFolder(), missing));
    }
    const Result<target::DeployOutcome> outcome =
        deploy(makeTestDeployment(QStringLiteral("deploy.certdesk.test")), changes);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("does not exist")),
             qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().message.contains(missing), qPrintable(outcome.error().message));
    QVERIFY(!QFileInfo::exists(missing));
    verifyStillServed();
}

void ServerDeployTest::injectionIsRefused_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("semicolon") << QStringLiteral("; touch %1/injected");
    QTest::newRow("and") << QStringLiteral("&& touch %1/injected");
    QTest::newRow("backtick") << QStringLiteral("`touch %1/injected`");
    QTest::newRow("substitution") << QStringLiteral("$(touch %1/injected)");
}

void ServerDeployTest::injectionIsRefused()
{
    QFETCH(QString, suffix);
    const QString reload = server().settings().value(QStringLiteral("reload_command")).toString();
    const Result<std::unique_ptr<target::Connector>> connector = server().connector(
        {{QStringLiteral("reload_command"), QString(reload + u' ' + suffix.arg(server().dir()))}});
    QVERIFY(!connector.ok());
    QCOMPARE(connector.error().code, ErrorCode::InvalidInput);
    QVERIFY2(connector.error().message.startsWith(QStringLiteral("reload_command")),
             qPrintable(connector.error().message));
    QVERIFY(!QFileInfo::exists(server().dir() + QStringLiteral("/injected")));
}

} // namespace certdesk::testsupport
