// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/filelimit.h"

#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace certdesk::discovery {
namespace {

/// Descriptors kept free for the rest of the process (files, the database, Qt).
constexpr rlim_t Reserve = 64;

/// The number of descriptors this process has open; 0 when it cannot be told.
rlim_t openDescriptors()
{
    std::error_code error;
    rlim_t count = 0;
    for (std::filesystem::directory_iterator it("/proc/self/fd", error), end; !error && it != end;
         it.increment(error))
        ++count;
    return error ? 0 : count;
}

} // namespace

int makeRoomForSockets(int sockets)
{
    rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return sockets;
    const rlim_t wanted = openDescriptors() + Reserve + static_cast<rlim_t>(sockets);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= wanted)
        return sockets;
    const rlim_t used = wanted - static_cast<rlim_t>(sockets);
    return limit.rlim_cur > used ? static_cast<int>(limit.rlim_cur - used) : 1;
}

} // namespace certdesk::discovery
