// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "connectors/target/ssh/sshsettings.h"

#include <memory>

namespace certdesk::target::ssh {

class SshSession;

/// Deploys to a server over SSH/SFTP without an agent on it. The connection is dialled through the
/// Sandbox; the host key must be in known_hosts; login by key (optionally encrypted) or password.
/// The deployment is the SDK's deployFiles over the server's files (RemoteFiles: each file goes to
/// a temporary name in its folder with its final mode and is renamed over the target) and its exec
/// channel: when the remote files already hold these bytes and modes nothing is done; the check
/// command runs before the reload; when either fails, the previous files are put back. Commands
/// run on the server with each argument single-quoted, after the same injection checks as local
/// commands. Grant: net.dial host:port, fs.read on known_hosts and on the key file.
class SshConnector final : public Connector
{
public:
    explicit SshConnector(SshSettings settings);
    ~SshConnector() override;

    QString name() const override;
    Grant capabilities() const override;
    Result<DeployOutcome> deploy(Sandbox &sandbox, const Deployment &deployment,
                                 const CancelCheck &cancelled) override;
    ValidationReport validate(Sandbox &sandbox) override;
    std::optional<Endpoint> endpoint() const override { return m_settings.endpoint; }

    const SshSettings &settings() const { return m_settings; }

private:
    /// Connects and checks the host key (no login yet).
    Result<std::unique_ptr<SshSession>> connect(Sandbox &sandbox) const;
    Status login(Sandbox &sandbox, SshSession &session) const;

    SshSettings m_settings;
};

} // namespace certdesk::target::ssh
