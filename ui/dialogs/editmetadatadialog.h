// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace certdesk::ui {

/// Edits what the administrator writes about a certificate: owner, tags, notes.
class EditMetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMetadataDialog)

public:
    explicit EditMetadataDialog(const domain::CertificateMetadata &current, QWidget *parent = nullptr);
    domain::CertificateMetadata metadata() const;

private:
    QLineEdit *m_owner;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace certdesk::ui
