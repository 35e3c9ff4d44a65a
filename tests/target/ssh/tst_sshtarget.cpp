// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH/SFTP target connector against Debian's real sshd, started by the test on 127.0.0.1 with a
// configuration of its own. sshd runs on this machine, so the files a deployment writes "remotely"
// are checked directly on the file system. Host key fingerprints are computed by ssh-keygen, not
// by the code under test.

#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/targettype.h"
#include "connectors/target/ssh/sshhostkey.h"
#include "connectors/target/ssh/sshtarget.h"
#include "tests/target/ssh/sshserver.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace certdesk;
using namespace certdesk::target;
using namespace certdesk::testsupport;

namespace {

const QByteArray Passphrase = "correct horse battery staple";

void writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
}

/// How many sockets this process holds open.
int openSockets()
{
    int sockets = 0;
    for (const QString &fd :
         QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        const QByteArray link = QFile::encodeName(QStringLiteral("/proc/self/fd/") + fd);
        if (::readlink(link.constData(), target, sizeof target - 1) > 0 &&
            qstrncmp(target, "socket:", 7) == 0)
            ++sockets;
    }
    return sockets;
}

/// The text a failure may show, and where a secret must never appear.
QString allText(const Error &error)
{
    return error.message + u'\n' + error.detail;
}

} // namespace

/// Fails the test with the deployment's error when it did not succeed.
#define CERTDESK_VERIFY_DEPLOYED(expression)                                                                 \
    do {                                                                                                     \
        const Result<DeployOutcome> deployed_ = (expression);                                                \
        QVERIFY2(deployed_.ok(), qPrintable(deployed_.error().fullText()));                                  \
    } while (false)

/// Fails in CI (where the tests run as root) and skips elsewhere when the test does not run as root.
#define CERTDESK_REQUIRE_ROOT(why)                                                                           \
    do {                                                                                                     \
        if (::geteuid() != 0) {                                                                              \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(why);                                                                                  \
            QSKIP(why);                                                                                      \
        }                                                                                                    \
    } while (false)

class TestSshTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deploysWithAnEd25519Key();
    void redeployIsANoOp();
    void renewalReplacesTheFiles();
    void chainFollowsTheCertificateWithoutAChainPath();
    void encryptedKeysNeedTheirPassphrase_data();
    void encryptedKeysNeedTheirPassphrase();
    void pastedKeyWorks();
    void refusedKeyIsExplained();
    void passwordLogin();
    void replacedFilesKeepTheirOwner();
    void ownerThatCannotBeKeptChangesNothing();
    void unknownHostKeyIsRefusedWithItsFingerprint();
    void trustingTheShownKeyLetsTheDeploymentThrough();
    void failingCheckPutsThePreviousFilesBack();
    void failingReloadPutsThePreviousFilesBack();
    void commandArgumentsReachTheServerLiterally();
    void readOnlyRemoteFileChangesNothing();
    void missingRemoteFolderChangesNothing();
    void validateIsADryRun();
    void createRefusesBadSettings_data();
    void createRefusesBadSettings();
    void grantIsNarrow();
    void ungrantedDialIsDenied();
    void ungrantedKeyFileIsDenied();
    void silentServerTimesOut();
    void connectionsAreClosed();
    void changedHostKeyIsRefused(); // last: it replaces the server's host key

private:
    /// Settings for key login into `m_remote`, every field set explicitly.
    TargetSettings keySettings() const;
    /// keySettings() for a password login as `account` (no password yet), deploying to its home.
    TargetSettings passwordSettings(const SshPasswordAccount &account) const;
    /// A password login account with its home in the server's folder; null (and a warning) when it
    /// cannot be made.
    std::unique_ptr<SshPasswordAccount> makeAccount();
    std::unique_ptr<Connector> create(const TargetSettings &settings);
    Result<DeployOutcome> deploy(Connector &connector, const Deployment &deployment);
    QString remote(const QString &name) const { return m_remote->filePath(name); }

    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<QTemporaryDir> m_client; ///< the client's keys and known_hosts
    std::unique_ptr<QTemporaryDir> m_remote; ///< where each test's deployment goes
    QString m_key;
    QString m_encryptedKey;
    QString m_knownHosts;
    QString m_fingerprint;
};

