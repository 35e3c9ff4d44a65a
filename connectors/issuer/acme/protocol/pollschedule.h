// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include "connectors/issuer/acme/protocol/acmetypes.h"

#include <chrono>
#include <optional>

namespace certdesk::issuer::acme {

/// The waits between the polls of one authorization or order: the CA's Retry-After when it sent
/// one, otherwise a delay that starts at PollOptions::firstDelay and doubles up to maxDelay
/// (a CA that finishes in milliseconds is seen in milliseconds; a slow one is not hammered). Never
/// waits past the deadline, and notices a cancel within 50 ms.
class PollSchedule final
{
public:
    enum class Outcome { PollAgain, Cancelled, DeadlineReached };

    explicit PollSchedule(const PollOptions &options);
    /// Sleeps before the next poll. DeadlineReached at once when the CA asks to wait beyond the
    /// deadline, or when the deadline has passed; a backoff delay that would pass it is shortened
    /// to one last poll at the deadline.
    Outcome wait(std::optional<qint64> retryAfterSeconds);
    bool cancelled() const;
    /// Seconds since the schedule began, for messages.
    qint64 elapsedSeconds() const;

private:
    using Clock = std::chrono::steady_clock;
    PollOptions m_options;
    Clock::time_point m_start;
    Clock::time_point m_deadline;
    std::chrono::milliseconds m_nextDelay;
};

} // namespace certdesk::issuer::acme
