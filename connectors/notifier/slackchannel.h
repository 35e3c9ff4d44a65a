// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"

namespace certdesk::notifier {

/// Slack incoming webhook: POSTs {text, blocks} (a header, the text, the certificate's fields) to
/// the webhook URL, which is a secret. Slack answers 200 "ok"; its errors are plain words
/// ("invalid_payload", "no_service"). Fields: webhook_url, channel, username, icon_emoji,
/// ca_bundle, timeout_seconds.
ChannelType slackChannelType();

} // namespace certdesk::notifier