void TestSshTarget::initTestCase()
{
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("sshd"), QStringLiteral("openssh-server"));
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("ssh-keygen"), QStringLiteral("openssh-client"));
    m_server = std::make_unique<SshServer>();
    const Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().fullText()));
    m_client = std::make_unique<QTemporaryDir>();
    QVERIFY(m_client->isValid());
    m_key = m_client->filePath(QStringLiteral("id_ed25519"));
    m_encryptedKey = m_client->filePath(QStringLiteral("id_ed25519_encrypted"));
    m_knownHosts = m_client->filePath(QStringLiteral("known_hosts"));
    QVERIFY(m_server->makeClientKey(m_key).ok());
    QVERIFY(m_server->makeClientKey(m_encryptedKey, Passphrase).ok());
    QVERIFY(m_server->writeKnownHosts(m_knownHosts).ok());
    const Result<QString> fingerprint = m_server->hostKeyFingerprint();
    QVERIFY2(fingerprint.ok(), qPrintable(fingerprint.error().fullText()));
    m_fingerprint = *fingerprint;
}

void TestSshTarget::init()
{
    m_remote = std::make_unique<QTemporaryDir>();
    QVERIFY(m_remote->isValid());
}

void TestSshTarget::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "sshd log:\n" << m_server->recentLogs();
}

TargetSettings TestSshTarget::keySettings() const
{
    TargetSettings settings;
    settings.values = QJsonObject{
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), int(m_server->port())},
        {QStringLiteral("user"), SshServer::currentUser()},
        {QStringLiteral("auth_method"), QStringLiteral("key")},
        {QStringLiteral("private_key_path"), m_key},
        {QStringLiteral("cert_path"), remote(QStringLiteral("cert.pem"))},
        {QStringLiteral("key_path"), remote(QStringLiteral("key.pem"))},
        {QStringLiteral("chain_path"), remote(QStringLiteral("chain.pem"))},
        {QStringLiteral("known_hosts_path"), m_knownHosts},
        {QStringLiteral("timeout"), 20},
    };
    return settings;
}

TargetSettings TestSshTarget::passwordSettings(const SshPasswordAccount &account) const
{
    TargetSettings settings = keySettings();
    settings.values.remove(QStringLiteral("private_key_path"));
    settings.values.insert(QStringLiteral("user"), account.name());
    settings.values.insert(QStringLiteral("auth_method"), QStringLiteral("password"));
    for (const char *file : {"cert_path", "key_path", "chain_path"}) {
        const QString name = QFileInfo(settings.values.value(QLatin1String(file)).toString()).fileName();
        settings.values.insert(QLatin1String(file), QDir(account.home()).filePath(name));
    }
    return settings;
}

std::unique_ptr<SshPasswordAccount> TestSshTarget::makeAccount()
{
    Result<std::unique_ptr<SshPasswordAccount>> made = SshPasswordAccount::create(m_server->folder());
    if (!made) {
        qWarning().noquote() << made.error().fullText();
        return nullptr;
    }
    return std::move(made).value();
}

std::unique_ptr<Connector> TestSshTarget::create(const TargetSettings &settings)
{
    Result<std::unique_ptr<Connector>> made = sshTargetType().create(settings);
    if (!made) {
        qWarning().noquote() << made.error().fullText();
        return nullptr;
    }
    return std::move(made).value();
}

Result<DeployOutcome> TestSshTarget::deploy(Connector &connector, const Deployment &deployment)
{
    Sandbox sandbox(connector.name(), connector.capabilities());
    return connector.deploy(sandbox, deployment, {});
}

void TestSshTarget::deploysWithAnEd25519Key()
{
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("reload_command"),
                           QString(QStringLiteral("/usr/bin/touch ") + remote(QStringLiteral("reloaded"))));
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    QCOMPARE(connector->name(), QStringLiteral("ssh"));
    const Deployment deployment = makeTestDeployment();

    const Result<DeployOutcome> outcome = deploy(*connector, deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    QCOMPARE(fileBytes(remote(QStringLiteral("cert.pem"))), deployment.certificatePem());
    QCOMPARE(fileBytes(remote(QStringLiteral("chain.pem"))), deployment.chainPem());
    QCOMPARE(fileBytes(remote(QStringLiteral("key.pem"))), deployment.privateKeyPem.bytes());
    QCOMPARE(fileMode(remote(QStringLiteral("cert.pem"))), 0644);
    QCOMPARE(fileMode(remote(QStringLiteral("chain.pem"))), 0644);
    QCOMPARE(fileMode(remote(QStringLiteral("key.pem"))), 0600);
    QVERIFY(QFileInfo::exists(remote(QStringLiteral("reloaded"))));
    QVERIFY2(outcome->output.contains(m_fingerprint), qPrintable(outcome->output));
    // No temporary file is left behind.
    const QStringList left = QDir(m_remote->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList{QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                                QStringLiteral("key.pem"), QStringLiteral("reloaded")}));
}

