// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dns01solver.h"

#include "connectors/issuer/acme/challenges/dnshook.h"
#include "connectors/issuer/acme/challenges/dnsrecords.h"
#include "connectors/issuer/acme/challenges/propagationwait.h"
#include "connectors/issuer/acme/challenges/taskcheck.h"

#include <algorithm>

namespace certdesk::issuer::acme {
namespace {

constexpr char Dns01[] = "dns-01";

DnsRecordRequest recordOf(const ChallengeTask &task)
{
    return DnsRecordRequest{task.identifier, dns01RecordName(task.identifier),
                            dns01RecordValue(task.keyAuthorization), task.token};
}

/// The records of `tasks`, each once (an order can list a name twice).
QList<DnsRecordRequest> recordsOf(const QList<ChallengeTask> &tasks)
{
    QList<DnsRecordRequest> records;
    for (const ChallengeTask &task : tasks) {
        const DnsRecordRequest record = recordOf(task);
        const bool known = std::any_of(records.cbegin(), records.cend(), [&](const DnsRecordRequest &other) {
            return other.fqdn == record.fqdn && other.value == record.value;
        });
        if (!known)
            records.append(record);
    }
    return records;
}

} // namespace

Dns01Solver::Dns01Solver(Dns01Config config) : m_config(std::move(config)) {}

QString Dns01Solver::type() const
{
    return QString::fromLatin1(Dns01);
}

Status Dns01Solver::present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled)
{
    const auto resolver = checkDnsPresent(m_config.scripts, m_config.propagation, tasks, type(), true);
    if (!resolver)
        return resolver.error();

    const QList<DnsRecordRequest> records = recordsOf(tasks);
    QList<ExpectedRecord> expected;
    for (const DnsRecordRequest &record : records) {
        Status created = runDnsHook(DnsHookStep::Present, m_config.scripts, record, cancelled);
        if (!created)
            return created;
        expected.append(ExpectedRecord{record.fqdn, record.value});
    }
    return waitForPropagation(expected, m_config.propagation, *resolver, cancelled);
}

Status Dns01Solver::cleanup(const QList<ChallengeTask> &tasks)
{
    QList<ChallengeTask> usable;
    for (const ChallengeTask &task : tasks) {
        if (checkTask(task, type()) && checkKeyAuthorization(task))
            usable.append(task); // present() refused the others before any script ran
    }
    Status first;
    for (const DnsRecordRequest &record : recordsOf(usable)) {
        Status removed = runDnsHook(DnsHookStep::Cleanup, m_config.scripts, record, {});
        if (!removed && first)
            first = removed;
    }
    return first;
}

} // namespace certdesk::issuer::acme
