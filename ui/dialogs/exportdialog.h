// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/prompter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certdesk::ui {

/// Asks how to export a certificate: format, chain, private key (PKCS#12 only, with a password
/// typed twice) and the file. Validates inline; OK stays disabled until the choice can work.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(qint64 certificateId, const QString &suggestedName, bool hasPrivateKey, QWidget *parent = nullptr);
    ExportChoice choice() const;

private:
    void browse();
    void formatChanged();
    void validate();
    core::ExportFormat format() const;

    qint64 m_certificateId;
    QString m_suggestedName;
    bool m_hasKey;
    QComboBox *m_format;
    QCheckBox *m_chain;
    QCheckBox *m_key;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace certdesk::ui
