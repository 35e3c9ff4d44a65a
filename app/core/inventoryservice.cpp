// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/inventoryservice.h"

#include "app/core/auditlog.h"
#include "connectors/pki/certificateparser.h"
#include "models/store/auditrepository.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {
/// Describes an edit for the audit log: which fields changed, with their new values (never secret).
QString describeEdit(const domain::ManagedCertificate &before, const domain::CertificateMetadata &after)
{
    QStringList changes;
    if (before.owner != after.owner)
        changes << QCoreApplication::translate("certdesk", "owner \"%1\" -> \"%2\"").arg(before.owner, after.owner);
    if (before.tags != after.tags)
        changes << QCoreApplication::translate("certdesk", "tags \"%1\" -> \"%2\"").arg(before.tags.join(u','), after.tags.join(u','));
    if (before.notes != after.notes)
        changes << QCoreApplication::translate("certdesk", "notes changed");
    return changes.join(QStringLiteral("; "));
}
} // namespace

InventoryService::InventoryService(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

Result<QList<domain::CertificateSummary>> InventoryService::summaries()
{
    return store::CertificateRepository(m_db->connection()).summaries();
}

Result<CertificateView> InventoryService::view(qint64 id)
{
    auto found = store::CertificateRepository(m_db->connection()).find(id);
    if (!found)
        return found.error();
    CertificateView view;
    view.certificate = *found;
    view.hasPrivateKey = found->current.privateKeyId.has_value();
    auto details = pki::parseCertificateDer(found->current.details.der);
    if (!details)
        return Error{QCoreApplication::translate("certdesk", "The stored certificate %1 is damaged and cannot be read.").arg(id), details.error().fullText()};
    view.certificate.current.details = *details;
    if (!found->current.chainPem.trimmed().isEmpty()) {
        auto chain = pki::parseContainer(found->current.chainPem);
        if (!chain)
            return Error{QCoreApplication::translate("certdesk", "The stored chain of certificate %1 is damaged.").arg(id), chain.error().fullText()};
        view.chain = chain->certificates;
    }
    return view;
}

Result<QList<domain::CertificateVersion>> InventoryService::versions(qint64 id)
{
    return store::CertificateRepository(m_db->connection()).versions(id);
}

Status InventoryService::updateMetadata(qint64 id, const domain::CertificateMetadata &metadata)
{
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::CertificateRepository certificates(db);
    auto before = certificates.find(id);
    if (!before)
        return before.error();
    const auto change = describeEdit(*before, metadata);
    if (change.isEmpty())
        return {};
    if (auto s = certificates.updateMetadata(id, metadata); !s)
        return s;
    if (auto s = recordAudit(db, AuditAction::Edit, QStringLiteral("certificate"), QString::number(id), change); !s)
        return s;
    return transaction.commit();
}

Status InventoryService::remove(qint64 id)
{
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::CertificateRepository certificates(db);
    auto before = certificates.find(id);
    if (!before)
        return before.error();
    if (auto s = certificates.remove(id); !s)
        return s;
    const auto details = QCoreApplication::translate("certdesk", "Deleted \"%1\" (SHA-256 %2)").arg(before->commonName, before->current.details.sha256);
    if (auto s = recordAudit(db, AuditAction::Delete, QStringLiteral("certificate"), QString::number(id), details); !s)
        return s;
    return transaction.commit();
}

Result<QList<domain::AuditEvent>> InventoryService::auditEvents(int limit, const QString &certificateId)
{
    store::AuditRepository audit(m_db->connection());
    if (certificateId.isEmpty())
        return audit.recent(limit);
    return audit.recent(limit, QStringLiteral("certificate"), certificateId);
}

} // namespace certdesk::core