void TestSshTarget::redeployIsANoOp()
{
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("reload_command"),
                           QString(QStringLiteral("/usr/bin/touch ") + remote(QStringLiteral("reloaded"))));
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    const Deployment deployment = makeTestDeployment();
    const Result<DeployOutcome> first = deploy(*connector, deployment);
    QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
    QVERIFY(QFile::remove(remote(QStringLiteral("reloaded"))));
    const auto before = snapshotFolder(m_remote->path());

    const Result<DeployOutcome> second = deploy(*connector, deployment);
    QVERIFY2(second.ok(), qPrintable(second.error().fullText()));
    QVERIFY(!second->changed);
    QCOMPARE(snapshotFolder(m_remote->path()), before);
    QVERIFY2(!QFileInfo::exists(remote(QStringLiteral("reloaded"))), "a no-op must not reload");

    // A mode changed on the server makes the files differ again.
    QVERIFY(::chmod(QFile::encodeName(remote(QStringLiteral("key.pem"))).constData(), 0640) == 0);
    const Result<DeployOutcome> third = deploy(*connector, deployment);
    QVERIFY2(third.ok(), qPrintable(third.error().fullText()));
    QVERIFY(third->changed);
    QCOMPARE(fileMode(remote(QStringLiteral("key.pem"))), 0600);
}

void TestSshTarget::renewalReplacesTheFiles()
{
    const std::unique_ptr<Connector> connector = create(keySettings());
    QVERIFY(connector);
    const Deployment first = makeTestDeployment();
    CERTDESK_VERIFY_DEPLOYED(deploy(*connector, first));
    const Deployment renewal = makeTestDeployment();
    QVERIFY(renewal.sha256 != first.sha256);

    const Result<DeployOutcome> outcome = deploy(*connector, renewal);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    QCOMPARE(fileBytes(remote(QStringLiteral("cert.pem"))), renewal.certificatePem());
    QCOMPARE(fileBytes(remote(QStringLiteral("key.pem"))), renewal.privateKeyPem.bytes());
    QCOMPARE(fileMode(remote(QStringLiteral("key.pem"))), 0600);
}

void TestSshTarget::chainFollowsTheCertificateWithoutAChainPath()
{
    TargetSettings settings = keySettings();
    settings.values.remove(QStringLiteral("chain_path"));
    settings.values.insert(QStringLiteral("cert_mode"), QStringLiteral("0640"));
    settings.values.insert(QStringLiteral("key_mode"), QStringLiteral("0400"));
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    const Deployment deployment = makeTestDeployment();
    const Result<DeployOutcome> outcome = deploy(*connector, deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QCOMPARE(fileBytes(remote(QStringLiteral("cert.pem"))), deployment.fullChainPem());
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("chain.pem"))));
    QCOMPARE(fileMode(remote(QStringLiteral("cert.pem"))), 0640);
    QCOMPARE(fileMode(remote(QStringLiteral("key.pem"))), 0400);
}

void TestSshTarget::encryptedKeysNeedTheirPassphrase_data()
{
    QTest::addColumn<bool>("pemRsa");
    QTest::newRow("OpenSSH ed25519 (bcrypt)") << false;
    QTest::newRow("PEM RSA (OpenSSL)") << true;
}

void TestSshTarget::encryptedKeysNeedTheirPassphrase()
{
    QFETCH(bool, pemRsa);
    const QString keyPath =
        m_client->filePath(QStringLiteral("encrypted-%1").arg(pemRsa ? "rsa" : "ed25519"));
    QVERIFY(m_server->makeClientKey(keyPath, Passphrase, true, pemRsa).ok());
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("private_key_path"), keyPath);
    const Deployment deployment = makeTestDeployment();

    // Without the passphrase: asked for, never prompted on a terminal.
    std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    Result<DeployOutcome> outcome = deploy(*connector, deployment);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::PasswordRequired);
    QVERIFY(outcome.error().message.contains(keyPath));

    // A wrong one.
    const QByteArray wrong = "not the passphrase 4711";
    settings.secrets[QStringLiteral("passphrase")] = pki::SecureBytes(wrong);
    connector = create(settings);
    outcome = deploy(*connector, deployment);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::WrongPassword);
    QVERIFY2(outcome.error().message.contains(QLatin1String("passphrase")),
             qPrintable(outcome.error().message));
    QVERIFY(!allText(outcome.error()).contains(QString::fromUtf8(wrong)));
    QVERIFY(QDir(m_remote->path()).isEmpty());

    // The right one.
    settings.secrets[QStringLiteral("passphrase")] = pki::SecureBytes(Passphrase);
    connector = create(settings);
    outcome = deploy(*connector, deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(!outcome->output.contains(QString::fromUtf8(Passphrase)));
    QCOMPARE(fileBytes(remote(QStringLiteral("key.pem"))), deployment.privateKeyPem.bytes());
}

