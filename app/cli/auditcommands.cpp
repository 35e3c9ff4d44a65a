// SPDX-License-Identifier: GPL-3.0-or-later
// `certdeskctl audit list`: the audit log, newest first.
#include "app/cli/certificatejson.h"
#include "app/cli/cliapp.h"
#include "app/cli/commandparser.h"

#include "app/core/inventoryservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk::cli {

namespace {
int listAudit(CommandContext &ctx)
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("certdesk::cli", t); };
    CommandParser p(ctx, {}, tr("Lists audit events, newest first."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N events (default 100)."), QStringLiteral("N"),
                                   QStringLiteral("100"));
    const QCommandLineOption certificate(QStringLiteral("certificate"), tr("Only the events of certificate ID."),
                                         QStringLiteral("ID"));
    p.addOptions({json, limit, certificate});
    if (auto code = p.parse(); code)
        return *code;
    int count = 100;
    if (auto code = p.positiveNumber(limit, count))
        return *code;
    auto app = ctx.openInventory();
    if (!app)
        return ctx.fail(app.error());
    auto events = (*app)->inventory().auditEvents(count, p.value(certificate));
    if (!events)
        return ctx.fail(events.error());
    if (p.isSet(json)) {
        QJsonArray list;
        for (const auto &e : *events)
            list.append(auditEventJson(e));
        printJson(ctx.out, QJsonObject{{QStringLiteral("events"), list}});
        return Ok;
    }
    for (const auto &e : *events)
        ctx.out << isoUtc(e.at) << u' ' << e.actor << u'@' << e.host << u' ' << e.action << u' ' << e.objectType << u'/'
                << e.objectId << QStringLiteral(": ") << e.details << u'\n';
    return Ok;
}
} // namespace

QList<Command> auditCommands()
{
    return {{QStringLiteral("audit list"), QCoreApplication::translate("certdesk::cli", "list audit events"), listAudit}};
}

} // namespace certdesk::cli
