// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"
#include "models/store/alertrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace certdesk::core {

/// Why an expiry alert is over.
enum class ResolveReason {
    Renewed, ///< the certificate has a new current version
    Revoked, ///< it was revoked: nobody renews it any more
    Removed, ///< it was deleted from the inventory
};

/// The messages of the alert rules, composed once when an alert is raised (subject, plain text,
/// e-mail-safe HTML, the certificate's fields, details) and stored with it, so every retry sends
/// the same words. Strings are translated in the language of the process that raises the alert.
namespace alertmessages {

/// A certificate entered the warning window of `windowDays` days (0: it expired).
notifier::AlertMessage expiry(const store::ExpiryCandidate &certificate, int windowDays,
                              const QDateTime &now);
/// A job failed for good.
notifier::AlertMessage jobFailed(const store::FailedJob &job, const QDateTime &now);
/// Discovered certificates wait for triage; `backlog.newSince` of them arrived since the last alert.
notifier::AlertMessage discoveries(const store::DiscoveryBacklog &backlog, const QDateTime &now);
/// The expiry alert of a certificate is over: a resolve event for its dedup key.
notifier::AlertMessage resolved(const store::OpenExpiryAlert &alert, ResolveReason reason,
                                const QDateTime &now);

/// The severity of the warning window `windowDays`: critical from 7 days down, warning above.
notifier::AlertSeverity expirySeverity(int windowDays);

} // namespace alertmessages

/// The stored form of a message (alerts.message_json): every field of AlertMessage but the
/// delivery id, which the delivery job sets from the alert's id. Never holds a secret.
QJsonObject alertMessageToJson(const notifier::AlertMessage &message);
notifier::AlertMessage alertMessageFromJson(const QJsonObject &json);

/// The notifier kind named `name` ("expiring", ...); Test when unknown.
notifier::AlertKind alertKindFromName(const QString &name);
notifier::AlertSeverity alertSeverityFromName(const QString &name);

} // namespace certdesk::core