void TestSshTarget::pastedKeyWorks()
{
    TargetSettings settings = keySettings();
    settings.values.remove(QStringLiteral("private_key_path"));
    settings.secrets[QStringLiteral("private_key")] = pki::SecureBytes(fileBytes(m_encryptedKey));
    settings.secrets[QStringLiteral("passphrase")] = pki::SecureBytes(Passphrase);
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    // Nothing on this machine is read but known_hosts.
    QCOMPARE(connector->capabilities().size(), 2);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
}

void TestSshTarget::refusedKeyIsExplained()
{
    const QString stranger = m_client->filePath(QStringLiteral("stranger"));
    QVERIFY(m_server->makeClientKey(stranger, {}, false).ok());
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("private_key_path"), stranger);
    const std::unique_ptr<Connector> connector = create(settings);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("authorized_keys")),
             qPrintable(outcome.error().message));
    QVERIFY(QDir(m_remote->path()).isEmpty());
}

void TestSshTarget::passwordLogin()
{
    CERTDESK_REQUIRE_ROOT("password logins need an account of their own, which only root can create");
    const std::unique_ptr<SshPasswordAccount> made = makeAccount();
    QVERIFY(made);
    const SshPasswordAccount &account = *made;
    TargetSettings settings = passwordSettings(account);
    const Deployment deployment = makeTestDeployment();

    // A wrong password: WrongPassword, and the password appears nowhere.
    const QByteArray wrong = account.password() + "x";
    settings.secrets[QStringLiteral("password")] = pki::SecureBytes(wrong);
    std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    Result<DeployOutcome> outcome = deploy(*connector, deployment);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::WrongPassword);
    QVERIFY(!allText(outcome.error()).contains(QString::fromUtf8(wrong)));
    QVERIFY(!allText(outcome.error()).contains(QString::fromUtf8(account.password())));

    settings.secrets[QStringLiteral("password")] = pki::SecureBytes(account.password());
    connector = create(settings);
    outcome = deploy(*connector, deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    const QString keyFile = QDir(account.home()).filePath(QStringLiteral("key.pem"));
    QCOMPARE(fileBytes(keyFile), deployment.privateKeyPem.bytes());
    QCOMPARE(fileMode(keyFile), 0600);
    QCOMPARE(QFileInfo(keyFile).owner(), account.name());
}

void TestSshTarget::replacedFilesKeepTheirOwner()
{
    // Files an administrator gave to another user (the service's): a renewal deployed as root keeps
    // their owner and group; the modes stay exactly the configured ones (a 0640 key becomes 0600).
    CERTDESK_REQUIRE_ROOT("needs root (the login user) to give the files to another user");
    const std::unique_ptr<Connector> connector = create(keySettings());
    QVERIFY(connector);
    CERTDESK_VERIFY_DEPLOYED(deploy(*connector, makeTestDeployment()));
    const QStringList files{remote(QStringLiteral("cert.pem")), remote(QStringLiteral("chain.pem")),
                            remote(QStringLiteral("key.pem"))};
    for (const QString &path : files)
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    QVERIFY(::chmod(QFile::encodeName(remote(QStringLiteral("key.pem"))).constData(), 0640) == 0);

    const Deployment renewal = makeTestDeployment(QStringLiteral("renewed.certdesk.test"));
    const Result<DeployOutcome> outcome = deploy(*connector, renewal);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    QCOMPARE(fileBytes(remote(QStringLiteral("key.pem"))), renewal.privateKeyPem.bytes());
    QCOMPARE(fileBytes(remote(QStringLiteral("cert.pem"))), renewal.certificatePem());
    QCOMPARE(fileMode(remote(QStringLiteral("key.pem"))), 0600);
    QCOMPARE(fileMode(remote(QStringLiteral("cert.pem"))), 0644);
    for (const QString &path : files) {
        const QFileInfo info(path);
        QVERIFY2(info.ownerId() == 65534 && info.groupId() == 65534, qPrintable(path));
    }
    const QStringList left = QDir(m_remote->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList{QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                                QStringLiteral("key.pem")}));
}

