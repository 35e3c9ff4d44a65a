// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/propagationwait.h"

#include "connectors/issuer/acme/challenges/txtlookup.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMap>

#include <algorithm>
#include <thread>

namespace certdesk::issuer::acme {
namespace {

constexpr qint64 CancelCheckMs = 100;

Error cancelledError()
{
    return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                             "The wait for the DNS records to propagate was cancelled."),
                 {},
                 ErrorCode::Cancelled};
}

bool isCancelled(const CancelCheck &cancelled)
{
    return cancelled && cancelled();
}

/// Sleeps until `until`, asking the cancel check in between; false when cancelled.
bool sleepUntil(const QDeadlineTimer &until, const CancelCheck &cancelled)
{
    while (!until.hasExpired()) {
        if (isCancelled(cancelled))
            return false;
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::min<qint64>(CancelCheckMs, until.remainingTime())));
    }
    return !isCancelled(cancelled);
}

} // namespace

Result<std::optional<DnsServer>> configuredResolver(const DnsPropagationConfig &config)
{
    if (config.resolver.trimmed().isEmpty())
        return std::optional<DnsServer>();
    auto server = parseDnsServer(config.resolver);
    if (!server)
        return server.error();
    return std::optional<DnsServer>(*server);
}

Status waitForPropagation(const QList<ExpectedRecord> &records, const DnsPropagationConfig &config,
                          const std::optional<DnsServer> &resolver, const CancelCheck &cancelled)
{
    if (isCancelled(cancelled))
        return cancelledError();
    if (config.waitSeconds <= 0)
        return {};
    const QDeadlineTimer deadline(std::chrono::seconds(config.waitSeconds));
    if (!resolver)
        return sleepUntil(deadline, cancelled) ? Status() : Status(cancelledError());

    QMap<QString, QStringList> pending; // one lookup per name, for all the values it must show
    for (const ExpectedRecord &record : records)
        pending[record.fqdn.toLower()].append(record.value);
    for (;;) {
        for (auto name = pending.begin(); name != pending.end();) {
            const int timeoutMs =
                int(std::clamp<qint64>(deadline.remainingTime(), 1, config.lookupTimeoutMs));
            const auto texts = lookupTxt(name.key(), *resolver, timeoutMs, cancelled);
            if (!texts && texts.error().code == ErrorCode::Cancelled)
                return cancelledError();
            if (texts) {
                name.value().removeIf([&](const QString &value) { return texts->contains(value.toUtf8()); });
            }
            name = name.value().isEmpty() ? pending.erase(name) : std::next(name);
            if (deadline.hasExpired())
                break;
        }
        if (pending.isEmpty() || deadline.hasExpired())
            return {};
        const qint64 pauseMs = std::max<qint64>(config.pollIntervalMs, CancelCheckMs);
        const QDeadlineTimer nextRound(std::min<qint64>(pauseMs, deadline.remainingTime()));
        if (!sleepUntil(nextRound, cancelled))
            return cancelledError();
    }
}

} // namespace certdesk::issuer::acme
