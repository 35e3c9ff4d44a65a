// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/network/ipaddress.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::discovery {

/// The most addresses one target may cover: a /20 in IPv4, a /116 in IPv6.
inline constexpr quint32 MaxAddressesPerTarget = 4096;

/// One entry of a scan's target list: a single address, a CIDR range, or a host name.
struct ScanTarget
{
    QString text;             ///< as written, trimmed
    QString hostName;         ///< set for a host name (lowercase, ASCII form); resolved when the scan runs
    IpAddress first;          ///< the single address, or the first address of the range
    quint32 addressCount = 0; ///< 1 for an address, 2^(width - prefix) for a range, 0 for a host name

    bool isHostName() const { return !hostName.isEmpty(); }
    /// The `index`th address of an address or range target.
    IpAddress address(quint32 index) const { return first.plus(index); }
};

/// Reads one target: "192.0.2.7", "2001:db8::7", "10.1.0.0/22" (host bits are cleared, so
/// 10.1.2.3/22 means 10.1.0.0/22), or a host name (IDN names are converted to their ASCII form).
/// The Error names the entry and says what is wrong with it: an invalid address ("300.1.1.1"), a
/// range larger than MaxAddressesPerTarget, a port written into the target ("host:443").
Result<ScanTarget> parseTarget(const QString &text);

/// Reads a list of targets separated by commas, spaces or line breaks; an entry written twice is
/// kept once. The Error is the first bad entry's, or says that the list is empty.
Result<QList<ScanTarget>> parseTargets(const QString &text);

/// Reads the SNI names to try on IP targets, separated like parseTargets; may be empty. Each must
/// be a host name (no address, no wildcard); names are lowercased and kept once.
Result<QStringList> parseSniNames(const QString &text);

/// Splits a field's text at commas, spaces and line breaks, dropping empty entries.
QStringList splitListField(const QString &text);

} // namespace certdesk::discovery
