// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/probeloop.h"

#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <vector>

namespace certdesk::discovery {
namespace {

/// The longest a loop sleeps before it looks at the cancel flag again.
constexpr qint64 CancelCheckMs = 50;

} // namespace

ProbeLoop::ProbeLoop(const ProbeLoopContext &context, int capacity)
    : m_context(context), m_capacity(std::max(1, capacity))
{}

void ProbeLoop::run()
{
    std::vector<std::unique_ptr<EndpointProbe>> active;
    std::vector<pollfd> fds;
    active.reserve(m_capacity);
    fds.reserve(m_capacity);
    for (;;) {
        if (m_context.cancel && m_context.cancel->load())
            return;
        if (!startMore(active) && active.empty())
            return;

        const qint64 now = steadyNowMs();
        qint64 wait = CancelCheckMs;
        fds.clear();
        for (const auto &probe : active) {
            fds.push_back({probe->socket(), probe->pollEvents(), 0});
            wait = std::min(wait, probe->deadline() - now);
        }
        if (::poll(fds.data(), fds.size(), static_cast<int>(std::max<qint64>(wait, 0))) < 0 && errno != EINTR)
            return;

        const qint64 after = steadyNowMs();
        for (size_t i = 0; i < active.size(); ++i) {
            EndpointProbe &probe = *active[i];
            if (fds[i].revents != 0)
                probe.handleEvents(fds[i].revents);
            if (!probe.finished() && after >= probe.deadline())
                probe.expire();
        }
        for (size_t i = 0; i < active.size();) {
            if (active[i]->finished()) {
                record(*active[i]);
                // swap-remove: the matching pollfd is rebuilt on the next round anyway
                std::swap(active[i], active.back());
                active.pop_back();
            } else {
                ++i;
            }
        }
    }
}

bool ProbeLoop::startMore(std::vector<std::unique_ptr<EndpointProbe>> &active)
{
    while (static_cast<int>(active.size()) < m_capacity) {
        std::optional<ProbeJob> job;
        if (!m_sniProbes.empty()) {
            job = std::move(m_sniProbes.front());
            m_sniProbes.pop_front();
        } else if (!m_sourceEmpty) {
            job = m_context.source.next();
            m_sourceEmpty = !job;
        }
        if (!job)
            return false;
        auto probe = std::make_unique<EndpointProbe>(
            std::move(*job), m_context.tlsContext, m_context.timeoutMs, steadyNowMs() + m_context.timeoutMs);
        probe->start();
        if (probe->finished())
            record(*probe);
        else
            active.push_back(std::move(probe));
    }
    return true;
}

void ProbeLoop::record(EndpointProbe &probe)
{
    const ProbeJob &job = probe.job();
    ProbeOutcome outcome = probe.takeOutcome();
    ScanCounters &counters = m_context.counters;
    ++counters.probed;
    if (job.isFirstProbe()) {
        ++m_tally.probed;
        if (outcome.connected) {
            ++m_tally.open;
            ++counters.open;
        }
        if (outcome.kind == ProbeOutcome::Kind::Tls) {
            ++m_tally.tls;
            ++counters.tls;
        }
        m_tally.closed += outcome.kind == ProbeOutcome::Kind::Closed ? 1 : 0;
        m_tally.filtered += outcome.kind == ProbeOutcome::Kind::Filtered ? 1 : 0;
    }
    if (job.trySniNames && outcome.kind == ProbeOutcome::Kind::Tls) {
        for (int i = 0; i < m_context.sniNames.size(); ++i) {
            ProbeJob sniProbe = job;
            sniProbe.sniIndex = i;
            sniProbe.sni = m_context.sniNames.at(i);
            sniProbe.trySniNames = false;
            m_sniProbes.push_back(std::move(sniProbe));
        }
        counters.total += m_context.sniNames.size();
    }
    if (outcome.kind == ProbeOutcome::Kind::Tls || outcome.kind == ProbeOutcome::Kind::Failed)
        m_records.append({job, std::move(outcome)});
}

} // namespace certdesk::discovery
