// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace certdesk::discovery {

/// The plain-text exchange that comes before the TLS handshake on a port, if any.
enum class StartTlsProtocol {
    None,     ///< TLS from the first byte
    Smtp,     ///< 220 greeting, EHLO, STARTTLS, 220 (RFC 3207)
    Imap,     ///< greeting, "a1 STARTTLS", "a1 OK" (RFC 3501)
    Pop3,     ///< +OK greeting, STLS, +OK (RFC 2595)
    Ldap,     ///< StartTLS extended operation 1.3.6.1.4.1.1466.20037, resultCode 0 (RFC 4511)
    Postgres, ///< SSLRequest (80877103), answer 'S'
};

/// "smtp", "imap", "pop3", "ldap", "postgres"; empty for None.
QString startTlsProtocolName(StartTlsProtocol protocol);

/// The protocol with that name (case-insensitive); nullopt for an unknown name.
std::optional<StartTlsProtocol> startTlsProtocolFromName(const QString &name);

/// Reads the ports that speak STARTTLS, written "25:smtp, 587:smtp, 143:imap" (separated by
/// commas, spaces or line breaks); may be empty. The Error names the bad entry.
Result<QHash<quint16, StartTlsProtocol>> parseStartTlsPorts(const QString &text);

} // namespace certdesk::discovery
