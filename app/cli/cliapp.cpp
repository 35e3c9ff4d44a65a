// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliapp.h"

#include "app/core/databaselocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace certdesk::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::cli", text);
}

namespace {
QList<Command> allCommands()
{
    // A longer path first: "issuer add acme" before "issuer add".
    return inventoryCommands() + discoveryCommands() + scanCommands() + acmeCommands() + issuanceCommands() +
           deployCommands() + notifyCommands() + jobCommands() + auditCommands();
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: certdeskctl [--db PATH | --pg URL] <command> [options]\n\n"
              "Manages the CertDesk certificate inventory from scripts and servers.\n\n"
              "Global options:\n"
              "  --db PATH     use this SQLite inventory file (default: %1, or $CERTDESK_DB)\n"
              "  --pg URL      use a PostgreSQL inventory, postgresql://user@host:port/db (or "
              "$CERTDESK_PG_URL)\n"
              "  -h, --help    show this help; '<command> --help' shows a command's options\n"
              "  -V, --version show the version\n\n"
              "Secrets: private keys are sealed under a data key kept in the OS keychain or derived from "
              "the\n"
              "master passphrase in the file named by $CERTDESK_MASTER_KEY_FILE.\n\n"
              "Commands:\n")
               .arg(core::defaultSqlitePath());
    for (const auto &c : allCommands())
        out << QStringLiteral("  %1%2\n").arg(c.path.leftJustified(22, u' '), c.summary);
}
} // namespace

int CommandContext::fail(const Error &error) const
{
    err << QStringLiteral("certdeskctl: error: ") << error.message << u'\n';
    if (!error.detail.isEmpty())
        err << QStringLiteral("  detail: ") << error.detail << u'\n';
    err.flush();
    return Failed;
}

int CommandContext::usage(const QString &message) const
{
    err << QStringLiteral("certdeskctl: ") << message << u'\n'
        << tr("Run '%1 --help' for the options.").arg(arguments.value(0)) << u'\n';
    err.flush();
    return Usage;
}

Result<QString> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The password file %1 cannot be read.").arg(path), file.errorString()};
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString secret = QString::fromUtf8(line);
    line.fill('\0');
    return secret;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString sqlitePath;
    QString pgUrl;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const auto &a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--pg")) {
            if (i + 1 >= arguments.size()) {
                err << tr("certdeskctl: %1 needs a value").arg(a) << u'\n';
                return Usage;
            }
            (a == QLatin1String("--db") ? sqlitePath : pgUrl) = arguments[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            sqlitePath = a.mid(5);
        } else if (a.startsWith(QLatin1String("--pg="))) {
            pgUrl = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printHelp(out);
            return Ok;
        } else if (a == QLatin1String("-V") || a == QLatin1String("--version")) {
            out << QStringLiteral("certdeskctl ") << QStringLiteral(CERTDESK_VERSION) << u'\n';
            return Ok;
        } else if (a.startsWith(u'-')) {
            err << tr("certdeskctl: unknown option %1").arg(a) << u'\n';
            return Usage;
        } else {
            break;
        }
    }
    const bool dbGiven =
        arguments.mid(1, i - 1).filter(QRegularExpression(QStringLiteral("^--db(=|$)"))).size() > 0;
    const bool pgGiven =
        arguments.mid(1, i - 1).filter(QRegularExpression(QStringLiteral("^--pg(=|$)"))).size() > 0;
    // An empty value (`--db "$UNSET"`) must never fall back to the user's own default inventory.
    if ((dbGiven && sqlitePath.isEmpty()) || (pgGiven && pgUrl.isEmpty())) {
        err << tr("certdeskctl: --db and --pg need a non-empty value") << u'\n';
        return Usage;
    }
    if (dbGiven && pgGiven) {
        err << tr("certdeskctl: give either --db or --pg, not both") << u'\n';
        return Usage;
    }
    const QStringList rest = arguments.mid(i);
    if (rest.isEmpty()) {
        printHelp(err);
        return Usage;
    }
    for (const auto &command : allCommands()) {
        const auto words = command.path.split(u' ');
        if (rest.mid(0, words.size()) != words)
            continue;
        CommandContext context{QStringList{QStringLiteral("certdeskctl ") + command.path} +
                                   rest.mid(words.size()),
                               [sqlitePath, pgUrl]() -> Result<std::shared_ptr<core::AppContext>> {
                                   auto spec = core::resolveDatabase(sqlitePath, pgUrl);
                                   if (!spec)
                                       return spec.error();
                                   return core::AppContext::open(*spec, core::dataKeySourceFromEnvironment());
                               },
                               out, err};
        return command.run(context);
    }
    err << tr("certdeskctl: unknown command '%1'. Run 'certdeskctl --help' for the commands.")
               .arg(rest.join(u' '))
        << u'\n';
    return Usage;
}

} // namespace certdesk::cli
