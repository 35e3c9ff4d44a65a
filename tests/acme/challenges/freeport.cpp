// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/challenges/freeport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace certdesk::testsupport {
namespace {

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// Binds a socket of `type` to 127.0.0.1:`port` (0: any); returns the descriptor or -1.
int bindLoopback(int type, quint16 *port)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(*port);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    *port = ntohs(address.sin_port);
    return fd;
}

} // namespace

quint16 freeTcpPort()
{
    quint16 port = 0;
    const int fd = bindLoopback(SOCK_STREAM, &port);
    if (fd < 0) {
        std::perror("bind 127.0.0.1");
        std::abort();
    }
    ::close(fd);
    return port;
}

quint16 freeUdpTcpPort()
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        quint16 port = 0;
        const int udp = bindLoopback(SOCK_DGRAM, &port);
        const int tcp = udp >= 0 ? bindLoopback(SOCK_STREAM, &port) : -1;
        if (udp >= 0)
            ::close(udp);
        if (tcp >= 0) {
            ::close(tcp);
            return port;
        }
    }
    std::abort();
}

quint16 silentUdpPort(int *fd)
{
    quint16 port = 0;
    *fd = bindLoopback(SOCK_DGRAM, &port);
    if (*fd < 0)
        std::abort();
    return port;
}

} // namespace certdesk::testsupport
