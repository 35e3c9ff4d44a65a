// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/exportservice.h"

#include "app/core/auditlog.h"
#include "app/core/secretstore.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/pkcs12writer.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/privatekeyrepository.h"

#include "connectors/sysio/atomicfile.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {
Result<QList<domain::CertificateDetails>> parseChain(const QByteArray &chainPem)
{
    if (chainPem.trimmed().isEmpty())
        return QList<domain::CertificateDetails>{};
    auto parsed = pki::parseContainer(chainPem);
    if (!parsed)
        return parsed.error();
    return parsed->certificates;
}
} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const auto n = name.toLower();
    if (n == QLatin1String("pem"))
        return ExportFormat::Pem;
    if (n == QLatin1String("der"))
        return ExportFormat::Der;
    if (n == QLatin1String("p12") || n == QLatin1String("pfx") || n == QLatin1String("pkcs12"))
        return ExportFormat::Pkcs12;
    return std::nullopt;
}

ExportService::ExportService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets)
    : m_db(std::move(db)), m_secrets(std::move(secrets))
{}

Result<QByteArray> ExportService::exportCertificate(const ExportRequest &request)
{
    auto bytes = render(request);
    if (!bytes)
        return bytes;
    if (auto audited =
            auditExport(request, QCoreApplication::translate("certdesk", "returned to the caller"));
        !audited)
        return audited.error();
    return bytes;
}

Status ExportService::auditExport(const ExportRequest &request, const QString &destination)
{
    const auto id = QString::number(request.certificateId);
    if (request.includeKey)
        return recordAudit(m_db->connection(), AuditAction::ExportKey, QStringLiteral("certificate"), id,
                           QCoreApplication::translate(
                               "certdesk", "Private key exported in a password-protected PKCS#12, %1")
                               .arg(destination));
    return recordAudit(m_db->connection(), AuditAction::Export, QStringLiteral("certificate"), id,
                       QCoreApplication::translate("certdesk", "Certificate exported, %1").arg(destination));
}

Result<QByteArray> ExportService::render(const ExportRequest &request)
{
    auto db = m_db->connection();
    auto found = store::CertificateRepository(db).find(request.certificateId);
    if (!found)
        return found.error();
    const auto &version = found->current;

    switch (request.format) {
    case ExportFormat::Der:
        if (request.includeKey)
            return Error{QCoreApplication::translate(
                "certdesk", "DER holds one certificate only; export a PKCS#12 to include the private key.")};
        return version.details.der;
    case ExportFormat::Pem: {
        if (request.includeKey)
            return Error{QCoreApplication::translate(
                "certdesk",
                "CertDesk does not write private keys in plain PEM; export a PKCS#12 with a password.")};
        QByteArray out = version.details.toPem();
        if (request.includeChain)
            out += version.chainPem;
        return out;
    }
    case ExportFormat::Pkcs12:
        break;
    }

    auto chain = request.includeChain
                     ? parseChain(version.chainPem)
                     : Result<QList<domain::CertificateDetails>>(QList<domain::CertificateDetails>{});
    if (!chain)
        return Error{
            QCoreApplication::translate("certdesk", "The stored chain of this certificate is damaged."),
            chain.error().fullText()};
    pki::SecureBytes key;
    if (request.includeKey) {
        if (!version.privateKeyId)
            return Error{QCoreApplication::translate(
                "certdesk",
                "CertDesk holds no private key for this certificate; export it without the key.")};
        if (request.password.isEmpty())
            return Error{QCoreApplication::translate(
                "certdesk", "A PKCS#12 that holds a private key needs a password. Enter one.")};
        auto stored = store::PrivateKeyRepository(db).find(*version.privateKeyId);
        if (!stored)
            return stored.error();
        auto opened = m_secrets->open(stored->sealedPkcs8, QByteArrayLiteral("private_key"));
        if (!opened)
            return opened.error();
        key = std::move(opened).value();
    }
    const auto name = found->commonName.isEmpty() ? version.details.sha256.left(16) : found->commonName;
    auto p12 = pki::writePkcs12(version.details, *chain, key, request.password, name);
    if (!p12)
        return p12.error();
    return p12;
}

Status ExportService::exportToFile(const ExportRequest &request, const QString &path)
{
    auto bytes = render(request);
    if (!bytes)
        return bytes.error();
    if (auto written = sysio::writeFileAtomically(
            path, *bytes, request.includeKey ? sysio::FileMode::OwnerOnly : sysio::FileMode::Public);
        !written)
        return written;
    return auditExport(request, QCoreApplication::translate("certdesk", "to %1").arg(path));
}

} // namespace certdesk::core
