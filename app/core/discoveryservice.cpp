// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/discoveryservice.h"

#include "app/core/auditlog.h"
#include "app/core/discoveryrecorder.h"
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "connectors/discovery/certificatereader.h"
#include "connectors/pki/certificateparser.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace certdesk::core {

using domain::TriageStatus;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

QString normalisedSha256(const QString &sha256)
{
    QString out = sha256.trimmed().toLower();
    out.remove(u':');
    return out;
}

} // namespace

QStringList defaultScanLocations()
{
    QStringList out;
    for (const char *dir :
         {"/etc/ssl", "/etc/pki", "/etc/nginx", "/etc/apache2", "/etc/haproxy", "/etc/letsencrypt"}) {
        if (QFileInfo(QString::fromLatin1(dir)).isDir())
            out << QString::fromLatin1(dir);
    }
    const QString home = QDir::homePath();
    if (!home.isEmpty() && QFileInfo(home).isDir())
        out << home;
    return out;
}

DiscoveryService::DiscoveryService(std::shared_ptr<store::Database> db, ImportService &imports,
                                   InventoryService &inventory)
    : m_db(std::move(db)), m_imports(imports), m_inventory(inventory)
{}

Result<FilesystemScanReport> DiscoveryService::scanFilesystem(const FilesystemScanRequest &request,
                                                              const ScanObserver &observer)
{
    if (request.roots.isEmpty())
        return Error{tr("Name at least one folder or file to scan."), {}, ErrorCode::InvalidInput};
    QElapsedTimer clock;
    clock.start();
    auto db = m_db->connection();
    const auto startedAt = QDateTime::currentDateTimeUtc();
    QStringList roots;
    for (const auto &root : request.roots)
        roots << QFileInfo(root).absoluteFilePath();
    store::DiscoveryRepository repo(db);
    auto scanId = repo.startScan(QStringLiteral("filesystem"), roots, startedAt);
    if (!scanId)
        return scanId.error();

    DiscoveryRecorder writer(db, startedAt, QStringLiteral("filesystem"));
    Status failure;
    std::atomic<bool> stop{false};
    discovery::FilesystemScanSink sink;
    sink.onFindings = [&](QList<discovery::FileFinding> &&files) {
        if (observer.cancel && observer.cancel->load())
            stop = true;
        if (!failure.ok())
            return;
        if (auto s = writer.recordFiles(std::move(files)); !s) {
            failure = s;
            stop = true;
        }
    };
    sink.onProblem = [&](const discovery::ScanProblem &p) { writer.addProblem(p.path, p.reason); };
    sink.onProgress = [&](const discovery::FilesystemScanProgress &p) {
        if (observer.progress)
            observer.progress(p);
        if (observer.cancel && observer.cancel->load())
            stop = true;
    };
    discovery::FilesystemScanOptions options;
    options.roots = roots;
    options.sniffAllFiles = request.sniffAllFiles;
    options.maxFileSize = request.maxFileSize;
    options.summarise = true; // on the reader threads: most certificates of a first scan are new
    // The scanner polls one flag: ours, set by a store failure or, through the callbacks, by the
    // observer's cancel.
    if (observer.cancel && observer.cancel->load())
        stop = true;
    const auto totals = discovery::FilesystemScanner(options).run(sink, &stop);
    if (failure.ok())
        failure = writer.commit();
    if (!failure.ok())
        return failure.error();

    FilesystemScanReport report;
    report.discovered = writer.recorded().discovered;
    report.needsPassword = writer.recorded().needsPassword;
    auto &scan = report.scan;
    scan.errors = writer.recorded().problems;
    scan.newFound = writer.recorded().newFound;
    scan.id = *scanId;
    scan.kind = QStringLiteral("filesystem");
    scan.roots = roots;
    scan.startedAt = startedAt;
    scan.filesRead = totals.counts.filesRead;
    scan.certificatesFound = report.discovered.size();
    scan.cancelled = totals.cancelled || (observer.cancel && observer.cancel->load());
    scan.durationMs = clock.elapsed();
    scan.finishedAt = QDateTime::currentDateTimeUtc();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto s = repo.finishScan(scan); !s)
        return s.error();
    const auto summary = tr("Scanned %1: %2 files read, %3 certificates (%4 new), %5 problems")
                             .arg(roots.join(QStringLiteral(", ")))
                             .arg(scan.filesRead)
                             .arg(scan.certificatesFound)
                             .arg(scan.newFound)
                             .arg(scan.errors.size());
    if (auto s = recordAudit(db, AuditAction::DiscoveryScan, QStringLiteral("discovery_scan"),
                             QString::number(scan.id), summary);
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return report;
}

Result<QList<domain::DiscoveredCertificate>> DiscoveryService::list(std::optional<TriageStatus> status)
{
    return store::DiscoveryRepository(m_db->connection()).list(status);
}

Result<domain::TriageCounts> DiscoveryService::counts()
{
    return store::DiscoveryRepository(m_db->connection()).counts();
}

Result<DiscoveredDetails> DiscoveryService::details(qint64 id)
{
    store::DiscoveryRepository repo(m_db->connection());
    auto found = repo.find(id);
    if (!found)
        return found.error();
    DiscoveredDetails out;
    out.discovered = *found;
    if (auto full = pki::parseCertificateDer(found->certificate.der))
        out.discovered.certificate = *full;
    auto locations = repo.locations(id);
    if (!locations)
        return locations.error();
    out.locations = *locations;
    return out;
}

