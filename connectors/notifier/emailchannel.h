// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"

namespace certdesk::notifier {

/// E-mail over SMTP with libcurl: STARTTLS required (default, port 587) or only when offered,
/// implicit TLS (smtps, port 465) or none; optional AUTH with user name and password; one message
/// (buildMailMessage: text and HTML alternatives) to every recipient in one transaction, so either
/// all recipients are accepted or nothing is sent. The server's last reply is
/// DeliveryResult::response. A refused login or recipient (5xx) is permanent, a 4xx reply or an
/// unreachable server transient. Fields: host, port, security, username, password, from_address,
/// from_name, recipients, ca_bundle, timeout_seconds.
ChannelType emailChannelType();

} // namespace certdesk::notifier
