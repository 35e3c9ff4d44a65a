// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliapp.h"

#include <QCommandLineParser>

#include <optional>

namespace certdesk::cli {

/// QCommandLineParser set up for one subcommand: adds --help, prints errors the certdeskctl way.
class CommandParser final
{
public:
    CommandParser(CommandContext &context, QString synopsis, QString description);
    void addOptions(const QList<QCommandLineOption> &options);
    /// Parses the command's arguments; returns an exit code when the command must stop here
    /// (help shown, or a usage error), nullopt to go on.
    std::optional<int> parse();
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    /// Reads a positive whole number option into `value` when it is set. Returns an exit code
    /// (a usage error already printed) when the value is not one, nullopt otherwise.
    std::optional<int> positiveNumber(const QCommandLineOption &option, int &value) const;

private:
    CommandContext &m_context;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace certdesk::cli