void TestSshTarget::ownerThatCannotBeKeptChangesNothing()
{
    // A login user that is not root cannot give the new chain file root's ownership: nothing
    // changes (the certificate written before it is put back), no temporary file is left, and the
    // error names the owner, the login user and what to do.
    CERTDESK_REQUIRE_ROOT("needs root to make a login account and give a file to root");
    const std::unique_ptr<SshPasswordAccount> made = makeAccount();
    QVERIFY(made);
    const SshPasswordAccount &account = *made;
    TargetSettings settings = passwordSettings(account);
    settings.secrets[QStringLiteral("password")] = pki::SecureBytes(account.password());
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    CERTDESK_VERIFY_DEPLOYED(deploy(*connector, makeTestDeployment()));
    const QString chain = QDir(account.home()).filePath(QStringLiteral("chain.pem"));
    QCOMPARE(::chown(QFile::encodeName(chain).constData(), 0, 0), 0);
    const auto before = snapshotFolder(account.home());

    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    const QString text = allText(outcome.error());
    QVERIFY2(text.contains(QStringLiteral("%1 on %2@127.0.0.1:%3 belongs to user 0, group 0, and CertDesk "
                                          "logs in as %2")
                               .arg(chain, account.name())
                               .arg(m_server->port())),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Nothing was changed.")), qPrintable(text));
    QCOMPARE(snapshotFolder(account.home()), before);
    QCOMPARE(QFileInfo(chain).ownerId(), uint(0));
    QCOMPARE(QFileInfo(QDir(account.home()).filePath(QStringLiteral("cert.pem"))).owner(), account.name());
}

void TestSshTarget::unknownHostKeyIsRefusedWithItsFingerprint()
{
    const QString emptyKnownHosts = m_client->filePath(QStringLiteral("known_hosts_empty"));
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("known_hosts_path"), emptyKnownHosts);
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(m_fingerprint), qPrintable(outcome.error().message));
    QVERIFY(outcome.error().message.contains(QLatin1String("trust")));
    QVERIFY(QDir(m_remote->path()).isEmpty());
    QVERIFY(!QFileInfo::exists(emptyKnownHosts));

    // The dry run says the same in its first step and stops there.
    Sandbox sandbox(connector->name(), connector->capabilities());
    const ValidationReport report = connector->validate(sandbox);
    QVERIFY(!report.ok());
    QCOMPARE(report.steps.size(), 1);
    QVERIFY(report.steps.first().detail.contains(m_fingerprint));
}

void TestSshTarget::trustingTheShownKeyLetsTheDeploymentThrough()
{
    const QString knownHosts = m_client->filePath(QStringLiteral("wizard/known_hosts"));
    const quint16 port = m_server->port();
    Sandbox probeSandbox(QStringLiteral("ssh"),
                         {{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(port)},
                          {CapabilityKind::FileRead, knownHosts}});
    const Result<ssh::HostKeyInfo> shown =
        ssh::probeHostKey(probeSandbox, QStringLiteral("127.0.0.1"), port, knownHosts);
    QVERIFY2(shown.ok(), qPrintable(shown.error().fullText()));
    QCOMPARE(shown->fingerprint, m_fingerprint);
    QCOMPARE(shown->keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(shown->hostName, QStringLiteral("[127.0.0.1]:%1").arg(port));
    QCOMPARE(shown->trust, ssh::HostKeyInfo::Trust::Unknown);

    // A fingerprint the server does not present is refused and nothing is written.
    const Status wrong =
        ssh::trustHostKey(knownHosts, QStringLiteral("127.0.0.1"), port,
                          QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().message.contains(m_fingerprint));
    QVERIFY(!QFileInfo::exists(knownHosts));

    const Status trusted =
        ssh::trustHostKey(knownHosts, QStringLiteral("127.0.0.1"), port, shown->fingerprint);
    QVERIFY2(trusted.ok(), qPrintable(trusted.error().fullText()));
    QCOMPARE(fileMode(knownHosts), 0600);
    QCOMPARE(fileMode(QFileInfo(knownHosts).path()), 0700);
    const QByteArray written = fileBytes(knownHosts);
    QVERIFY2(written.startsWith(QByteArray("[127.0.0.1]:" + QByteArray::number(port) + " ssh-ed25519 ")),
             written.constData());
    // Trusting again changes nothing; without the prefix works too.
    QVERIFY(ssh::trustHostKey(knownHosts, QStringLiteral("127.0.0.1"), port, m_fingerprint.mid(7)).ok());
    QCOMPARE(fileBytes(knownHosts), written);

    const Result<ssh::HostKeyInfo> again =
        ssh::probeHostKey(probeSandbox, QStringLiteral("127.0.0.1"), port, knownHosts);
    QVERIFY(again.ok());
    QCOMPARE(again->trust, ssh::HostKeyInfo::Trust::Trusted);

    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("known_hosts_path"), knownHosts);
    const std::unique_ptr<Connector> connector = create(settings);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
}

