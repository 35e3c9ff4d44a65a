// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace certdesk::core {

/// The audit event of a change (see recordAudit()).
struct AuditNote
{
    const char *action = nullptr;
    QString objectType;
    QString objectId;
    QString details;
};

/// A change to run in a transaction: its audit event, or nullopt when it found nothing to change.
using AuditedChange = std::function<Result<std::optional<AuditNote>>()>;

/// Runs `change` in one transaction on `db` and commits it with its audit event; a change that
/// fails, or finds nothing to change, is rolled back and audits nothing.
Status commitAudited(QSqlDatabase db, const AuditedChange &change);

} // namespace certdesk::core
