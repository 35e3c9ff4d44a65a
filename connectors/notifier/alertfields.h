// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The structured fields of an alert, as JSON for webhook bodies and as labelled facts for chat
// cards and incident details. Private to connectors/notifier.

#include "connectors/notifier/channel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace certdesk::notifier {

/// One labelled value ("Common name": "www.example.org").
struct AlertFact
{
    QString key;   ///< "common_name", as in the JSON body
    QString label; ///< translated
    QString value;
};

/// The certificate's fields and the details, in a fixed order, as text.
QList<AlertFact> alertFacts(const AlertMessage &message);

/// The certificate's fields as JSON: id, common_name, not_after (ISO 8601 UTC), days_left, sha256,
/// window (when set).
QJsonObject certificateJson(const AlertCertificate &certificate);

/// The generic webhook's body (documented in docs/architecture.md): event, kind, severity, subject,
/// text, dedup_key, resolve, certificate (when set), details, created_at, delivery_id, sent_at.
QJsonObject alertJson(const AlertMessage &message, const QString &deliveryId, const QDateTime &sentAt);

/// `message.deliveryId`, or a new random UUID when it is empty.
QString deliveryIdFor(const AlertMessage &message);

/// At most `limit` characters (a service's field limit), cut with "…".
QString truncated(const QString &text, int limit);

} // namespace certdesk::notifier
