// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/domain/result.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace certdesk::target {

/// Runs the check and reload commands of a file deployment (deployFiles): on this machine through
/// the Sandbox (SandboxCommandRunner), or on a server over SSH (the SSH connector's
/// RemoteCommandRunner).
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    /// Fails when `argv` would not run (its program not found, or not granted), without running
    /// it; success by default.
    virtual Status check(const QStringList &argv) const;
    /// Runs `argv` to its end. A timeout sets ExecResult::timedOut and adds a line saying so to the
    /// output; a cancel fails with ErrorCode::Cancelled.
    virtual Result<ExecResult> run(const QStringList &argv, const CancelCheck &cancelled) = 0;
};

/// Runs commands on this machine with Sandbox::exec (process.exec), each within `timeout`.
class SandboxCommandRunner final : public CommandRunner
{
public:
    explicit SandboxCommandRunner(Sandbox &sandbox, std::chrono::milliseconds timeout = ExecRequest{}.timeout)
        : m_sandbox(sandbox), m_timeout(timeout)
    {}

    /// The binary argv[0] names, as the Sandbox finds it on PATH, when the grant lets it run.
    Result<QString> program(const QStringList &argv) const;
    Status check(const QStringList &argv) const override;
    Result<ExecResult> run(const QStringList &argv, const CancelCheck &cancelled) override;

private:
    Sandbox &m_sandbox;
    std::chrono::milliseconds m_timeout;
};

/// How one command run ended, for a step log.
struct CommandRun
{
    bool ok = false;
    bool cancelled = false;
    QString output; ///< what it printed (with its exit status when that is not 0), or why it could not run
};

/// Runs `argv` with `runner` and puts what happened into words.
CommandRun runCommand(CommandRunner &runner, const QStringList &argv, const CancelCheck &cancelled = {});

} // namespace certdesk::target
