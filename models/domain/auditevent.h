// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace certdesk::domain {

/// One append-only audit record: who did what to which object, and when. `details` is a short
/// human-readable text that never carries a secret.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor; ///< OS user name
    QString host;  ///< machine host name
    QString action;     ///< e.g. "certificate.import", "certificate.export_key"
    QString objectType; ///< e.g. "certificate"
    QString objectId;
    QString details;
};

} // namespace certdesk::domain
