// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/appcontext.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace certdesk::cli {

/// `text` translated in the CLI's one context, "certdesk::cli".
QString tr(const char *text);

/// Exit codes of certdeskctl.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/// What every command gets: its own arguments, the opened inventory, and the output streams.
/// Results go to `out` (plain text or one JSON document); errors go to `err`.
struct CommandContext
{
    QStringList arguments; ///< argv[0] is the command path, e.g. "certdeskctl inventory list"
    std::function<Result<std::shared_ptr<core::AppContext>>()> openInventory;
    QTextStream &out;
    QTextStream &err;

    /// Prints "certdeskctl: error: ..." with the detail on the next line and returns Failed.
    int fail(const Error &error) const;
    /// Prints a usage error and returns Usage.
    int usage(const QString &message) const;
};

/// One command: "inventory list", "audit list", ...
struct Command
{
    QString path;    ///< the words that name it
    QString summary; ///< one line for --help
    std::function<int(CommandContext &)> run;
};

QList<Command> inventoryCommands();
QList<Command> auditCommands();
QList<Command> issuanceCommands();
QList<Command> jobCommands();
QList<Command> discoveryCommands();
QList<Command> scanCommands();
QList<Command> acmeCommands();
QList<Command> deployCommands();
QList<Command> notifyCommands();

/// Reads a secret (a password) from the first line of a file, so secrets never sit on a command line.
Result<QString> readSecretFile(const QString &path);

/// Runs certdeskctl with these arguments; returns the process exit code.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace certdesk::cli
