// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"

namespace certdesk::notifier {

/// PagerDuty Events API v2: POSTs {routing_key, event_action "trigger", dedup_key, client,
/// payload{summary, source, severity (critical|error|warning|info), timestamp, component, group,
/// class, custom_details}} to https://events.pagerduty.com/v2/enqueue, and {routing_key,
/// event_action "resolve", dedup_key} for a resolve event, so repeat alerts update one incident
/// and a renewal resolves it. PagerDuty answers 202 {"status": "success", "message": "Event
/// processed", "dedup_key": ...}; DeliveryResult::reference is the dedup_key. Fields: routing_key,
/// severity, source, group, client_url, api_url, ca_bundle, timeout_seconds.
ChannelType pagerDutyChannelType();

} // namespace certdesk::notifier
