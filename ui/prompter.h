// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/exportservice.h"
#include "app/core/lifecycleservice.h"
#include "connectors/pki/crl.h"
#include "models/domain/certificate.h"
#include "models/domain/result.h"
#include "models/domain/scantarget.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace certdesk::ui {

/// What the user chose in the export dialog.
struct ExportChoice
{
    core::ExportRequest request;
    QString path;
};

/// Every question the UI asks the user, behind one small interface so that tests can answer them
/// without real modal dialogs. DialogPrompter is the real implementation.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual std::optional<QString> askPassword(QWidget *parent, const QString &title,
                                               const QString &label) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QStringList openCertificateFiles(QWidget *parent) = 0;
    virtual std::optional<domain::CertificateMetadata>
    editMetadata(QWidget *parent, const domain::CertificateMetadata &current) = 0;
    virtual std::optional<ExportChoice> exportOptions(QWidget *parent, qint64 certificateId,
                                                      const QString &suggestedName, bool hasPrivateKey) = 0;
    /// Shows the error's sentence, with its detail one click away.
    virtual void showError(QWidget *parent, const QString &title, const Error &error) = 0;
    /// An existing file to read; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    /// A file to write; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                 const QString &filter) = 0;
    /// A new certificate to issue, from the New certificate dialog.
    virtual std::optional<core::IssueCertificateRequest>
    newCertificate(QWidget *parent, const QStringList &issuers, const QStringList &profiles) = 0;
    /// The reason to revoke a certificate with (after the user confirmed).
    virtual std::optional<pki::RevocationReason> revocationReason(QWidget *parent,
                                                                  const QString &certificate) = 0;
    /// Why `count` discovered certificates are dismissed (may be empty); nullopt when cancelled.
    virtual std::optional<QString> dismissReason(QWidget *parent, int count) = 0;
    /// A managed certificate picked from a searchable list (the search box starts with `searchHint`).
    virtual std::optional<qint64> pickCertificate(QWidget *parent,
                                                  const QList<domain::CertificateSummary> &certificates,
                                                  const QString &searchHint) = 0;
    /// A folder to read; empty when cancelled.
    virtual QString existingDirectory(QWidget *parent, const QString &title) = 0;
    /// A new or changed network scan target (valid by NetworkScanService::validate); nullopt when
    /// cancelled.
    virtual std::optional<domain::NetworkScanTarget>
    editScanTarget(QWidget *parent, const domain::NetworkScanTarget &target) = 0;
};

/// Asks with real dialogs (QMessageBox, QFileDialog, CertDesk's own dialogs).
class DialogPrompter final : public Prompter
{
public:
    std::optional<QString> askPassword(QWidget *parent, const QString &title, const QString &label) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    QStringList openCertificateFiles(QWidget *parent) override;
    std::optional<domain::CertificateMetadata>
    editMetadata(QWidget *parent, const domain::CertificateMetadata &current) override;
    std::optional<ExportChoice> exportOptions(QWidget *parent, qint64 certificateId,
                                              const QString &suggestedName, bool hasPrivateKey) override;
    void showError(QWidget *parent, const QString &title, const Error &error) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;
    std::optional<core::IssueCertificateRequest> newCertificate(QWidget *parent, const QStringList &issuers,
                                                                const QStringList &profiles) override;
    std::optional<pki::RevocationReason> revocationReason(QWidget *parent,
                                                          const QString &certificate) override;
    std::optional<QString> dismissReason(QWidget *parent, int count) override;
    std::optional<qint64> pickCertificate(QWidget *parent,
                                          const QList<domain::CertificateSummary> &certificates,
                                          const QString &searchHint) override;
    QString existingDirectory(QWidget *parent, const QString &title) override;
    std::optional<domain::NetworkScanTarget> editScanTarget(QWidget *parent,
                                                            const domain::NetworkScanTarget &target) override;
};

/// The file-dialog filter for every certificate container CertDesk reads.
QString certificateFileFilter();

} // namespace certdesk::ui
