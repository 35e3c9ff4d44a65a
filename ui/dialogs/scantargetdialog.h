// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/scantarget.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace certdesk::ui {

/// Adds or changes a network scan target: name, CIDR ranges / addresses / host names (one per
/// line), ports ("443,8443,9000-9010"), STARTTLS ports ("25:smtp 143:imap"), SNI names, timeout,
/// concurrency, interval and enabled. Every field is checked as it is typed with the scan engine's
/// own parsers; the error shows under the field and OK stays off until all are valid.
class ScanTargetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanTargetDialog)

public:
    explicit ScanTargetDialog(const domain::NetworkScanTarget &target, QWidget *parent = nullptr);
    domain::NetworkScanTarget target() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *targetsEdit() const { return m_targets; }
    QLineEdit *portsEdit() const { return m_ports; }
    QLabel *errorLabel() const { return m_errors; }
    bool isValid() const;

private:
    void validate();

    domain::NetworkScanTarget m_original;
    QLineEdit *m_name;
    QPlainTextEdit *m_targets;
    QLineEdit *m_ports;
    QLineEdit *m_startTls;
    QLineEdit *m_sni;
    QSpinBox *m_timeout;
    QSpinBox *m_concurrency;
    QSpinBox *m_interval;
    QCheckBox *m_enabled;
    QLabel *m_errors;
    QDialogButtonBox *m_buttons;
};

} // namespace certdesk::ui
