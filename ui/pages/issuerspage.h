// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/issuerrepository.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

class AcmeWizard;
class LifecycleController;
class Prompter;

/// The issuers (CA connectors): set up a local CA or an ACME CA with their wizards; publish a local
/// CA's CRL, export its CA certificate, answer OCSP requests for it.
class IssuersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuersPage)

public:
    IssuersPage(LifecycleController *controller, Prompter *prompter, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    /// Opens the Local CA wizard (modal).
    void newLocalCa();
    /// Opens the ACME CA wizard (window-modal, without waiting) and returns it; the list refreshes
    /// once it saved an issuer. Nullptr when no inventory is open.
    AcmeWizard *newAcmeCa();

private:
    QString currentIssuer() const;
    bool currentIsLocal() const;
    void updateButtons();

    LifecycleController *m_controller;
    Prompter *m_prompter;
    QTreeWidget *m_list;
    QPushButton *m_acme;
    QPushButton *m_crl;
    QPushButton *m_caCert;
    QPushButton *m_ocsp;
};

} // namespace certdesk::ui
