// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"

namespace certdesk::notifier {

/// OpsGenie Alert API v2 with `Authorization: GenieKey <key>`: POST /v2/alerts {message, alias
/// (the dedup key), description, priority P1-P5, details, tags, entity, source, responders}, and
/// for a resolve event POST /v2/alerts/<alias>/close?identifierType=alias {source, user, note}.
/// OpsGenie answers 202 {"result": "Request will be processed", "took", "requestId"};
/// DeliveryResult::reference is the requestId. Fields: api_key, priority, responders, tags,
/// api_url (https://api.opsgenie.com, or https://api.eu.opsgenie.com for EU accounts), ca_bundle,
/// timeout_seconds.
ChannelType opsGenieChannelType();

} // namespace certdesk::notifier
