// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/hostresolver.h"

#include <QCoreApplication>

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <thread>
#include <vector>

namespace certdesk::discovery {
namespace {

/// Names resolved at once; more would only queue up in the resolver.
constexpr int MaxResolverThreads = 8;

ResolvedHost resolveOne(const QString &name)
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    ResolvedHost host;
    const int rc = getaddrinfo(name.toLatin1().constData(), nullptr, &hints, &list);
    if (rc != 0) {
        host.error =
            QCoreApplication::translate("certdesk::discovery", "the host name could not be resolved: %1")
                .arg(QString::fromLocal8Bit(gai_strerror(rc)));
        return host;
    }
    for (const addrinfo *entry = list; entry && host.addresses.size() < MaxAddressesPerHost;
         entry = entry->ai_next) {
        IpAddress address;
        if (entry->ai_family == AF_INET) {
            const auto *in = reinterpret_cast<const sockaddr_in *>(entry->ai_addr);
            std::memcpy(address.bytes.data(), &in->sin_addr, 4);
        } else if (entry->ai_family == AF_INET6) {
            const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(entry->ai_addr);
            address.v6 = true;
            std::memcpy(address.bytes.data(), &in6->sin6_addr, 16);
        } else {
            continue;
        }
        if (!host.addresses.contains(address))
            host.addresses.append(address);
    }
    freeaddrinfo(list);
    if (host.addresses.isEmpty())
        host.error = QCoreApplication::translate("certdesk::discovery", "the host name has no IP address");
    return host;
}

} // namespace

QList<ResolvedHost> resolveHosts(const QStringList &names, const std::atomic<bool> *cancel)
{
    std::vector<ResolvedHost> results(names.size()); // not a QList: written from several threads
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < names.size(); i = next++) {
            if (cancel && cancel->load())
                return;
            results[i] = resolveOne(names.at(i));
        }
    };
    const int helpers = std::min<qsizetype>(MaxResolverThreads, names.size()) - 1;
    std::vector<std::thread> threads;
    for (int i = 0; i < helpers; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    return QList<ResolvedHost>(std::make_move_iterator(results.begin()),
                               std::make_move_iterator(results.end()));
}

} // namespace certdesk::discovery
