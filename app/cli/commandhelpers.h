// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers that several command files share: a command's start (arguments parsed and checked, the
// inventory opened), the --json option and list output, working the job queue, a job's outcome, and
// reading an id argument.

#include "app/cli/certificatejson.h"
#include "app/cli/commandparser.h"
#include "app/core/appcontext.h"
#include "models/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace certdesk::cli {

/// --json: "Print one JSON document."
const QCommandLineOption &jsonOption();

/// Looks at a command's parsed arguments before the inventory is opened: the exit code to stop with
/// (the usage or other error already printed), nullopt to go on.
using ArgumentCheck = std::function<std::optional<int>()>;

/// A command's start: its arguments parsed and checked, and the inventory opened; or the exit code to
/// stop with (help shown, a usage error, an inventory that cannot be opened: all printed).
struct Started
{
    std::optional<int> exitCode;
    std::shared_ptr<core::AppContext> app;
};

/// Parses `p`, runs `check` (when given) and opens the inventory. Nothing is opened (nor created)
/// when the arguments are wrong.
Started start(CommandContext &ctx, CommandParser &p, const ArgumentCheck &check = {});

/// For an ArgumentCheck: prints the usage error `message` and returns its exit code unless `ok`.
std::optional<int> usageUnless(CommandContext &ctx, bool ok, const QString &message);

/// For an ArgumentCheck: the usage error `message` unless exactly one positional argument was given.
std::optional<int> oneArgument(CommandContext &ctx, const CommandParser &p, const QString &message);

/// Prints a list the way every list command does: with --json (jsonOption()) one document
/// {`key`: [toJson(item), ...]}, otherwise writeText(ctx.out, item) for each item.
template <typename Items, typename ToJson, typename WriteText>
int printList(CommandContext &ctx, const CommandParser &p, const QString &key, const Items &items,
              ToJson &&toJson, WriteText &&writeText)
{
    if (!p.isSet(jsonOption())) {
        for (const auto &item : items)
            writeText(ctx.out, item);
        return Ok;
    }
    QJsonArray list;
    for (const auto &item : items)
        list.append(toJson(item));
    printJson(ctx.out, QJsonObject{{key, list}});
    return Ok;
}

/// The common course of a command once its options are added: start()s with `check`, gets a Result
/// from `fetch(app)` (its error fails the command) and returns use(value) as the exit code.
template <typename Fetch, typename Use>
int fetchAndUse(CommandContext &ctx, CommandParser &p, const ArgumentCheck &check, Fetch &&fetch, Use &&use)
{
    const auto started = start(ctx, p, check);
    if (started.exitCode)
        return *started.exitCode;
    auto fetched = fetch(*started.app);
    if (!fetched)
        return ctx.fail(fetched.error());
    return use(*fetched);
}

/// A list command once its options are added: fetchAndUse() with `fetch(app)` giving the items,
/// which printList() prints.
template <typename Fetch, typename ToJson, typename WriteText>
int listCommand(CommandContext &ctx, CommandParser &p, const ArgumentCheck &check, Fetch &&fetch,
                const QString &key, ToJson &&toJson, WriteText &&writeText)
{
    return fetchAndUse(ctx, p, check, fetch,
                       [&](const auto &items) { return printList(ctx, p, key, items, toJson, writeText); });
}

/// Works the job queue until nothing is due, with up to `parallel` jobs at once, with every job
/// handler (issuance, renewal, deployment): a renewal's deployments to bound targets run too.
void runQueue(core::AppContext &app, int parallel = 2);

/// The outcome of a job the queue worked: the number its result holds under `resultKey`, or why it
/// has none (failed for good, or failed and waiting for a retry by a console or the daemon).
Result<qint64> jobResult(core::AppContext &app, qint64 jobId, const QString &resultKey);

/// The one positional argument as a certificate id; an Error whose message says what to give.
Result<qint64> certificateId(const CommandParser &p);

/// For an ArgumentCheck: reads the one positional argument into `id` when it is a positive id;
/// otherwise prints the usage error `message` and returns its exit code.
std::optional<int> readId(CommandContext &ctx, const CommandParser &p, const QString &message, qint64 &id);

/// readId() of a certificate id, with certificateId()'s message.
std::optional<int> readCertificateId(CommandContext &ctx, const CommandParser &p, qint64 &id);

} // namespace certdesk::cli
