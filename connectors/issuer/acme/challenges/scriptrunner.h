// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include "connectors/issuer/acme/challengesolver.h"
#include "connectors/sysio/processrunner.h"

#include <QList>
#include <QString>

#include <chrono>
#include <utility>

namespace certdesk::issuer::acme {

/// How one run of a script ended.
struct ScriptOutcome
{
    using End = sysio::ProcessOutcome::End;
    End end = End::NotStarted;
    int code = 0;             ///< the exit status (Exited) or the signal (Signalled)
    QString notStartedReason; ///< a translated clause: "it does not exist", ...
    QString stderrTail;       ///< the last lines the script wrote to stderr
};

/// One variable added to the inherited environment (replacing one of the same name).
using EnvironmentVariable = sysio::EnvironmentVariable;

/// Runs the executable file `path` through sysio::runProcess: no shell, argv is the path alone,
/// stdin and stdout are /dev/null, the environment is this process's plus `extra`, and signal dispositions
/// are reset. The script leads a process group of its own, so when `timeout` passes or `cancelled` turns true
/// it is killed together with every process it started (unless one left the group, as a daemon
/// does). Blocks the calling thread; needs no event loop.
ScriptOutcome runScript(const QString &path, const QList<EnvironmentVariable> &extra,
                        std::chrono::milliseconds timeout, const CancelCheck &cancelled);

} // namespace certdesk::issuer::acme
