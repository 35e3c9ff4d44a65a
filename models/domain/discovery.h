// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificatedetails.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::domain {

/// Where a discovered certificate stands in triage.
enum class TriageStatus { New, Claimed, Dismissed };

/// "new", "claimed", "dismissed" (stored and used by the CLI).
QString triageStatusName(TriageStatus status);
std::optional<TriageStatus> triageStatusFromName(const QString &name);

/// Where discovery found certificates; a certificate may come from several (flags).
enum DiscoverySource : int { SourceFilesystem = 1, SourceNetwork = 2, SourceCloud = 4 };

/// The location kind stored with each place a certificate was seen.
inline constexpr char LocationKindFile[] = "file";
inline constexpr char LocationKindTls[] = "tls";
inline constexpr char LocationKindCloud[] = "cloud";

/// The DiscoverySource flag of a stored location kind.
int sourceOfLocationKind(const QString &kind);

/// One place a discovered certificate was seen: a file path, or "host:port" (with the SNI name).
struct DiscoveryLocation
{
    QString location;
    QString kind = QString::fromLatin1(LocationKindFile);
    qint64 size = -1; ///< bytes of the file; -1 when unknown or not a file
    QDateTime modifiedAt;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

/// A certificate found by discovery and its triage state. `certificate` holds the fields triage
/// lists (subject, issuer, names, serial, validity, key, signature algorithm, sha256); its DER is
/// loaded only when asked for.
struct DiscoveredCertificate
{
    qint64 id = 0;
    CertificateDetails certificate;
    int sources = 0; ///< DiscoverySource flags of its locations
    TriageStatus status = TriageStatus::New;
    QString dismissReason;
    std::optional<qint64> claimedCertificateId;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int locationCount = 0;

    /// RSA under 2048 bits, a SHA-1 or MD5 signature, or expired at `now`.
    bool isWeakOrExpired(const QDateTime &now) const;
};

/// How many discovered certificates are in each triage state.
struct TriageCounts
{
    qint64 newCount = 0;
    qint64 claimed = 0;
    qint64 dismissed = 0;
};

/// A path or endpoint a scan could not read, and why.
struct DiscoveryProblem
{
    QString path;
    QString reason;
};

/// Problems as JSON: an array of {"path", "reason"} objects (the scan history's errors_json and
/// the CLI's "errors"), and back.
QJsonArray problemsToJson(const QList<DiscoveryProblem> &problems);
QList<DiscoveryProblem> problemsFromJson(const QJsonArray &array);

/// One discovery run, as kept in the scan history.
struct DiscoveryScan
{
    qint64 id = 0;
    QString kind; ///< "filesystem", "network"
    QStringList roots;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 filesRead = 0;
    qint64 certificatesFound = 0; ///< distinct certificates seen by this run
    qint64 newFound = 0;          ///< of those, how many discovery had never seen
    QList<DiscoveryProblem> errors;
    qint64 durationMs = 0;
    bool cancelled = false;
};

} // namespace certdesk::domain
