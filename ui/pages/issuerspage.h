// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/issuerrepository.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

class LifecycleController;
class Prompter;

/// The issuers (CA connectors): set up a local CA with the wizard, publish its CRL, export its CA
/// certificate.
class IssuersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuersPage)

public:
    IssuersPage(LifecycleController *controller, Prompter *prompter, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    /// Opens the Local CA wizard (modal).
    void newLocalCa();

private:
    QString currentIssuer() const;
    void updateButtons();

    LifecycleController *m_controller;
    Prompter *m_prompter;
    QTreeWidget *m_list;
    QPushButton *m_crl;
    QPushButton *m_caCert;
    QPushButton *m_ocsp;
};

} // namespace certdesk::ui