void TestSshTarget::failingCheckPutsThePreviousFilesBack()
{
    const QString check = m_client->filePath(QStringLiteral("check.sh"));
    writeScript(check, "echo \"nginx: [emerg] cannot load certificate\" >&2\nexit 1");
    TargetSettings settings = keySettings();
    const std::unique_ptr<Connector> good = create(settings);
    const Deployment first = makeTestDeployment();
    CERTDESK_VERIFY_DEPLOYED(deploy(*good, first));
    const auto before = snapshotFolder(m_remote->path());

    settings.values.insert(QStringLiteral("validate_command"), check);
    settings.values.insert(QStringLiteral("reload_command"),
                           QString(QStringLiteral("/usr/bin/touch ") + remote(QStringLiteral("reloaded"))));
    const std::unique_ptr<Connector> checked = create(settings);
    const Result<DeployOutcome> outcome = deploy(*checked, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().detail.contains(QLatin1String("cannot load certificate")),
             qPrintable(outcome.error().detail));
    QVERIFY(outcome.error().message.contains(QLatin1String("put back")));
    QCOMPARE(snapshotFolder(m_remote->path()), before);
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("reloaded"))));

    // Files that did not exist before are removed again.
    QTemporaryDir fresh;
    settings.values.insert(QStringLiteral("cert_path"), fresh.filePath(QStringLiteral("cert.pem")));
    settings.values.insert(QStringLiteral("key_path"), fresh.filePath(QStringLiteral("key.pem")));
    settings.values.insert(QStringLiteral("chain_path"), fresh.filePath(QStringLiteral("chain.pem")));
    const std::unique_ptr<Connector> onFresh = create(settings);
    QVERIFY(!deploy(*onFresh, makeTestDeployment()).ok());
    QVERIFY(QDir(fresh.path()).isEmpty());
}

void TestSshTarget::failingReloadPutsThePreviousFilesBack()
{
    const QString reload = m_client->filePath(QStringLiteral("reload.sh"));
    // Fails while the new certificate is in place, succeeds with the old one.
    const Deployment first = makeTestDeployment();
    QFile marker(m_client->filePath(QStringLiteral("old-cert.pem")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write(first.certificatePem());
    marker.close();
    writeScript(
        reload,
        "if cmp -s \"$1\" \"$2\"; then echo reloaded; else echo \"reload: bad certificate\"; exit 1; fi");
    TargetSettings settings = keySettings();
    const std::unique_ptr<Connector> plain = create(settings);
    CERTDESK_VERIFY_DEPLOYED(deploy(*plain, first));
    const auto before = snapshotFolder(m_remote->path());

    settings.values.insert(
        QStringLiteral("reload_command"),
        QString(reload + u' ' + remote(QStringLiteral("cert.pem")) + u' ' + marker.fileName()));
    const std::unique_ptr<Connector> connector = create(settings);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().detail.contains(QLatin1String("reload: bad certificate")),
             qPrintable(outcome.error().detail));
    QVERIFY2(outcome.error().detail.contains(QLatin1String("reloaded")), qPrintable(outcome.error().detail));
    QCOMPARE(snapshotFolder(m_remote->path()), before);
}

void TestSshTarget::commandArgumentsReachTheServerLiterally()
{
    const QString record = m_client->filePath(QStringLiteral("record.sh"));
    const QString out = remote(QStringLiteral("arguments"));
    writeScript(record, "out=\"$1\"; shift; printf '%s\\n' \"$@\" > \"$out\"");
    TargetSettings settings = keySettings();
    settings.values.insert(
        QStringLiteral("reload_command"),
        QString(record + u' ' + out + QStringLiteral(" \"two words\" '$HOME' \"it's\" '*' '#x'")));
    const std::unique_ptr<Connector> connector = create(settings);
    QVERIFY(connector);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QCOMPARE(fileBytes(out), QByteArray("two words\n$HOME\nit's\n*\n#x\n"));
}

void TestSshTarget::readOnlyRemoteFileChangesNothing()
{
    const std::unique_ptr<Connector> connector = create(keySettings());
    CERTDESK_VERIFY_DEPLOYED(deploy(*connector, makeTestDeployment()));
    QVERIFY(::chmod(QFile::encodeName(remote(QStringLiteral("chain.pem"))).constData(), 0444) == 0);
    const auto before = snapshotFolder(m_remote->path());
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("read-only")),
             qPrintable(outcome.error().message));
    QCOMPARE(snapshotFolder(m_remote->path()), before);
}

