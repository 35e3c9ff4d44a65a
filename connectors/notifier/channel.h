// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The contract of the alert channels: the message every channel delivers, the outcome of one
// delivery, the Channel interface and the registry of channel types. Channel settings reuse the
// deployment SDK's generic descriptors (target::FieldSpec, target::TargetSettings).

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace certdesk::notifier {

/// A channel's settings: plain values (config_json) and secrets (sealed in the secret store).
using ChannelSettings = target::TargetSettings;
/// Asked while a delivery waits on the network; true aborts it with ErrorCode::Cancelled.
using CancelCheck = target::CancelCheck;

/// What an alert is about.
enum class AlertKind {
    Expiring,            ///< a certificate entered a warning window
    Expired,             ///< a certificate's notAfter has passed
    JobFailed,           ///< a job (renewal, deployment, ...) failed for good
    DiscoveriesAwaiting, ///< discovered certificates wait for triage
    Resolved,            ///< the condition is over (the certificate was renewed)
    Test,                ///< the Send test button
    Digest,              ///< the scheduled summary
};

/// How urgent an alert is. PagerDuty gets critical/warning/info, OpsGenie P1/P3/P5 unless the
/// channel's settings fix a value.
enum class AlertSeverity { Info, Warning, Critical };

/// "expiring", "expired", "job_failed", "discoveries_awaiting", "resolved", "test", "digest".
QString alertKindName(AlertKind kind);
/// The webhook event name: "certificate.expiring", "certificate.expired", "job.failed",
/// "discovery.awaiting_triage", "certificate.resolved", "test", "digest".
QString alertEventName(AlertKind kind);
/// "info", "warning", "critical".
QString alertSeverityName(AlertSeverity severity);

/// The certificate an alert is about, as structured fields for JSON bodies.
struct AlertCertificate
{
    qint64 id = 0; ///< the managed certificate's id
    QString commonName;
    QDateTime notAfter; ///< UTC
    int daysLeft = 0;   ///< negative once expired
    QString sha256;     ///< lowercase hex fingerprint of the current version
    int window = -1;    ///< the warning window in days (30, 14, 7, 0) that fired; -1: none
};

/// One alert, ready to send. The composer (alert rules, digest) fills subject, text and html in the
/// user's language; every channel takes what fits it.
struct AlertMessage
{
    AlertKind kind = AlertKind::Test;
    AlertSeverity severity = AlertSeverity::Info;
    QString subject; ///< one line; the e-mail subject, the chat title, PagerDuty's summary
    QString text;    ///< plain text body (may hold several lines)
    QString html;    ///< HTML body for e-mail; empty: the e-mail is text only
    /// Groups repeat alerts into one incident: PagerDuty's dedup_key, OpsGenie's alias. One per
    /// certificate (certificateDedupKey); empty: each alert stands alone.
    QString dedupKey;
    /// A resolve event: PagerDuty "resolve" and OpsGenie close for `dedupKey`; the other channels
    /// send the message as it is.
    bool resolve = false;
    std::optional<AlertCertificate> certificate;
    /// More fields for JSON bodies and PagerDuty's custom_details (job id and kind, counts, ...).
    QJsonObject details;
    /// The alert's id, the same on every retry, so receivers can drop duplicates (the webhook's
    /// X-CertDesk-Delivery header, the e-mail's Message-ID). Empty: a new id per send.
    QString deliveryId;
    QDateTime createdAt; ///< when the alert was raised; invalid: now
};

/// The dedup key of the alerts about managed certificate `certificateId`:
/// "certdesk-certificate-<id>", or "certdesk-<scope>-certificate-<id>" when several inventories
/// share one PagerDuty service or OpsGenie team.
QString certificateDedupKey(qint64 certificateId, const QString &scope = {});

/// The message of the Send test button for the channel named `channelName`.
AlertMessage makeTestAlert(const QString &channelName);

/// The outcome of one delivery. When it failed, `error.message` says what went wrong and what to
/// do, `error.detail` holds the status and the service's own words, and `retryable` tells the job
/// whether sending again can help: 4xx other than 408/429, a refused login, a bad setting are
/// permanent; 5xx, 408, 429, timeouts, connection failures and SMTP 4xx replies are transient.
/// Nothing here ever holds a secret (URLs are shortened to scheme://host/…).
struct DeliveryResult
{
    bool delivered = false;
    int status = 0;    ///< the HTTP status, or the SMTP server's last reply code; 0: no answer
    QString response;  ///< the service's answer ("Event processed", "250 2.0.0 Ok: queued")
    QString reference; ///< the service's id for it (PagerDuty dedup_key, OpsGenie requestId)
    Error error;       ///< when not delivered
    bool retryable = false;
    /// The service asked to wait this long before the next try (Retry-After, in seconds or as an
    /// HTTP-date converted to seconds from now).
    std::optional<std::chrono::seconds> retryAfter;

    bool ok() const { return delivered; }

    static DeliveryResult success(int status, const QString &response, const QString &reference = {});
    static DeliveryResult failure(Error error, bool retryable, int status = 0, const QString &response = {});
};

/// An alert channel: delivers AlertMessages to one configured receiver (an SMTP server, a webhook,
/// Slack, Teams, PagerDuty, OpsGenie). send() blocks until the receiver answered, failed or timed
/// out, and may be called from several threads at once; run it on a worker thread.
class Channel
{
public:
    virtual ~Channel() = default;
    /// The channel type: "email", "webhook", "slack", "teams", "pagerduty", "opsgenie".
    virtual QString type() const = 0;
    virtual DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) = 0;
};

/// A kind of alert channel: its settings and how to make it from them.
struct ChannelType
{
    QString name;        ///< "pagerduty"
    QString displayName; ///< "PagerDuty"
    QString description; ///< translated, one sentence for the type list
    QList<target::FieldSpec> fields;
    /// Checks every field (required, kinds, URL schemes, addresses) and makes the channel; a clear
    /// error (ErrorCode::InvalidInput) names the field. Does no I/O.
    std::function<Result<std::unique_ptr<Channel>>(const ChannelSettings &settings)> create;

    /// Each field's default value, by key.
    QJsonObject defaults() const;
};

/// Every channel type, in the order Settings lists them.
const QList<ChannelType> &channelTypes();
/// The type named `name`; nullptr when there is none.
const ChannelType *findChannelType(const QString &name);

} // namespace certdesk::notifier
