// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/commandline.h"

#include <QCoreApplication>

#include <algorithm>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

Error refused(const QString &what)
{
    return Error{tr("The command contains %1. Commands run without a shell, so chaining, pipes, "
                    "redirections and substitutions do not work; put them in a script and give the "
                    "script's path instead.")
                     .arg(what),
                 {},
                 ErrorCode::InvalidInput};
}

/// The name of a character a shell would act on outside quotes, or empty.
QString shellOperatorName(QChar c)
{
    switch (c.unicode()) {
    case ';':
        return tr("\";\" (a command separator)");
    case '&':
        return tr("\"&\" (\"&&\" or a background job)");
    case '|':
        return tr("\"|\" (a pipe or \"||\")");
    case '<':
        return tr("\"<\" (an input redirection)");
    case '>':
        return tr("\">\" (an output redirection)");
    default:
        return {};
    }
}

/// The name of what is refused at `text[i]` even inside quotes, or empty.
QString substitutionName(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (c == u'`')
        return tr("a backtick (command substitution)");
    if (c == u'$' && next == u'(')
        return tr("\"$(\" (command substitution)");
    if (c == u'$' && next == u'{')
        return tr("\"${\" (variable substitution)");
    if (c == u'\n' || c == u'\r')
        return tr("a line break (a second command)");
    if (c == QChar(0))
        return tr("a NUL character");
    return {};
}

} // namespace

Result<QStringList> parseCommandLine(const QString &text)
{
    enum class Quote { None, Single, Double };
    QStringList argv;
    QString word;
    bool inWord = false;
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const QString name = substitutionName(text, i); !name.isEmpty())
            return refused(name);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            continue;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < text.size() &&
                       QStringLiteral("\"\\$`").contains(text.at(i + 1))) {
                word += text.at(++i);
            } else {
                word += c;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c.isSpace()) {
            if (inWord)
                argv.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        if (const QString name = shellOperatorName(c); !name.isEmpty())
            return refused(name);
        inWord = true;
        if (c == u'\'') {
            quote = Quote::Single;
        } else if (c == u'"') {
            quote = Quote::Double;
        } else if (c == u'\\') {
            if (i + 1 >= text.size())
                return Error{tr("The command ends with a backslash that escapes nothing."),
                             {},
                             ErrorCode::InvalidInput};
            word += text.at(++i);
        } else {
            word += c;
        }
    }
    if (quote != Quote::None)
        return Error{quote == Quote::Single ? tr("The command has a single quote that is not closed.")
                                            : tr("The command has a double quote that is not closed."),
                     {},
                     ErrorCode::InvalidInput};
    if (inWord)
        argv.append(word);
    return argv;
}

QString joinCommandLine(const QStringList &argv)
{
    QStringList shown;
    for (const QString &argument : argv) {
        const bool plain =
            !argument.isEmpty() && std::none_of(argument.cbegin(), argument.cend(), [](QChar c) {
                return c.isSpace() || c == u'\'' || c == u'"' || c == u'\\';
            });
        if (plain) {
            shown.append(argument);
        } else {
            QString quoted = argument;
            quoted.replace(u'\'', QStringLiteral("'\\''"));
            shown.append(u'\'' + quoted + u'\'');
        }
    }
    return shown.join(u' ');
}

} // namespace certdesk::target
