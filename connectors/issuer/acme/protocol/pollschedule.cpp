// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/pollschedule.h"

#include <algorithm>
#include <thread>

namespace certdesk::issuer::acme {
namespace {

constexpr std::chrono::milliseconds CancelCheckInterval(50);

} // namespace

PollSchedule::PollSchedule(const PollOptions &options)
    : m_options(options), m_start(Clock::now()), m_deadline(m_start + options.timeout),
      m_nextDelay(std::max(options.firstDelay, std::chrono::milliseconds(1)))
{}

bool PollSchedule::cancelled() const
{
    return m_options.cancelled && m_options.cancelled();
}

qint64 PollSchedule::elapsedSeconds() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - m_start).count();
}

PollSchedule::Outcome PollSchedule::wait(std::optional<qint64> retryAfterSeconds)
{
    std::chrono::milliseconds delay = m_nextDelay;
    if (retryAfterSeconds) {
        delay = std::chrono::seconds(*retryAfterSeconds);
    } else {
        m_nextDelay = std::min(m_nextDelay * 2, std::max(m_options.maxDelay, m_options.firstDelay));
    }
    Clock::time_point wakeUp = Clock::now() + delay;
    if (wakeUp > m_deadline) {
        // The CA's wish is kept; our own backoff gives way to one last poll at the deadline.
        if (retryAfterSeconds || Clock::now() >= m_deadline)
            return Outcome::DeadlineReached;
        wakeUp = m_deadline;
    }
    while (true) {
        if (cancelled())
            return Outcome::Cancelled;
        const Clock::time_point now = Clock::now();
        if (now >= wakeUp)
            return Outcome::PollAgain;
        std::this_thread::sleep_for(std::min<Clock::duration>(wakeUp - now, CancelCheckInterval));
    }
}

} // namespace certdesk::issuer::acme
