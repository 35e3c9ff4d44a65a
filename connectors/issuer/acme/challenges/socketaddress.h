// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include <QString>

#include <sys/socket.h>

#include <optional>

namespace certdesk::issuer::acme {

/// An IPv4 or IPv6 socket address made from a numeric address (never a DNS lookup).
struct SocketAddress
{
    sockaddr_storage storage = {};
    socklen_t length = 0;

    int family() const { return storage.ss_family; }
    const sockaddr *get() const { return reinterpret_cast<const sockaddr *>(&storage); }

    /// `address` ("192.0.2.1", "2001:db8::1", "fe80::1%eth0") and `port`; nullopt when
    /// `address` is not a numeric address.
    static std::optional<SocketAddress> fromNumeric(const QString &address, quint16 port, int socketType);
    /// The address without the port, in its canonical text form ("::1" for "0:0::1").
    QString host() const;
};

} // namespace certdesk::issuer::acme
