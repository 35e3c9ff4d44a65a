// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/listensocket.h"

#include <QCoreApplication>

#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace certdesk::issuer::acme {
namespace {

constexpr int Backlog = 64;

quint16 portOf(const SocketAddress &address)
{
    if (address.family() == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(address.get())->sin6_port);
    return ntohs(reinterpret_cast<const sockaddr_in *>(address.get())->sin_port);
}

Error bindError(const SocketAddress &address, int error)
{
    const QString host = address.host();
    const QString port = QString::number(portOf(address));
    const QString detail = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case EADDRINUSE:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "Port %1 on %2 is already in use by another program, so the "
                                                 "HTTP-01 challenge server cannot start. Stop the other "
                                                 "server, or choose another HTTP port (--http-port) and "
                                                 "forward port 80 to it.")
                         .arg(port, host),
                     detail};
    case EACCES:
    case EPERM:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "CertDesk may not listen on port %1 for the HTTP-01 "
                                                 "challenge: ports below 1024 need administrator rights. "
                                                 "Choose an HTTP port above 1024 (--http-port) and forward "
                                                 "port 80 to it, or grant the program the "
                                                 "CAP_NET_BIND_SERVICE capability.")
                         .arg(port),
                     detail};
    case EADDRNOTAVAIL:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "%1 is not an address of this machine, so the HTTP-01 "
                                                 "challenge server cannot listen on it. Choose one of its "
                                                 "addresses, or 0.0.0.0 for all of them.")
                         .arg(host),
                     detail};
    default:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The HTTP-01 challenge server cannot listen on %1 port %2.")
                         .arg(host, port),
                     detail};
    }
}

} // namespace

Result<UniqueFd> openListeningSocket(const SocketAddress &address)
{
    UniqueFd fd(::socket(address.family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!fd.valid())
        return bindError(address, errno);
    // Lets the server start again at once after an order while old connections sit in TIME_WAIT; on
    // Linux it does not let two sockets listen on one port.
    const int on = 1;
    ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(fd.get(), address.get(), address.length) != 0 || ::listen(fd.get(), Backlog) != 0)
        return bindError(address, errno);
    return fd;
}

} // namespace certdesk::issuer::acme
