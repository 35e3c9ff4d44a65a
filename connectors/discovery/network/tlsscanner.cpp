// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/tlsscanner.h"

#include "connectors/discovery/network/filelimit.h"
#include "connectors/discovery/network/hostresolver.h"
#include "connectors/discovery/network/jobsource.h"
#include "connectors/discovery/network/probeloop.h"
#include "connectors/discovery/network/tlsclientcontext.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace certdesk::discovery {
namespace {

/// How often progress is reported.
constexpr auto ProgressInterval = std::chrono::milliseconds(100);
/// More loops than this only contend for the cores with the servers being probed.
constexpr int MaxLoops = 8;
/// A loop is worth its thread only with at least this many probes to share.
constexpr qint64 ProbesPerLoop = 256;

TlsScanProgress snapshot(const ScanCounters &counters)
{
    return {counters.probed.load(), counters.total.load(), counters.open.load(), counters.tls.load()};
}

int loopCount(int requested, qint64 probes, int concurrency)
{
    const int automatic = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 2);
    const int wanted = requested > 0 ? std::min(requested, MaxLoops) : automatic;
    const qint64 useful = std::max<qint64>(1, probes / ProbesPerLoop);
    return static_cast<int>(std::min<qint64>({wanted, useful, concurrency}));
}

/// The host names among the targets, in target order.
QStringList hostNamesOf(const QList<ScanTarget> &targets)
{
    QStringList names;
    for (const ScanTarget &target : targets) {
        if (target.isHostName())
            names.append(target.hostName);
    }
    return names;
}

/// Resolves the host-name targets; the result has one entry per target.
QList<ResolvedHost> resolveTargets(const QList<ScanTarget> &targets, const std::atomic<bool> *cancel)
{
    const QList<ResolvedHost> resolved = resolveHosts(hostNamesOf(targets), cancel);
    QList<ResolvedHost> perTarget(targets.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (targets.at(i).isHostName())
            perTarget[i] = resolved.at(next++);
    }
    return perTarget;
}

TlsEndpoint endpointOf(const ProbeJob &job, ProbeOutcome &&outcome)
{
    TlsEndpoint endpoint;
    endpoint.host = job.host;
    endpoint.ip = job.ip.toString();
    endpoint.port = job.port;
    endpoint.sni = job.sni;
    endpoint.startTls = job.startTls;
    endpoint.tlsVersion = std::move(outcome.tlsVersion);
    endpoint.cipher = std::move(outcome.cipher);
    endpoint.chain = std::move(outcome.chain);
    return endpoint;
}

QString reasonOf(const ProbeJob &job, const QString &reason)
{
    if (job.isFirstProbe())
        return reason;
    return QCoreApplication::translate("certdesk::discovery", "with SNI %1: %2").arg(job.sni, reason);
}

/// A reported probe, or a host's resolution error, with its place in the result.
struct Entry
{
    qint64 order;
    int sniIndex; ///< -2: the host's own error, before its probes
    ProbeRecord record;
};

/// Adds the entries to the result's endpoints and errors in target, address, port and SNI order.
void addInOrder(std::vector<Entry> &&entries, TlsScanResult &result)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.order != b.order ? a.order < b.order : a.sniIndex < b.sniIndex;
    });
    for (Entry &entry : entries) {
        const ProbeJob &job = entry.record.job;
        if (entry.record.outcome.kind == ProbeOutcome::Kind::Tls)
            result.endpoints.append(endpointOf(job, std::move(entry.record.outcome)));
        else
            result.errors.append({job.host, job.port, reasonOf(job, entry.record.outcome.reason)});
    }
}

/// Runs each loop on its own thread and reports progress on this one until all have ended.
void runLoops(std::vector<std::unique_ptr<ProbeLoop>> &loops, const ScanCounters &counters,
              const std::function<void(const TlsScanProgress &)> &onProgress)
{
    std::mutex mutex;
    std::condition_variable loopEnded;
    size_t running = loops.size();
    std::vector<std::thread> threads;
    for (auto &loop : loops) {
        threads.emplace_back([&, raw = loop.get()] {
            raw->run();
            const std::lock_guard lock(mutex);
            --running;
            loopEnded.notify_one();
        });
    }
    std::unique_lock lock(mutex);
    while (!loopEnded.wait_for(lock, ProgressInterval, [&] { return running == 0; })) {
        if (onProgress) {
            lock.unlock();
            onProgress(snapshot(counters));
            lock.lock();
        }
    }
    lock.unlock();
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace

TlsScanner::TlsScanner(TlsScanOptions options) : m_options(std::move(options))
{
    m_options.timeoutMs = std::clamp(m_options.timeoutMs, MinTimeoutMs, MaxTimeoutMs);
    m_options.concurrency = std::clamp(m_options.concurrency, 1, MaxConcurrency);
}

TlsScanResult TlsScanner::run(const std::function<void(const TlsScanProgress &)> &onProgress,
                              const std::atomic<bool> *cancel)
{
    const qint64 started = steadyNowMs();
    TlsScanResult result;
    const QList<ResolvedHost> hosts = resolveTargets(m_options.targets, cancel);
    JobSource source(m_options, hosts);
    ScanCounters counters;
    counters.total = source.total();

    std::vector<Entry> entries;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (!hosts.at(i).error.isEmpty()) {
            ProbeRecord record;
            record.job.host = m_options.targets.at(i).hostName;
            record.outcome.reason = hosts.at(i).error;
            entries.push_back({source.startOf(static_cast<int>(i)), -2, std::move(record)});
        }
    }

    const TlsClientContext tlsContext;
    const int concurrency = makeRoomForSockets(m_options.concurrency);
    const int loops = loopCount(m_options.threads, source.total(), concurrency);
    const ProbeLoopContext context{
        source, counters, tlsContext.get(), m_options.sniNames, m_options.timeoutMs, cancel};
    std::vector<std::unique_ptr<ProbeLoop>> probeLoops;
    for (int i = 0; i < loops; ++i)
        probeLoops.push_back(std::make_unique<ProbeLoop>(context, (concurrency + loops - 1 - i) / loops));
    if (tlsContext.get()) {
        runLoops(probeLoops, counters, onProgress);
    } else {
        result.errors.append({QString(), 0,
                              QCoreApplication::translate("certdesk::discovery",
                                                          "OpenSSL could not set up a TLS client context")});
    }

    for (auto &loop : probeLoops) {
        const ProbeTally tally = loop->tally();
        result.endpointsProbed += tally.probed;
        result.endpointsOpen += tally.open;
        result.endpointsTls += tally.tls;
        result.endpointsClosed += tally.closed;
        result.endpointsFiltered += tally.filtered;
        for (ProbeRecord &record : loop->takeRecords())
            entries.push_back({record.job.order, record.job.sniIndex, std::move(record)});
    }
    addInOrder(std::move(entries), result);
    result.cancelled = cancel && cancel->load();
    result.durationMs = steadyNowMs() - started;
    if (onProgress)
        onProgress(snapshot(counters));
    return result;
}

} // namespace certdesk::discovery
