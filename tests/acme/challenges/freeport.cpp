// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/challenges/freeport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace certdesk::testsupport {
namespace {

quint16 freePortOrAbort(bool udpToo)
{
    const int port = freeLoopbackPort(udpToo);
    if (port <= 0)
        std::abort();
    return quint16(port);
}

} // namespace

quint16 freeTcpPort()
{
    return freePortOrAbort(false);
}

quint16 freeUdpTcpPort()
{
    return freePortOrAbort(true);
}

quint16 silentUdpPort(int *fd)
{
    *fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (*fd < 0 || ::bind(*fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::getsockname(*fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        std::abort();
    return ntohs(address.sin_port);
}

} // namespace certdesk::testsupport
