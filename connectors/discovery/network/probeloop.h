// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/network/endpointprobe.h"
#include "connectors/discovery/network/jobsource.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <deque>

namespace certdesk::discovery {

/// Running counts of a scan, updated by every loop, read by the thread that reports progress.
struct ScanCounters
{
    std::atomic<qint64> probed{0};
    std::atomic<qint64> total{0};
    std::atomic<qint64> open{0};
    std::atomic<qint64> tls{0};
};

/// A finished probe worth reporting: a handshake, or a failure after the connection was accepted.
struct ProbeRecord
{
    ProbeJob job;
    ProbeOutcome outcome;
};

/// Counts of first probes (SNI probes are not counted again).
struct ProbeTally
{
    qint64 probed = 0;
    qint64 open = 0;
    qint64 tls = 0;
    qint64 closed = 0;
    qint64 filtered = 0;
};

/// What a loop needs from the scan; shared by all loops.
struct ProbeLoopContext
{
    JobSource &source;
    ScanCounters &counters;
    ssl_ctx_st *tlsContext;
    QStringList sniNames;
    int timeoutMs = 3000;
    const std::atomic<bool> *cancel = nullptr;
};

/// One poll() loop with up to `capacity` probes in flight: takes first probes from the shared
/// source, and queues the SNI probes of its own IP endpoints that answered TLS ahead of them.
class ProbeLoop
{
public:
    ProbeLoop(const ProbeLoopContext &context, int capacity);

    /// Runs until every probe is done or the scan is cancelled. Blocks.
    void run();

    ProbeTally tally() const { return m_tally; }
    /// The reported probes, in the order they finished.
    QList<ProbeRecord> takeRecords() { return std::move(m_records); }

private:
    bool startMore(std::vector<std::unique_ptr<EndpointProbe>> &active);
    void record(EndpointProbe &probe);

    const ProbeLoopContext &m_context;
    int m_capacity;
    std::deque<ProbeJob> m_sniProbes;
    bool m_sourceEmpty = false;
    ProbeTally m_tally;
    QList<ProbeRecord> m_records;
};

} // namespace certdesk::discovery
