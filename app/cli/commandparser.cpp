// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandparser.h"

#include <QCoreApplication>

namespace certdesk::cli {

CommandParser::CommandParser(CommandContext &context, QString synopsis, QString description)
    : m_context(context), m_synopsis(std::move(synopsis)), m_description(std::move(description)),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("certdesk::cli", "Show this help."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

void CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

std::optional<int> CommandParser::parse()
{
    if (!m_parser.parse(m_context.arguments))
        return m_context.usage(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the executable only; show the whole command path instead.
        help = help.mid(help.indexOf(u'\n') + 1);
        m_context.out << QCoreApplication::translate("certdesk::cli", "Usage: %1 [options] %2")
                             .arg(m_context.arguments.value(0), m_synopsis)
                      << QStringLiteral("\n\n")
                      << m_description << u'\n'
                      << help;
        return Ok;
    }
    return std::nullopt;
}

std::optional<int> CommandParser::positiveNumber(const QCommandLineOption &option, int &value) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int number = m_parser.value(option).toInt(&ok);
    if (!ok || number <= 0)
        return m_context.usage(QCoreApplication::translate("certdesk::cli", "--%1 takes a positive number.")
                                   .arg(option.names().constFirst()));
    value = number;
    return std::nullopt;
}

} // namespace certdesk::cli
