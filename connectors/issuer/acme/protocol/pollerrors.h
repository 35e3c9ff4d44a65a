// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Errors that end a poll. Private to the ACME protocol library.

#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "models/domain/result.h"

namespace certdesk::issuer::acme {

/// An authorization that ended without becoming valid, quoting the problem of its failed
/// challenge: "The CA could not validate www.example.org (http-01): ...".
Error validationFailed(const AcmeAuthorization &authorization);

/// An invalid order, quoting its problem: "The order for www.example.org failed: ...".
Error orderFailed(const AcmeOrder &order);

/// An order whose status this client does not know.
Error orderStatusUnknown(const AcmeOrder &order);

/// The deadline passed while the authorization was still pending.
Error authorizationTimedOut(const AcmeAuthorization &authorization, qint64 seconds);

/// The deadline passed while the order was still pending or processing.
Error orderTimedOut(const AcmeOrder &order, qint64 seconds);

/// The caller cancelled (ErrorCode::Cancelled).
Error pollCancelled();

} // namespace certdesk::issuer::acme
