// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/sshconnector.h"

#include "connectors/target/sdk/commandline.h"
#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/ssh/remotecommand.h"
#include "connectors/target/ssh/remotefiles.h"
#include "connectors/target/ssh/sshsession.h"
#include "connectors/target/ssh/sshtr.h"

namespace certdesk::target::ssh {

SshConnector::SshConnector(SshSettings settings) : m_settings(std::move(settings)) {}

SshConnector::~SshConnector() = default;

QString SshConnector::name() const
{
    return QStringLiteral("ssh");
}

Grant SshConnector::capabilities() const
{
    Grant grant{
        {CapabilityKind::NetDial, dialScope(m_settings.host, m_settings.port)},
        {CapabilityKind::FileRead, m_settings.knownHostsPath},
    };
    if (m_settings.authMethod == SshAuthMethod::Key && !m_settings.privateKeyPath.isEmpty())
        grant.append({CapabilityKind::FileRead, m_settings.privateKeyPath});
    return grant;
}

Result<std::unique_ptr<SshSession>> SshConnector::connect(Sandbox &sandbox) const
{
    const SshEndpoint endpoint{m_settings.host, m_settings.port, m_settings.user, m_settings.knownHostsPath,
                               m_settings.timeout};
    Result<std::unique_ptr<SshSession>> session = SshSession::connect(sandbox, endpoint);
    if (!session)
        return session.error();
    if (Status trusted = (*session)->requireTrustedHostKey(); !trusted)
        return trusted.error();
    return session;
}

Status SshConnector::login(Sandbox &sandbox, SshSession &session) const
{
    if (m_settings.authMethod == SshAuthMethod::Password)
        return session.loginWithPassword(m_settings.password);
    if (m_settings.privateKeyPath.isEmpty())
        return session.loginWithKey(m_settings.privateKey, m_settings.passphrase,
                                    tr("The pasted private key"));
    Result<QByteArray> text = sandbox.readFile(m_settings.privateKeyPath);
    if (!text)
        return text.error();
    const pki::SecureBytes key(std::move(text).value());
    return session.loginWithKey(key, m_settings.passphrase, m_settings.privateKeyPath);
}

Result<DeployOutcome> SshConnector::deploy(Sandbox &sandbox, const Deployment &deployment,
                                           const CancelCheck &cancelled)
{
    if (Status complete = checkDeployment(deployment); !complete)
        return complete.error();
    if (cancelled && cancelled())
        return Error{
            tr("The deployment was cancelled before anything was changed."), {}, ErrorCode::Cancelled};

    Result<std::unique_ptr<SshSession>> connected = connect(sandbox);
    if (!connected)
        return connected.error();
    SshSession &session = **connected;
    if (Status loggedIn = login(sandbox, session); !loggedIn)
        return loggedIn.error();
    Result<std::unique_ptr<RemoteFiles>> opened =
        RemoteFiles::open(session, m_settings.certMode, m_settings.keyMode);
    if (!opened)
        return opened.error();
    RemoteCommandRunner runner(session, m_settings.timeout);

    PemFileLayout layout;
    layout.certificatePath = m_settings.certPath;
    layout.chainPath = m_settings.chainPath;
    layout.keyPath = m_settings.keyPath;
    const QString loggedIn =
        tr("Logged in to %1 (host key %2 %3).")
            .arg(session.peer(), session.hostKey().keyType, session.hostKey().fingerprint);
    return deployFiles(**opened, runner, layout.files(deployment),
                       {m_settings.validateCommand, m_settings.reloadCommand}, cancelled, {}, {loggedIn});
}

ValidationReport SshConnector::validate(Sandbox &sandbox)
{
    ValidationReport report;
    const auto fail = [&report](const QString &title, const Error &error) {
        report.steps.append({false, title, error.fullText()});
        return report;
    };

    const QString connectionTitle = tr("SSH connection and host key");
    Result<std::unique_ptr<SshSession>> connected = connect(sandbox);
    if (!connected)
        return fail(connectionTitle, connected.error());
    SshSession &session = **connected;
    report.steps.append({true, connectionTitle,
                         tr("%1 presented the trusted %2 key %3.")
                             .arg(dialScope(m_settings.host, m_settings.port), session.hostKey().keyType,
                                  session.hostKey().fingerprint)});

    const QString loginTitle = tr("SSH login");
    if (Status loggedIn = login(sandbox, session); !loggedIn)
        return fail(loginTitle, loggedIn.error());
    Result<std::unique_ptr<RemoteFiles>> opened = RemoteFiles::open(session);
    if (!opened)
        return fail(loginTitle, opened.error());
    report.steps.append({true, loginTitle, tr("Logged in as %1; SFTP works.").arg(m_settings.user)});
    RemoteFiles &remote = **opened;

    QStringList folders;
    for (const QString &path : {m_settings.certPath, m_settings.keyPath, m_settings.chainPath}) {
        if (!path.isEmpty() && !folders.contains(remoteFolder(path)))
            folders.append(remoteFolder(path));
    }
    for (const QString &folder : folders) {
        ValidationStep step{true, tr("Remote folder %1").arg(folder), {}};
        const Result<FileState> state = remote.stat(folder);
        if (!state) {
            step = {false, step.title, state.error().fullText()};
        } else if (!state->exists || !state->isDirectory) {
            step = {false, step.title, tr("The folder does not exist on the server; create it first.")};
        } else if (Status writable = remote.checkWritable(folder); !writable) {
            step = {false, step.title, writable.error().fullText()};
        } else {
            step.detail = tr("Exists and is writable.");
        }
        report.steps.append(step);
    }

    if (!m_settings.validateCommand.isEmpty()) {
        RemoteCommandRunner runner(session, m_settings.timeout);
        const CommandRun check = runCommand(runner, m_settings.validateCommand);
        report.steps.append({check.ok,
                             tr("Check command %1").arg(joinCommandLine(m_settings.validateCommand)),
                             check.output});
    }
    if (!m_settings.reloadCommand.isEmpty()) {
        // Not run: a dry run changes nothing.
        report.steps.append({true, tr("Reload command %1").arg(joinCommandLine(m_settings.reloadCommand)),
                             tr("Runs on the server after the files are written (not run in a test).")});
    }
    return report;
}

} // namespace certdesk::target::ssh
