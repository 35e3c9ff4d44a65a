// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl audit list`: the audit log, newest first.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandhelpers.h"
#include "app/cli/commandparser.h"

#include "app/core/inventoryservice.h"

namespace certdesk::cli {

namespace {
int listAudit(CommandContext &ctx)
{
    CommandParser p(ctx, {}, tr("Lists audit events, newest first."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N events (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         tr("Only the events of certificate ID."), QStringLiteral("ID"));
    p.addOptions({jsonOption(), limit, certificate});
    int count = 100;
    return listCommand(
        ctx, p, [&] { return p.positiveNumber(limit, count); },
        [&](core::AppContext &app) { return app.inventory().auditEvents(count, p.value(certificate)); },
        QStringLiteral("events"), auditEventJson,
        [](QTextStream &out, const domain::AuditEvent &e) {
            out << isoUtc(e.at) << u' ' << e.actor << u'@' << e.host << u' ' << e.action << u' '
                << e.objectType << u'/' << e.objectId << QStringLiteral(": ") << e.details << u'\n';
        });
}
} // namespace

QList<Command> auditCommands()
{
    return {{QStringLiteral("audit list"), tr("list audit events"), listAudit}};
}

} // namespace certdesk::cli
