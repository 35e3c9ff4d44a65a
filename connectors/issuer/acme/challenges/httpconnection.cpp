// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/httpconnection.h"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>

namespace certdesk::issuer::acme::http {
namespace {

constexpr int WriteTimeoutMs = 5000;
constexpr int DrainTimeoutMs = 2000;

} // namespace

Connection::Connection(UniqueFd fd, int readTimeoutMs) : m_fd(std::move(fd)), m_deadline(readTimeoutMs) {}

short Connection::events() const
{
    switch (m_phase) {
    case Phase::Reading:
    case Phase::Draining:
        return POLLIN;
    case Phase::Writing:
        return POLLOUT;
    case Phase::Finished:
        break;
    }
    return 0;
}

void Connection::advance(short revents, const TokenLookup &lookup)
{
    if (revents & (POLLIN | POLLOUT | POLLERR | POLLHUP)) {
        switch (m_phase) {
        case Phase::Reading:
            read(lookup);
            break;
        case Phase::Writing:
            write();
            break;
        case Phase::Draining:
            drain();
            break;
        case Phase::Finished:
            break;
        }
    }
    if (m_phase == Phase::Finished || !m_deadline.hasExpired())
        return;
    if (m_phase == Phase::Reading)
        reply(statusResponse(408)); // the client was too slow with its request
    else
        finish();
}

void Connection::read(const TokenLookup &lookup)
{
    for (;;) {
        char buffer[4096];
        const ssize_t got = ::recv(m_fd.get(), buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && errno == EAGAIN)
            return;
        if (got <= 0) {
            finish(); // closed before a whole request came
            return;
        }
        m_received.append(buffer, got);
        if (const auto length = requestHeadLength(m_received); length && *length <= MaxRequestHeadBytes) {
            reply(respond(QByteArrayView(m_received).first(*length), lookup));
            return;
        }
        if (m_received.size() > MaxRequestHeadBytes) {
            reply(statusResponse(431));
            return;
        }
    }
}

void Connection::reply(QByteArray response)
{
    m_response = std::move(response);
    m_sent = 0;
    m_phase = Phase::Writing;
    m_deadline = QDeadlineTimer(WriteTimeoutMs);
    write();
}

void Connection::write()
{
    while (m_sent < m_response.size()) {
        const ssize_t sent = ::send(m_fd.get(), m_response.constData() + m_sent,
                                    size_t(m_response.size() - m_sent), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && errno == EAGAIN)
            return;
        if (sent < 0) {
            finish();
            return;
        }
        m_sent += sent;
    }
    ::shutdown(m_fd.get(), SHUT_WR);
    m_phase = Phase::Draining;
    m_deadline = QDeadlineTimer(DrainTimeoutMs);
}

void Connection::drain()
{
    for (;;) {
        char buffer[4096];
        const ssize_t got = ::recv(m_fd.get(), buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && errno == EAGAIN)
            return;
        if (got > 0)
            continue; // whatever the client still sends is read and dropped
        finish();     // end of stream or an error: the client has what it needs
        return;
    }
}

void Connection::finish()
{
    m_phase = Phase::Finished;
    m_fd.reset();
}

} // namespace certdesk::issuer::acme::http