Result<domain::DiscoveredCertificate> DiscoveryService::findBySha256(const QString &sha256)
{
    const QString normalised = normalisedSha256(sha256);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(normalised).hasMatch())
        return Error{
            tr("\"%1\" is not a SHA-256 fingerprint: give its 64 hex digits (colons allowed).").arg(sha256),
            {},
            ErrorCode::InvalidInput};
    return store::DiscoveryRepository(m_db->connection()).findBySha256(normalised);
}

Result<QList<domain::DiscoveryScan>> DiscoveryService::scans(int limit)
{
    return store::DiscoveryRepository(m_db->connection()).scans(limit);
}

Result<QList<store::LockedFile>> DiscoveryService::lockedFiles()
{
    return store::DiscoveryRepository(m_db->connection()).lockedFiles();
}

template <typename Change>
Result<TriageUndo> DiscoveryService::triage(const QList<qint64> &ids, const char *action, Change &&change)
{
    if (ids.isEmpty())
        return Error{tr("Select at least one discovered certificate."), {}, ErrorCode::InvalidInput};
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::DiscoveryRepository repo(db);
    TriageUndo undo;
    for (qint64 id : ids) {
        auto before = repo.find(id);
        if (!before)
            return before.error();
        TriageUndo::Entry entry{id, before->status, before->dismissReason, before->claimedCertificateId, {}};
        auto details = change(repo, *before, entry);
        if (!details)
            return details.error();
        if (auto s = recordAudit(db, action, QStringLiteral("discovered_certificate"),
                                 before->certificate.sha256, *details);
            !s)
            return s.error();
        undo.entries << entry;
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return undo;
}

Result<TriageUndo> DiscoveryService::claimAsNew(const QList<qint64> &ids)
{
    return triage(ids, AuditAction::DiscoveryClaim,
                  [this](store::DiscoveryRepository &repo, const domain::DiscoveredCertificate &d,
                         TriageUndo::Entry &entry) -> Result<QString> {
                      const auto imported = m_imports.importBytes(d.certificate.der, tr("discovery"));
                      if (!imported.status)
                          return imported.status.error();
                      const bool created = !imported.imported.isEmpty();
                      const auto ids = created ? imported.imported : imported.alreadyHeld;
                      if (ids.isEmpty())
                          return Error{tr("The certificate could not be added to the inventory.")};
                      if (created)
                          entry.createdCertificateId = ids.first();
                      if (auto s = repo.setTriage(d.id, TriageStatus::Claimed, {}, ids.first()); !s)
                          return s.error();
                      return (created ? tr("Claimed into the inventory as certificate %1")
                                      : tr("Claimed: linked to certificate %1, which already held it"))
                          .arg(ids.first());
                  });
}

Result<TriageUndo> DiscoveryService::claimToExisting(const QList<qint64> &ids, qint64 certificateId)
{
    auto db = m_db->connection();
    if (auto target = store::CertificateRepository(db).find(certificateId); !target)
        return target.error();
    return triage(ids, AuditAction::DiscoveryClaim,
                  [certificateId](store::DiscoveryRepository &repo, const domain::DiscoveredCertificate &d,
                                  TriageUndo::Entry &) -> Result<QString> {
                      if (auto s = repo.setTriage(d.id, TriageStatus::Claimed, {}, certificateId); !s)
                          return s.error();
                      return tr("Claimed: linked to certificate %1").arg(certificateId);
                  });
}

Result<TriageUndo> DiscoveryService::dismiss(const QList<qint64> &ids, const QString &reason)
{
    return triage(ids, AuditAction::DiscoveryDismiss,
                  [&reason](store::DiscoveryRepository &repo, const domain::DiscoveredCertificate &d,
                            TriageUndo::Entry &) -> Result<QString> {
                      if (auto s = repo.setTriage(d.id, TriageStatus::Dismissed, reason.trimmed(), {}); !s)
                          return s.error();
                      return reason.trimmed().isEmpty() ? tr("Dismissed")
                                                        : tr("Dismissed: %1").arg(reason.trimmed());
                  });
}

Result<TriageUndo> DiscoveryService::restore(const QList<qint64> &ids)
{
    return triage(ids, AuditAction::DiscoveryRestore,
                  [](store::DiscoveryRepository &repo, const domain::DiscoveredCertificate &d,
                     TriageUndo::Entry &) -> Result<QString> {
                      if (auto s = repo.setTriage(d.id, TriageStatus::New, {}, {}); !s)
                          return s.error();
                      return tr("Restored to New");
                  });
}

Status DiscoveryService::undo(const TriageUndo &undo)
{
    if (undo.isEmpty())
        return Error{tr("There is nothing to undo."), {}, ErrorCode::InvalidInput};
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::DiscoveryRepository repo(db);
    for (const auto &entry : undo.entries) {
        auto before = repo.find(entry.id);
        if (!before)
            return before.error();
        if (entry.createdCertificateId) {
            if (auto s = m_inventory.remove(*entry.createdCertificateId);
                !s && s.error().code != ErrorCode::NotFound)
                return s;
        }
        if (auto s = repo.setTriage(entry.id, entry.status, entry.dismissReason, entry.claimedCertificateId);
            !s)
            return s;
        if (auto s = recordAudit(db, AuditAction::DiscoveryUndo, QStringLiteral("discovered_certificate"),
                                 before->certificate.sha256,
                                 tr("Triage undone: back to %1").arg(domain::triageStatusName(entry.status)));
            !s)
            return s;
    }
    return transaction.commit();
}

} // namespace certdesk::core
