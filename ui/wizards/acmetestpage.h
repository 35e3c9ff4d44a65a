// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certdesk::ui {

class AcmeSetupController;
class AcmeWizard;
class ErrorPanel;

/// The ACME wizard's last page: the test step runs on entering it (the directory is fetched and
/// the account created or found; nothing is saved yet) and can be abandoned or repeated; it shows
/// the account and what the CA offers, or what went wrong (an abandoned test is no failure). Finish is
/// enabled only after a successful test and saves exactly that account.
class AcmeTestPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeTestPage)

public:
    AcmeTestPage(AcmeSetupController *controller, AcmeWizard *wizard);

    bool isSaving() const { return m_state == State::Saving; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    enum class State { Idle, Testing, Tested, Saving, Saved };

    void startTest();
    /// Cancel test: the request to the CA is aborted in the background; the page is free at once.
    void abandonTest();
    void showAbandoned();
    void setState(State state);
    void showCheck(const core::AcmeAccountCheck &check);

    AcmeSetupController *m_controller;
    AcmeWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QWidget *m_result;
    QLabel *m_account;
    QLabel *m_ari;
    QLabel *m_profiles;
    QLabel *m_eabNote;
    ErrorPanel *m_error;
    State m_state = State::Idle;
};

} // namespace certdesk::ui
