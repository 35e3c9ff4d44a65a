// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/prompter.h"

#include <QList>
#include <QQueue>

namespace certdesk::testsupport {

/// Answers the UI's questions from queues a test fills, and records what was asked and shown.
class ScriptedPrompter final : public ui::Prompter
{
public:
    QQueue<std::optional<QString>> passwords;
    QQueue<bool> confirmations;
    QQueue<QStringList> files;
    QQueue<std::optional<domain::CertificateMetadata>> metadata;
    QQueue<std::optional<ui::ExportChoice>> exports;
    QStringList passwordLabels;
    QList<Error> errors;
    int exportHadKey = -1;
    QQueue<std::optional<QString>> dismissReasons;
    QQueue<std::optional<qint64>> pickedCertificates;
    QQueue<QString> directories;
    QStringList pickHints; ///< the search hint of each pickCertificate call
    QQueue<std::optional<domain::NetworkScanTarget>> scanTargets;

    std::optional<QString> askPassword(QWidget *, const QString &, const QString &label) override
    {
        passwordLabels << label;
        return passwords.isEmpty() ? std::nullopt : passwords.dequeue();
    }
    bool confirm(QWidget *, const QString &, const QString &) override
    {
        return !confirmations.isEmpty() && confirmations.dequeue();
    }
    QStringList openCertificateFiles(QWidget *) override
    {
        return files.isEmpty() ? QStringList() : files.dequeue();
    }
    std::optional<domain::CertificateMetadata> editMetadata(QWidget *,
                                                            const domain::CertificateMetadata &) override
    {
        return metadata.isEmpty() ? std::nullopt : metadata.dequeue();
    }
    std::optional<ui::ExportChoice> exportOptions(QWidget *, qint64 id, const QString &, bool hasKey) override
    {
        exportHadKey = hasKey ? 1 : 0;
        auto choice = exports.isEmpty() ? std::nullopt : exports.dequeue();
        if (choice)
            choice->request.certificateId = id;
        return choice;
    }
    void showError(QWidget *, const QString &, const Error &error) override { errors << error; }
    QQueue<QString> saveNames;
    QQueue<std::optional<core::IssueCertificateRequest>> newCertificates;
    QQueue<std::optional<pki::RevocationReason>> reasons;
    QStringList offeredIssuers;
    QQueue<QString> openNames;
    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        return openNames.isEmpty() ? QString() : openNames.dequeue();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveNames.isEmpty() ? QString() : saveNames.dequeue();
    }
    std::optional<core::IssueCertificateRequest> newCertificate(QWidget *, const QStringList &issuers,
                                                                const QStringList &) override
    {
        offeredIssuers = issuers;
        return newCertificates.isEmpty() ? std::nullopt : newCertificates.dequeue();
    }
    std::optional<pki::RevocationReason> revocationReason(QWidget *, const QString &) override
    {
        return reasons.isEmpty() ? std::nullopt : reasons.dequeue();
    }
    std::optional<QString> dismissReason(QWidget *, int) override
    {
        return dismissReasons.isEmpty() ? std::nullopt : dismissReasons.dequeue();
    }
    std::optional<qint64> pickCertificate(QWidget *, const QList<domain::CertificateSummary> &,
                                          const QString &searchHint) override
    {
        pickHints << searchHint;
        return pickedCertificates.isEmpty() ? std::nullopt : pickedCertificates.dequeue();
    }
    QString existingDirectory(QWidget *, const QString &) override
    {
        return directories.isEmpty() ? QString() : directories.dequeue();
    }
    std::optional<domain::NetworkScanTarget> editScanTarget(QWidget *,
                                                            const domain::NetworkScanTarget &) override
    {
        return scanTargets.isEmpty() ? std::nullopt : scanTargets.dequeue();
    }
};

} // namespace certdesk::testsupport
