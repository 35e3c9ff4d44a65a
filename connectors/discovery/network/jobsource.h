// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/network/hostresolver.h"
#include "connectors/discovery/network/probejob.h"
#include "connectors/discovery/network/tlsscanoptions.h"

#include <QList>

#include <atomic>
#include <optional>

namespace certdesk::discovery {

/// Hands out the first probe of every address:port of a scan, in order, to several threads
/// without making the whole list up front (a /20 on 100 ports is 409,600 probes).
class JobSource
{
public:
    /// `hosts` has one entry per target (used only for host-name targets).
    JobSource(const TlsScanOptions &options, const QList<ResolvedHost> &hosts);

    /// The number of first probes.
    qint64 total() const { return m_total; }
    /// Where target `index`'s probes start in the order.
    qint64 startOf(int targetIndex) const { return m_starts.at(targetIndex); }
    /// The next probe; nullopt when all were handed out. Thread-safe.
    std::optional<ProbeJob> next();

private:
    const TlsScanOptions &m_options;
    QList<QList<IpAddress>> m_hostAddresses; ///< per target; empty for address targets
    QList<qint64> m_starts;                  ///< per target, plus the total at the end
    qint64 m_total = 0;
    std::atomic<qint64> m_next{0};
};

} // namespace certdesk::discovery
