// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/certificate.h"

namespace certdesk::domain {

CertificateStatus statusAt(const QDateTime &notAfter, bool revoked, const QDateTime &now, int expiringDays)
{
    if (revoked)
        return CertificateStatus::Revoked;
    if (notAfter <= now)
        return CertificateStatus::Expired;
    if (notAfter <= now.addDays(expiringDays))
        return CertificateStatus::Expiring;
    return CertificateStatus::Valid;
}

QString statusKey(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return QStringLiteral("valid");
    case CertificateStatus::Expiring:
        return QStringLiteral("expiring");
    case CertificateStatus::Expired:
        return QStringLiteral("expired");
    case CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<CertificateStatus> statusFromKey(const QString &key)
{
    for (auto s : {CertificateStatus::Valid, CertificateStatus::Expiring, CertificateStatus::Expired,
                   CertificateStatus::Revoked}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QStringList parseTags(const QString &text)
{
    QStringList out;
    for (const auto &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto tag = part.trimmed();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

} // namespace certdesk::domain
