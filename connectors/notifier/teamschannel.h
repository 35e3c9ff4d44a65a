// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"

namespace certdesk::notifier {

/// Microsoft Teams incoming webhook: POSTs a MessageCard (@type MessageCard, @context
/// https://schema.org/extensions, summary, themeColor by severity, title, a section with the text
/// and the certificate's fields as facts) to the webhook URL, which is a secret. Teams answers 200
/// "1" (Power Automate workflow URLs answer 202). Fields: webhook_url, ca_bundle, timeout_seconds.
ChannelType teamsChannelType();

} // namespace certdesk::notifier
