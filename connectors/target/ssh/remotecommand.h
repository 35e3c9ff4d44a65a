// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the SSH target connector.

#include "connectors/target/sdk/commandrunner.h"
#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/domain/result.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace certdesk::target::ssh {

class SshSession;

/// `argv` as one command line for the remote account's shell, every argument in single quotes
/// (a quote inside written '\''), so that the shell runs exactly these words and expands nothing.
QString remoteCommandLine(const QStringList &argv);

/// Runs `argv` on the server through an SSH exec channel and collects what it prints (stdout and
/// stderr, the last 64 KiB) and its exit status. A timeout closes the channel and sets
/// ExecResult::timedOut; a cancel closes it and fails with ErrorCode::Cancelled.
Result<ExecResult> runRemoteCommand(SshSession &session, const QStringList &argv,
                                    std::chrono::milliseconds timeout, const CancelCheck &cancelled = {});

/// Runs the commands of an SSH deployment on the server with runRemoteCommand, each within
/// `timeout`.
class RemoteCommandRunner final : public CommandRunner
{
public:
    RemoteCommandRunner(SshSession &session, std::chrono::milliseconds timeout)
        : m_session(session), m_timeout(timeout)
    {}

    Result<ExecResult> run(const QStringList &argv, const CancelCheck &cancelled) override
    {
        return runRemoteCommand(m_session, argv, m_timeout, cancelled);
    }

private:
    SshSession &m_session;
    std::chrono::milliseconds m_timeout;
};

} // namespace certdesk::target::ssh
