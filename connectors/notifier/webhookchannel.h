// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"

namespace certdesk::notifier {

/// The generic webhook: POSTs the alert as JSON (alertJson) to a URL, with the headers
/// X-CertDesk-Event (the event name), X-CertDesk-Delivery (the alert's id, the same on every retry)
/// and, when a secret is set, X-CertDesk-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw
/// body under the secret>. Any 2xx answer is a delivery. Fields: url, secret, ca_bundle,
/// timeout_seconds.
ChannelType webhookChannelType();

} // namespace certdesk::notifier
