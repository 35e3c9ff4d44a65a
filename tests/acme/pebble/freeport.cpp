// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/pebble/freeport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <mutex>
#include <set>

namespace certdesk::testsupport {
namespace {

/// Binds a socket of `type` to 127.0.0.1:`port` (0: any) and returns the port it got, or 0.
int bindLoopback(int type, int port)
{
    const int fd = ::socket(AF_INET, type, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    int bound = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        bound = ntohs(address.sin_port);
    }
    ::close(fd);
    return bound;
}

} // namespace

int freeLoopbackPort(bool udpToo)
{
    static std::mutex mutex;
    static std::set<int> handedOut;
    std::lock_guard guard(mutex);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int port = bindLoopback(SOCK_STREAM, 0);
        if (port == 0 || handedOut.count(port))
            continue;
        if (udpToo && bindLoopback(SOCK_DGRAM, port) != port)
            continue;
        handedOut.insert(port);
        return port;
    }
    return 0;
}

} // namespace certdesk::testsupport