void TestSshTarget::missingRemoteFolderChangesNothing()
{
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("key_path"), remote(QStringLiteral("private/key.pem")));
    const std::unique_ptr<Connector> connector = create(settings);
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(remote(QStringLiteral("private"))),
             qPrintable(outcome.error().message));
    QCOMPARE(outcome.error().code, ErrorCode::NotFound); // not worth retrying
    QVERIFY(QDir(m_remote->path()).isEmpty());
}

void TestSshTarget::validateIsADryRun()
{
    const QString check = m_client->filePath(QStringLiteral("check-ok.sh"));
    writeScript(check, "echo configuration file test is successful");
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("validate_command"), check);
    settings.values.insert(QStringLiteral("reload_command"),
                           QString(QStringLiteral("/usr/bin/touch ") + remote(QStringLiteral("reloaded"))));
    std::unique_ptr<Connector> connector = create(settings);
    Sandbox sandbox(connector->name(), connector->capabilities());
    ValidationReport report = connector->validate(sandbox);
    QStringList lines;
    for (const ValidationStep &step : report.steps)
        lines << step.title + QStringLiteral(": ") + step.detail;
    QVERIFY2(report.ok(), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.join(u'\n').contains(QLatin1String("configuration file test is successful")));
    QVERIFY(QDir(m_remote->path()).isEmpty());

    settings.values.insert(QStringLiteral("cert_path"), remote(QStringLiteral("missing/cert.pem")));
    connector = create(settings);
    report = connector->validate(sandbox);
    QVERIFY(!report.ok());
    QVERIFY(QDir(m_remote->path()).isEmpty());
}

void TestSshTarget::createRefusesBadSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("reload with ;") << "reload_command"
                                   << "systemctl reload nginx; rm -rf /";
    QTest::newRow("reload with &&") << "reload_command"
                                    << "systemctl reload nginx && true";
    QTest::newRow("reload with backticks") << "reload_command"
                                           << "echo `id`";
    QTest::newRow("check with $(") << "validate_command"
                                   << "nginx -t -c $(id)";
    QTest::newRow("host with a space") << "host"
                                       << "bad host";
    QTest::newRow("host with ;") << "host"
                                 << "example.org;id";
    QTest::newRow("port 0") << "port"
                            << "0";
    QTest::newRow("no user") << "user"
                             << "";
    QTest::newRow("relative path") << "cert_path"
                                   << "cert.pem";
    QTest::newRow("key readable by all") << "key_mode"
                                         << "0644";
    QTest::newRow("mode not octal") << "cert_mode"
                                    << "0855";
    QTest::newRow("unknown login") << "auth_method"
                                   << "kerberos";
    QTest::newRow("known_hosts with %") << "known_hosts_path"
                                        << "/tmp/%d/known_hosts";
}

void TestSshTarget::createRefusesBadSettings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    TargetSettings settings = keySettings();
    settings.values.insert(key, value);
    const Result<std::unique_ptr<Connector>> made = sshTargetType().create(settings);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, ErrorCode::InvalidInput);
    QVERIFY2(made.error().message.startsWith(key), qPrintable(made.error().message));

    // Missing secrets.
    TargetSettings password = keySettings();
    password.values.insert(QStringLiteral("auth_method"), QStringLiteral("password"));
    QVERIFY(!sshTargetType().create(password).ok());
    TargetSettings noKey = keySettings();
    noKey.values.remove(QStringLiteral("private_key_path"));
    QVERIFY(!sshTargetType().create(noKey).ok());
}

