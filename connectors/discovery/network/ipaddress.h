// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace certdesk::discovery {

/// An IPv4 or IPv6 address in network byte order.
struct IpAddress
{
    bool v6 = false;
    std::array<quint8, 16> bytes{}; ///< an IPv4 address uses the first four bytes

    /// Reads a numeric address: dotted-quad IPv4 ("192.0.2.1") or IPv6 ("2001:db8::1", also in
    /// brackets). Nothing else: no host names, no octal or shortened IPv4 forms.
    static std::optional<IpAddress> parse(const QString &text);

    /// The address bits: 32 for IPv4, 128 for IPv6.
    int width() const { return v6 ? 128 : 32; }
    /// "192.0.2.1", or IPv6 in its compressed form ("2001:db8::1").
    QString toString() const;
    /// The address `offset` places after this one (carrying across bytes).
    IpAddress plus(quint32 offset) const;
    /// This address with every bit after the first `prefixLength` bits cleared.
    IpAddress masked(int prefixLength) const;

    bool operator==(const IpAddress &) const = default;
};

} // namespace certdesk::discovery
