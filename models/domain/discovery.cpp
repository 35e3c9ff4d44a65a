// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/discovery.h"

namespace certdesk::domain {

QString triageStatusName(TriageStatus status)
{
    switch (status) {
    case TriageStatus::New:
        return QStringLiteral("new");
    case TriageStatus::Claimed:
        return QStringLiteral("claimed");
    case TriageStatus::Dismissed:
        return QStringLiteral("dismissed");
    }
    return QStringLiteral("new");
}

std::optional<TriageStatus> triageStatusFromName(const QString &name)
{
    for (auto status : {TriageStatus::New, TriageStatus::Claimed, TriageStatus::Dismissed}) {
        if (name.compare(triageStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

int sourceOfLocationKind(const QString &kind)
{
    if (kind == QLatin1String(LocationKindTls))
        return SourceNetwork;
    if (kind == QLatin1String(LocationKindCloud))
        return SourceCloud;
    return SourceFilesystem;
}

bool DiscoveredCertificate::isWeakOrExpired(const QDateTime &now) const
{
    return certificate.hasWeakCrypto() || (certificate.notAfter.isValid() && certificate.notAfter < now);
}

} // namespace certdesk::domain
