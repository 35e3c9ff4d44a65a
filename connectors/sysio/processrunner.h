// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <utility>

namespace certdesk::sysio {

/// One variable added to the inherited environment (replacing one of the same name).
using EnvironmentVariable = std::pair<QString, QString>;

/// A program to run: `argv[0]` is the binary, taken as it is (an absolute path; nothing is looked
/// up in PATH), the rest its arguments. Never run through a shell.
struct ProcessRequest
{
    QStringList argv;
    QList<EnvironmentVariable> extraEnvironment;
    std::chrono::milliseconds timeout{60000};
    std::function<bool()> cancelled; ///< asked every 50 ms; true kills the program
    bool captureStdout = true;       ///< false: stdout goes to /dev/null and only stderr is kept
};

/// How one run of a program ended.
struct ProcessOutcome
{
    enum class End {
        NotStarted, ///< `notStartedReason` says why
        Exited,     ///< `code` is the exit status
        Signalled,  ///< `code` is the signal that ended it
        TimedOut,   ///< killed, with its process group, when the timeout passed
        Cancelled,  ///< killed, with its process group, when the cancel check turned true
    };
    End end = End::NotStarted;
    int code = 0;
    QString notStartedReason; ///< a translated clause: "it does not exist", ...
    QByteArray output;        ///< stdout and stderr as written, interleaved; the last 64 KiB
};

/// Runs `request.argv` directly with posix_spawn: no shell, stdin is /dev/null, stdout and stderr
/// go to one pipe that is kept (its last 64 KiB), the environment is this process's plus the extra
/// variables, and signal dispositions are reset. The program leads a process group of its own, so
/// when the timeout passes or the cancel check turns true it is killed together with every process
/// it started (unless one left the group, as a daemon does). Blocks the calling thread; needs no
/// event loop. Variables in `extraEnvironment` never appear on a command line, so a password passed
/// that way cannot be read by other users.
ProcessOutcome runProcess(const ProcessRequest &request);

} // namespace certdesk::sysio
