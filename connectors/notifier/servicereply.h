// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns an HTTP service's answer into a DeliveryResult, the same way for every HTTP channel.
// Private to connectors/notifier.

#include "connectors/notifier/channel.h"
#include "connectors/notifier/httppost.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace certdesk::notifier {

/// How one service's answers read.
struct ServiceReply
{
    QString serviceName; ///< "PagerDuty", "Slack", ...
    /// Whether a 2xx answer really is a success (Slack answers "ok", Teams "1"). Unset: every 2xx.
    std::function<bool(const HttpAnswer &)> accepted;
    /// The service's own words in an answer ("Event processed", "invalid_payload", the errors of a
    /// 400). Unset: the body as text.
    std::function<QString(const HttpAnswer &)> describe;
    /// The service's id for the alert (PagerDuty's dedup_key, OpsGenie's requestId). Unset: none.
    std::function<QString(const HttpAnswer &)> reference;
    /// Whether a 2xx answer says that the service is limiting the rate (Teams' old connectors
    /// answer 200 with "... HTTP error 429 ..."): then it counts as a 429. Unset: never.
    std::function<bool(const HttpAnswer &)> throttled;
};

/// Posts and reads the answer: an accepted 2xx is delivered; 408, 429 and 5xx are transient (with
/// the Retry-After delay); any other status is permanent, with advice for 401/403 (credentials),
/// 404/410 (the URL) and 3xx (redirects are not followed). Error texts name the service, the
/// status and its words, with `post.secrets` hidden.
DeliveryResult postToService(const HttpPost &post, const ConnectionOptions &options,
                             const CancelCheck &cancelled, const ServiceReply &reply);

/// Whether a failed HTTP status can succeed when sent again later: 408, 425, 429 and 5xx.
bool isRetryableStatus(int status);

/// The answer's body as a JSON object; empty when it is not one.
QJsonObject jsonBody(const HttpAnswer &answer);

/// The strings of a JSON error list or object ("errors": ["a", "b"] or {"field": "reason"}),
/// joined with "; ".
QString joinedErrors(const QJsonValue &errors);

/// The words of a JSON answer: the first non-empty string among `messageKeys`, then ": " and the
/// "errors" (joinedErrors); the body as text when it is not JSON.
QString describeJson(const HttpAnswer &answer, const QStringList &messageKeys);

/// At most `limit` characters of `body` as one line of text; empty when it is not text.
QString bodyExcerpt(const QByteArray &body, int limit = 300);

} // namespace certdesk::notifier