void TestSshTarget::grantIsNarrow()
{
    const std::unique_ptr<Connector> connector = create(keySettings());
    const Grant grant = connector->capabilities();
    QCOMPARE(grant.size(), 3);
    QVERIFY(grant.contains(
        Capability{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(m_server->port())}));
    QVERIFY(grant.contains(Capability{CapabilityKind::FileRead, m_knownHosts}));
    QVERIFY(grant.contains(Capability{CapabilityKind::FileRead, m_key}));
    QVERIFY(!connector->endpoint());

    // The endpoint is verified by the deployment service, not dialled by the connector.
    TargetSettings withEndpoint = keySettings();
    withEndpoint.values.insert(QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:8443"));
    const std::unique_ptr<Connector> verified = create(withEndpoint);
    QVERIFY(verified && verified->endpoint());
    QCOMPARE(verified->endpoint()->port, quint16(8443));
    QCOMPARE(verified->capabilities(), grant);
}

void TestSshTarget::ungrantedDialIsDenied()
{
    const std::unique_ptr<Connector> connector = create(keySettings());
    Grant grant = connector->capabilities();
    grant.removeIf([](const Capability &capability) { return capability.kind == CapabilityKind::NetDial; });
    grant.append({CapabilityKind::NetDial, QStringLiteral("127.0.0.1:1")});
    Sandbox sandbox(connector->name(), grant);
    const Result<DeployOutcome> outcome = connector->deploy(sandbox, makeTestDeployment(), {});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::Denied);
    QVERIFY2(outcome.error().message.contains(QLatin1String("net.dial")),
             qPrintable(outcome.error().message));
    QVERIFY(outcome.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())));
    QVERIFY(QDir(m_remote->path()).isEmpty());
}

void TestSshTarget::ungrantedKeyFileIsDenied()
{
    const std::unique_ptr<Connector> connector = create(keySettings());
    for (const QString &withheld : {m_key, m_knownHosts}) {
        Grant grant = connector->capabilities();
        grant.removeAll(Capability{CapabilityKind::FileRead, withheld});
        Sandbox sandbox(connector->name(), grant);
        const Result<DeployOutcome> outcome = connector->deploy(sandbox, makeTestDeployment(), {});
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Denied);
        QVERIFY2(outcome.error().message.contains(withheld), qPrintable(outcome.error().message));
    }
    QVERIFY(QDir(m_remote->path()).isEmpty());
}

void TestSshTarget::silentServerTimesOut()
{
    SilentListener silent;
    TargetSettings settings = keySettings();
    settings.values.insert(QStringLiteral("port"), int(silent.port()));
    settings.values.insert(QStringLiteral("timeout"), 2);
    const std::unique_ptr<Connector> connector = create(settings);
    QElapsedTimer timer;
    timer.start();
    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(outcome.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(silent.port())));
}

void TestSshTarget::connectionsAreClosed()
{
    // libssh does not close a socket handed to it with SSH_OPTIONS_FD; the session must.
    const int before = openSockets();
    const std::unique_ptr<Connector> connector = create(keySettings());
    CERTDESK_VERIFY_DEPLOYED(deploy(*connector, makeTestDeployment()));
    TargetSettings unknownHost = keySettings();
    unknownHost.values.insert(QStringLiteral("known_hosts_path"), m_client->filePath(QStringLiteral("none")));
    QVERIFY(!deploy(*create(unknownHost), makeTestDeployment()).ok());
    Sandbox sandbox(connector->name(), connector->capabilities());
    QVERIFY(connector->validate(sandbox).ok());
    QVERIFY(ssh::probeHostKey(sandbox, QStringLiteral("127.0.0.1"), m_server->port()).ok());
    QCOMPARE(openSockets(), before);
}

void TestSshTarget::changedHostKeyIsRefused()
{
    const std::unique_ptr<Connector> connector = create(keySettings());
    CERTDESK_VERIFY_DEPLOYED(deploy(*connector, makeTestDeployment()));
    const auto before = snapshotFolder(m_remote->path());
    const QByteArray knownHosts = fileBytes(m_knownHosts);

    const Status replaced = m_server->replaceHostKey();
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
    const Result<QString> newFingerprint = m_server->hostKeyFingerprint();
    QVERIFY(newFingerprint.ok());
    QVERIFY(*newFingerprint != m_fingerprint);

    const Result<DeployOutcome> outcome = deploy(*connector, makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("CHANGED")), qPrintable(outcome.error().message));
    QVERIFY(outcome.error().message.contains(*newFingerprint));
    QCOMPARE(snapshotFolder(m_remote->path()), before);

    // Trusting the new key over the old entry is refused; the file is left as it was.
    const Status trusted =
        ssh::trustHostKey(m_knownHosts, QStringLiteral("127.0.0.1"), m_server->port(), *newFingerprint);
    QVERIFY(!trusted.ok());
    QVERIFY(trusted.error().message.contains(QLatin1String("ssh-keygen -R")));
    QCOMPARE(fileBytes(m_knownHosts), knownHosts);
}

QTEST_GUILESS_MAIN(TestSshTarget)
#include "tst_sshtarget.moc"
