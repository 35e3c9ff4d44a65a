// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include "connectors/issuer/acme/challenges/httpexchange.h"
#include "connectors/issuer/acme/challenges/uniquefd.h"

#include <QByteArray>
#include <QDeadlineTimer>

namespace certdesk::issuer::acme::http {

/// One accepted connection of the HTTP-01 server, driven by the server's poll() loop: it reads one
/// request head, writes the response, shuts down its sending side and reads until the client
/// closes (so the response is not lost to a reset), each phase with a deadline. Non-blocking.
class Connection
{
public:
    Connection(UniqueFd fd, int readTimeoutMs);

    int fd() const { return m_fd.get(); }
    /// The poll() events it waits for.
    short events() const;
    /// When it gives up waiting.
    const QDeadlineTimer &deadline() const { return m_deadline; }
    bool finished() const { return m_phase == Phase::Finished; }

    /// Makes progress after poll() reported `revents` (0 when only the deadline may have passed).
    void advance(short revents, const TokenLookup &lookup);

private:
    enum class Phase { Reading, Writing, Draining, Finished };

    void read(const TokenLookup &lookup);
    void write();
    void drain();
    void reply(QByteArray response);
    void finish();

    UniqueFd m_fd;
    Phase m_phase = Phase::Reading;
    QByteArray m_received;
    QByteArray m_response;
    qsizetype m_sent = 0;
    QDeadlineTimer m_deadline;
};

} // namespace certdesk::issuer::acme::http
