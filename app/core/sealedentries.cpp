// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/sealedentries.h"

#include <QCoreApplication>

namespace certdesk::core {

Error EntryKind::unknownTypeError(const QString &type, const QStringList &known) const
{
    return Error{
        QCoreApplication::translate("certdesk", unknownType).arg(type, known.join(QStringLiteral(", "))),
        {},
        ErrorCode::InvalidInput};
}

std::optional<AuditNote> EntryKind::note(const char *action, const QString &name,
                                         const QString &details) const
{
    return AuditNote{action, auditType, name, details};
}

target::TargetSettings withSecretsKept(const target::TargetSettings &settings, target::TargetSettings &&saved)
{
    target::TargetSettings merged = settings.clone();
    for (auto &[key, value] : saved.secrets)
        merged.secrets.try_emplace(key, std::move(value));
    return merged;
}

} // namespace certdesk::core
