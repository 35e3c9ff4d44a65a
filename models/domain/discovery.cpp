// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/discovery.h"

#include <QJsonObject>

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

QJsonArray problemsToJson(const QList<DiscoveryProblem> &problems)
{
    QJsonArray out;
    for (const auto &p : problems)
        out.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("reason"), p.reason}});
    return out;
}

QList<DiscoveryProblem> problemsFromJson(const QJsonArray &array)
{
    QList<DiscoveryProblem> out;
    for (const auto &v : array) {
        const auto o = v.toObject();
        out.append(
            {o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

bool DiscoveredCertificate::isWeakOrExpired(const QDateTime &now) const
{
    return certificate.hasWeakCrypto() || (certificate.notAfter.isValid() && certificate.notAfter < now);
}

} // namespace certdesk::domain
