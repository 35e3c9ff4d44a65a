// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace certdesk::ui {

class ErrorPanel;
class TargetValidationView;
class TargetWizard;

/// The target wizard's last page: the dry run of the settings as they stand (config check,
/// permissions, SSH login, keystore password; nothing is written or reloaded) runs on entering it,
/// with a busy bar and Cancel, and shows each check. When a saved target is edited, its saved
/// secrets that were not typed again take part in the test (unsealed by the service on the worker,
/// never shown). Finish, enabled once the test ran, saves the target on a worker thread; a failure to
/// save is shown here and nothing is saved.
class TargetWizardTestPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetWizardTestPage)

public:
    explicit TargetWizardTestPage(TargetWizard *wizard);

    bool isSaving() const { return m_state == State::Saving; }
    TargetValidationView *validationView() const { return m_view; }
    QPushButton *retryButton() const { return m_retry; }
    ErrorPanel *saveError() const { return m_saveError; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    enum class State { Idle, Testing, Tested, Saving, Saved };

    void startTest();
    void abandonTest();
    void setState(State state);

    TargetWizard *m_wizard;
    TargetValidationView *m_view;
    QLabel *m_note;
    QPushButton *m_retry;
    ErrorPanel *m_saveError;
    State m_state = State::Idle;
};

} // namespace certdesk::ui
