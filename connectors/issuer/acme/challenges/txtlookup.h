// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challenges/dnsserver.h"
#include "connectors/issuer/acme/challengesolver.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certdesk::issuer::acme {

/// Asks `server` for the TXT records of `name`: one question over UDP, sent again every second
/// until an answer comes, and again over TCP when the answer was truncated; all within `timeoutMs`.
/// Returns each record's character-strings joined, in the server's order (CNAMEs are followed); a
/// name that does not exist gives an empty list. An Error for a timeout, a refusal, an error code
/// from the server or a malformed answer; ErrorCode::Cancelled when `cancelled` turned true.
Result<QList<QByteArray>> lookupTxt(const QString &name, const DnsServer &server, int timeoutMs,
                                    const CancelCheck &cancelled = {});

} // namespace certdesk::issuer::acme
