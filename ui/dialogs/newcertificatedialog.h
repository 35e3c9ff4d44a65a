// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/lifecycleservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace certdesk::ui {

/// Asks for a new certificate: issuer, common name, subject alternative names (one per line),
/// key type, validity and profile. Validates inline; OK stays disabled until the request can work.
class NewCertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCertificateDialog)

public:
    NewCertificateDialog(const QStringList &issuers, const QStringList &profiles, QWidget *parent = nullptr);
    core::IssueCertificateRequest request() const;

private:
    void validate();

    QComboBox *m_issuer;
    QLineEdit *m_commonName;
    QPlainTextEdit *m_sans;
    QComboBox *m_key;
    QSpinBox *m_days;
    QComboBox *m_profile;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace certdesk::ui
