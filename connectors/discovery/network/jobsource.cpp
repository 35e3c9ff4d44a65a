// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/jobsource.h"

#include <algorithm>

namespace certdesk::discovery {

JobSource::JobSource(const TlsScanOptions &options, const QList<ResolvedHost> &hosts) : m_options(options)
{
    for (qsizetype i = 0; i < options.targets.size(); ++i) {
        const ScanTarget &target = options.targets.at(i);
        m_hostAddresses.append(target.isHostName() && i < hosts.size() ? hosts.at(i).addresses
                                                                       : QList<IpAddress>());
        const qint64 addresses = target.isHostName() ? m_hostAddresses.last().size() : target.addressCount;
        m_starts.append(m_total);
        m_total += addresses * options.ports.size();
    }
    m_starts.append(m_total);
}

std::optional<ProbeJob> JobSource::next()
{
    const qint64 index = m_next++;
    if (index >= m_total)
        return std::nullopt;
    // the last target whose start is <= index (targets without addresses have no probes)
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), index);
    const auto targetIndex = static_cast<qsizetype>(after - m_starts.cbegin()) - 1;
    const ScanTarget &target = m_options.targets.at(targetIndex);
    const qint64 offset = index - m_starts.at(targetIndex);
    const qint64 addressIndex = offset / m_options.ports.size();

    ProbeJob job;
    job.order = index;
    job.port = m_options.ports.at(offset % m_options.ports.size());
    job.startTls = m_options.startTls.value(job.port, StartTlsProtocol::None);
    if (target.isHostName()) {
        job.ip = m_hostAddresses.at(targetIndex).at(addressIndex);
        job.host = target.hostName;
        job.sni = target.hostName;
    } else {
        job.ip = target.address(static_cast<quint32>(addressIndex));
        job.host = job.ip.toString();
        job.trySniNames = !m_options.sniNames.isEmpty();
    }
    return job;
}

} // namespace certdesk::discovery
