// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dnspersistsolver.h"

#include "connectors/issuer/acme/challenges/dnshook.h"
#include "connectors/issuer/acme/challenges/dnsrecords.h"
#include "connectors/issuer/acme/challenges/propagationwait.h"
#include "connectors/issuer/acme/challenges/taskcheck.h"
#include "connectors/issuer/acme/challenges/txtlookup.h"

#include <algorithm>

namespace certdesk::issuer::acme {
namespace {

constexpr char DnsPersist01[] = "dns-persist-01";

/// One standing record to make sure of, and the values that already satisfy it.
struct PersistRecord
{
    DnsRecordRequest request;
    QList<QByteArray> satisfiedBy;
};

/// The records `tasks` need: one per identifier, a wildcard one when any task is a wildcard.
Result<QList<PersistRecord>> recordsOf(const QList<ChallengeTask> &tasks, const QString &configuredIssuer)
{
    QList<ChallengeTask> merged;
    for (const ChallengeTask &task : tasks) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const ChallengeTask &other) {
            return other.identifier.compare(task.identifier, Qt::CaseInsensitive) == 0 &&
                   other.accountUri == task.accountUri && other.issuerDomainNames == task.issuerDomainNames;
        });
        if (same == merged.end())
            merged.append(task);
        else
            same->wildcard = same->wildcard || task.wildcard;
    }
    QList<PersistRecord> records;
    for (const ChallengeTask &task : merged) {
        const auto issuer = dnsPersistIssuerDomain(configuredIssuer, task.issuerDomainNames);
        if (!issuer)
            return issuer.error();
        const auto value = dnsPersistRecordValue(*issuer, task.accountUri, task.wildcard);
        if (!value)
            return value.error();
        PersistRecord record{{task.identifier, dnsPersistRecordName(task.identifier), *value, QString()},
                             {value->toUtf8()}};
        if (!task.wildcard)
            record.satisfiedBy.append(dnsPersistRecordValue(*issuer, task.accountUri, true)->toUtf8());
        records.append(record);
    }
    return records;
}

} // namespace

DnsPersistSolver::DnsPersistSolver(DnsPersistConfig config) : m_config(std::move(config)) {}

QString DnsPersistSolver::type() const
{
    return QString::fromLatin1(DnsPersist01);
}

Status DnsPersistSolver::present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled)
{
    const auto resolver = checkDnsPresent(m_config.scripts, m_config.propagation, tasks, type(), false);
    if (!resolver)
        return resolver.error();
    const auto records = recordsOf(tasks, m_config.issuerDomain);
    if (!records)
        return records.error();

    // Whether a record exists is asked of the configured resolver, else of the system's; when that
    // cannot tell, the script runs (creating a record that exists already does no harm).
    const Result<DnsServer> lookupServer = *resolver ? Result<DnsServer>(**resolver) : systemDnsServer();
    QList<ExpectedRecord> created;
    for (const PersistRecord &record : *records) {
        if (lookupServer) {
            const auto texts = lookupTxt(record.request.fqdn, *lookupServer,
                                         m_config.propagation.lookupTimeoutMs, cancelled);
            if (!texts && texts.error().code == ErrorCode::Cancelled)
                return texts.error();
            const bool exists =
                texts && std::any_of(record.satisfiedBy.cbegin(), record.satisfiedBy.cend(),
                                     [&](const QByteArray &value) { return texts->contains(value); });
            if (exists)
                continue;
        }
        Status made = runDnsHook(DnsHookStep::Present, m_config.scripts, record.request, cancelled);
        if (!made)
            return made;
        created.append(ExpectedRecord{record.request.fqdn, record.request.value});
    }
    if (created.isEmpty())
        return {};
    return waitForPropagation(created, m_config.propagation, *resolver, cancelled);
}

Status DnsPersistSolver::cleanup(const QList<ChallengeTask> &)
{
    return {};
}

} // namespace certdesk::issuer::acme
