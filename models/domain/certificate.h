// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificatedetails.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::domain {

/// Where a managed certificate stands, as the inventory colours it.
enum class CertificateStatus { Valid, Expiring, Expired, Revoked };

/// Default number of days before expiry at which a certificate counts as expiring.
inline constexpr int DefaultExpiringDays = 30;

/// Works out the status at `now`: revoked wins, then expired, then expiring within `expiringDays`.
CertificateStatus statusAt(const QDateTime &notAfter, bool revoked, const QDateTime &now,
                           int expiringDays = DefaultExpiringDays);
/// Lowercase machine name ("valid", "expiring", "expired", "revoked") used in JSON and filters.
QString statusKey(CertificateStatus status);
/// Parses statusKey() output; nullopt for anything else.
std::optional<CertificateStatus> statusFromKey(const QString &key);

/// One issued version of a managed certificate: the certificate itself, its chain and its key reference.
struct CertificateVersion
{
    qint64 id = 0;
    qint64 certificateId = 0;
    int versionNo = 1;
    CertificateDetails details;
    QByteArray chainPem; ///< the issuers, leaf's issuer first; empty when unknown
    std::optional<qint64> privateKeyId;
    QDateTime createdAt;
};

/// A certificate the administrator manages, with what they wrote about it and its current version.
struct ManagedCertificate
{
    qint64 id = 0;
    QString commonName;
    QString owner;
    QStringList tags;
    QString notes;
    bool revoked = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    CertificateVersion current;
};

/// The slice of a managed certificate that one inventory row shows; loaded in bulk.
struct CertificateSummary
{
    qint64 id = 0;
    QString commonName;
    QStringList sans; ///< values without kind
    QString issuer;   ///< the issuer's CN, or its whole DN when it has none
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;
    QString owner;
    QStringList tags;
    bool revoked = false;
    bool hasPrivateKey = false;
};

/// The editable, administrator-written part of a managed certificate.
struct CertificateMetadata
{
    QString owner;
    QStringList tags;
    QString notes;
};

/// Splits a comma-separated tag list, trims it and drops empty and repeated tags.
QStringList parseTags(const QString &text);

} // namespace certdesk::domain
