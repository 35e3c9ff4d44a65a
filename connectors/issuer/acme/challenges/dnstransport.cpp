// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dnstransport.h"

#include "connectors/issuer/acme/challenges/dnsmessage.h"
#include "connectors/issuer/acme/challenges/uniquefd.h"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace certdesk::issuer::acme::dns {
namespace {

constexpr int RetransmitMs = 1000;
constexpr int CancelCheckMs = 100; ///< how long a wait goes without asking the cancel check
constexpr int MaxMessageBytes = 65535;

bool isCancelled(const CancelCheck &cancelled)
{
    return cancelled && cancelled();
}

Exchange failed(ExchangeFailure failure, int error = 0)
{
    return Exchange{{}, failure, error ? QString::fromLocal8Bit(std::strerror(error)) : QString()};
}

ExchangeFailure failureOf(int error)
{
    return error == ECONNREFUSED || error == ECONNRESET ? ExchangeFailure::Refused : ExchangeFailure::Network;
}

/// Waits until `fd` has one of `events`, at most until `limit`; asks the cancel check in between.
/// Timeout when `limit` passes first.
Exchange waitFor(int fd, short events, const QDeadlineTimer &limit, const CancelCheck &cancelled)
{
    for (;;) {
        if (isCancelled(cancelled))
            return failed(ExchangeFailure::Cancelled);
        if (limit.hasExpired())
            return failed(ExchangeFailure::Timeout);
        pollfd entry{fd, events, 0};
        const int ms = int(std::min<qint64>(limit.remainingTime(), CancelCheckMs));
        const int ready = ::poll(&entry, 1, ms);
        if (ready < 0 && errno != EINTR)
            return failed(ExchangeFailure::Network, errno);
        if (ready > 0)
            return {};
    }
}

std::optional<UniqueFd> connectedSocket(const SocketAddress &server, int type, Exchange *failure)
{
    UniqueFd fd(::socket(server.family(), type | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd.valid()) {
        *failure = failed(ExchangeFailure::Network, errno);
        return std::nullopt;
    }
    if (::connect(fd.get(), server.get(), server.length) != 0 && errno != EINPROGRESS) {
        *failure = failed(failureOf(errno), errno);
        return std::nullopt;
    }
    return fd;
}

Exchange writeAll(int fd, QByteArrayView bytes, const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    while (!bytes.isEmpty()) {
        const ssize_t sent = ::send(fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
        if (sent > 0) {
            bytes = bytes.sliced(sent);
            continue;
        }
        if (sent < 0 && errno != EAGAIN && errno != EINTR)
            return failed(failureOf(errno), errno);
        Exchange waited = waitFor(fd, POLLOUT, deadline, cancelled);
        if (waited.failure != ExchangeFailure::None)
            return waited;
    }
    return {};
}

Exchange readExactly(int fd, qsizetype count, const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    Exchange result;
    result.message.reserve(count);
    while (result.message.size() < count) {
        char buffer[4096];
        const size_t want = size_t(std::min<qsizetype>(count - result.message.size(), sizeof buffer));
        const ssize_t got = ::recv(fd, buffer, want, 0);
        if (got > 0) {
            result.message.append(buffer, got);
            continue;
        }
        if (got == 0)
            return Exchange{{}, ExchangeFailure::Network, QStringLiteral("the server closed the connection")};
        if (errno != EAGAIN && errno != EINTR)
            return failed(failureOf(errno), errno);
        Exchange waited = waitFor(fd, POLLIN, deadline, cancelled);
        if (waited.failure != ExchangeFailure::None)
            return waited;
    }
    return result;
}

} // namespace

Exchange exchangeUdp(const SocketAddress &server, const QByteArray &query, quint16 id,
                     const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    Exchange failure;
    const auto fd = connectedSocket(server, SOCK_DGRAM, &failure);
    if (!fd)
        return failure;
    QByteArray buffer(MaxMessageBytes, Qt::Uninitialized);
    for (;;) {
        if (::send(fd->get(), query.constData(), size_t(query.size()), MSG_NOSIGNAL) < 0 && errno != EAGAIN)
            return failed(failureOf(errno), errno);
        const QDeadlineTimer resend(
            deadline.isForever() ? RetransmitMs : std::min<qint64>(RetransmitMs, deadline.remainingTime()));
        for (;;) {
            Exchange waited = waitFor(fd->get(), POLLIN, resend, cancelled);
            if (waited.failure == ExchangeFailure::Timeout && !deadline.hasExpired())
                break; // time to send again
            if (waited.failure != ExchangeFailure::None)
                return waited;
            for (;;) {
                const ssize_t got = ::recv(fd->get(), buffer.data(), size_t(buffer.size()), 0);
                if (got < 0) {
                    if (errno == EINTR)
                        continue;
                    if (errno == EAGAIN)
                        break;
                    return failed(failureOf(errno), errno);
                }
                const QByteArrayView datagram(buffer.constData(), got);
                if (responseId(datagram) == id)
                    return Exchange{datagram.toByteArray(), ExchangeFailure::None, {}};
            }
        }
    }
}

Exchange exchangeTcp(const SocketAddress &server, const QByteArray &query, const QDeadlineTimer &deadline,
                     const CancelCheck &cancelled)
{
    Exchange failure;
    const auto fd = connectedSocket(server, SOCK_STREAM, &failure);
    if (!fd)
        return failure;
    Exchange connected = waitFor(fd->get(), POLLOUT, deadline, cancelled);
    if (connected.failure != ExchangeFailure::None)
        return connected;
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(fd->get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0)
        return failed(failureOf(error), error);

    QByteArray framed;
    framed.append(char(query.size() >> 8));
    framed.append(char(query.size() & 0xff));
    framed.append(query);
    Exchange written = writeAll(fd->get(), framed, deadline, cancelled);
    if (written.failure != ExchangeFailure::None)
        return written;
    Exchange prefix = readExactly(fd->get(), 2, deadline, cancelled);
    if (prefix.failure != ExchangeFailure::None)
        return prefix;
    const qsizetype size = (quint8(prefix.message[0]) << 8) | quint8(prefix.message[1]);
    return readExactly(fd->get(), size, deadline, cancelled);
}

} // namespace certdesk::issuer::acme::dns
