// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges: one DNS question and its answer over UDP or TCP.

#include "connectors/issuer/acme/challenges/socketaddress.h"
#include "connectors/issuer/acme/challengesolver.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

namespace certdesk::issuer::acme::dns {

/// Why an exchange gave no answer.
enum class ExchangeFailure {
    None,
    Timeout,   ///< no answer before the deadline
    Refused,   ///< nothing listens there (ICMP port unreachable, TCP RST)
    Cancelled, ///< the cancel check turned true
    Network,   ///< any other socket error; `detail` has strerror
};

/// The answer of an exchange, or why there is none.
struct Exchange
{
    QByteArray message;
    ExchangeFailure failure = ExchangeFailure::None;
    QString detail;
};

/// Sends `query` to `server` over UDP and returns the first datagram that is a response carrying
/// `id` (others are ignored), sending the query again every second.
Exchange exchangeUdp(const SocketAddress &server, const QByteArray &query, quint16 id,
                     const QDeadlineTimer &deadline, const CancelCheck &cancelled);

/// Sends `query` to `server` over TCP (RFC 7766: a two-byte length before each message) and returns
/// the answer.
Exchange exchangeTcp(const SocketAddress &server, const QByteArray &query, const QDeadlineTimer &deadline,
                     const CancelCheck &cancelled);

} // namespace certdesk::issuer::acme::dns
