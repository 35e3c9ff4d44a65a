// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class SecretStore;

/// The encodings a certificate can be exported in.
enum class ExportFormat { Pem, Der, Pkcs12 };

/// Parses "pem", "der", "p12"/"pfx"/"pkcs12".
std::optional<ExportFormat> exportFormatFromName(const QString &name);

/// What to export from one managed certificate (its current version).
struct ExportRequest
{
    qint64 certificateId = 0;
    ExportFormat format = ExportFormat::Pem;
    bool includeChain = false; ///< PEM: append the chain; PKCS#12: add the chain; DER holds one certificate only
    bool includeKey = false;   ///< PKCS#12 only; needs a held key
    QString password;          ///< PKCS#12 password; required when the key is included
};

/// Exports certificates, full chains and PKCS#12 bundles with the private key. Exporting a key
/// writes an audit event; files holding a key are created with mode 0600. Runs on worker threads.
class ExportService final
{
public:
    ExportService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets);

    /// The exported bytes; records the export in the audit log.
    Result<QByteArray> exportCertificate(const ExportRequest &request);
    /// Exports and writes atomically to `path` (temporary file + rename), then records the export.
    Status exportToFile(const ExportRequest &request, const QString &path);

private:
    Result<QByteArray> render(const ExportRequest &request);
    Status auditExport(const ExportRequest &request, const QString &destination);

    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace certdesk::core
