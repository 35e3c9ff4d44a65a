// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/prompter.h"

#include "ui/dialogs/editmetadatadialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/newcertificatedialog.h"
#include "ui/dialogs/pickcertificatedialog.h"
#include "ui/dialogs/scantargetdialog.h"
#include "ui/uisettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace certdesk::ui {

QString certificateFileFilter()
{
    return QCoreApplication::translate(
        "certdesk", "Certificates (*.pem *.crt *.cer *.cert *.der *.p7b *.p7c *.p12 *.pfx);;"
                    "All files (*)");
}

std::optional<QString> DialogPrompter::askPassword(QWidget *parent, const QString &title,
                                                   const QString &label)
{
    bool ok = false;
    const auto text = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

QStringList DialogPrompter::openCertificateFiles(QWidget *parent)
{
    const auto files =
        QFileDialog::getOpenFileNames(parent, QCoreApplication::translate("certdesk", "Import certificates"),
                                      UiSettings::lastDirectory(), certificateFileFilter());
    if (!files.isEmpty())
        UiSettings::setLastDirectory(QFileInfo(files.first()).absolutePath());
    return files;
}

std::optional<domain::CertificateMetadata>
DialogPrompter::editMetadata(QWidget *parent, const domain::CertificateMetadata &current)
{
    EditMetadataDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.metadata();
}

std::optional<ExportChoice> DialogPrompter::exportOptions(QWidget *parent, qint64 certificateId,
                                                          const QString &suggestedName, bool hasPrivateKey)
{
    ExportDialog dialog(certificateId, suggestedName, hasPrivateKey, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    UiSettings::setLastDirectory(QFileInfo(dialog.choice().path).absolutePath());
    return dialog.choice();
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

QString DialogPrompter::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    const auto path = QFileDialog::getOpenFileName(parent, title, UiSettings::lastDirectory(), filter);
    if (!path.isEmpty())
        UiSettings::setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                     const QString &filter)
{
    const auto path = QFileDialog::getSaveFileName(
        parent, title, QDir(UiSettings::lastDirectory()).filePath(suggestedName), filter);
    if (!path.isEmpty())
        UiSettings::setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

std::optional<core::IssueCertificateRequest>
DialogPrompter::newCertificate(QWidget *parent, const QStringList &issuers, const QStringList &profiles)
{
    NewCertificateDialog dialog(issuers, profiles, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

std::optional<pki::RevocationReason> DialogPrompter::revocationReason(QWidget *parent,
                                                                      const QString &certificate)
{
    bool ok = false;
    const auto names = pki::revocationReasonNames();
    const auto chosen = QInputDialog::getItem(
        parent, QCoreApplication::translate("certdesk", "Revoke certificate"),
        QCoreApplication::translate("certdesk", "Revoke \"%1\"? This cannot be undone. Reason:")
            .arg(certificate),
        names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return pki::revocationReasonFromName(chosen);
}

std::optional<QString> DialogPrompter::dismissReason(QWidget *parent, int count)
{
    bool ok = false;
    const auto text = QInputDialog::getText(
        parent, QCoreApplication::translate("certdesk", "Dismiss"),
        QCoreApplication::translate("certdesk", "Why dismiss %n certificate(s)? (optional)", nullptr, count),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<qint64> DialogPrompter::pickCertificate(QWidget *parent,
                                                      const QList<domain::CertificateSummary> &certificates,
                                                      const QString &searchHint)
{
    PickCertificateDialog dialog(certificates, searchHint, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedId();
}

QString DialogPrompter::existingDirectory(QWidget *parent, const QString &title)
{
    const auto dir = QFileDialog::getExistingDirectory(parent, title, UiSettings::lastDirectory());
    if (!dir.isEmpty())
        UiSettings::setLastDirectory(dir);
    return dir;
}

std::optional<domain::NetworkScanTarget>
DialogPrompter::editScanTarget(QWidget *parent, const domain::NetworkScanTarget &target)
{
    ScanTargetDialog dialog(target, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.target();
}

} // namespace certdesk::ui
