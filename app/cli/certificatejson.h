// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/inventoryservice.h"
#include "models/domain/auditevent.h"
#include "models/domain/certificate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

namespace certdesk::cli {

/// ISO 8601 UTC with a Z ("2026-11-22T08:00:00Z").
QString isoUtc(const QDateTime &t);
/// The list form of a certificate: id, common_name, sans, issuer, serial, not_before, not_after,
/// sha256 (lowercase hex, no colons), status, days_left, owner, tags, has_private_key.
QJsonObject summaryJson(const domain::CertificateSummary &summary, const QDateTime &now);
/// The list form plus every parsed field, the chain and the notes.
QJsonObject certificateJson(const core::CertificateView &view, const QDateTime &now);
QJsonObject auditEventJson(const domain::AuditEvent &event);
/// Prints one indented JSON document.
void printJson(QTextStream &out, const QJsonObject &object);

} // namespace certdesk::cli
